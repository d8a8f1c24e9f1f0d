// Small helpers for reading OOXML parts as text: character references, CDATA, the
// OOXML `_xHHHH_` escapes, the root element check, and relationship parts.

import { FileRefusal } from "./refusal";
import { describeXmlDamage, xmlDamage } from "./xml-scan";

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (all, e: string) => {
    if (e[0] !== "#") return NAMED[e];
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/**
 * XML text → value: CDATA kept literally, character references decoded; with `ooxmlEscapes`,
 * `_xHHHH_` decoded exactly once, in either case (`_x005F_` is a literal underscore, so
 * `_x005F_x000D_` reads as the text «_x000D_»).
 */
export function decodeXmlText(text: string, ooxmlEscapes = false): string {
  // XML end-of-line handling: literal CR LF and lone CR read as LF (&#13; stays a CR).
  const s = text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
  let out = "";
  if (s.includes("<![CDATA[")) {
    let at = 0;
    for (const m of s.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)) {
      out += decodeEntities(s.slice(at, m.index)) + m[1];
      at = m.index! + m[0].length;
    }
    out += decodeEntities(s.slice(at));
  } else out = decodeEntities(s);
  if (!ooxmlEscapes || !out.includes("_x")) return out;
  return out.replace(/_x([0-9a-fA-F]{4})_/g, (_all, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function decodePart(data: Uint8Array, name: string): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder("utf-16le").decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder("utf-16be").decode(data.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(data);
  } catch {
    throw new FileRefusal("corrupt", `${name} is not valid UTF-8`);
  }
}

/**
 * A part's text after the one linear check that every element is closed (see xml-scan):
 * the regex readers after it may then assume closed elements. Missing part, bad UTF-8 or
 * damage are refused as corrupt.
 */
export function readCheckedXml(parts: Map<string, Uint8Array>, name: string): string {
  const data = parts.get(name);
  if (!data) throw new FileRefusal("corrupt", `missing part ${name}`);
  const xml = decodePart(data, name);
  const damage = xmlDamage(xml);
  if (damage) {
    throw new FileRefusal(
      "corrupt",
      `${name}: ${damage.kind} <${damage.tag}> at ${damage.at}`,
      `файл повреждён: в части ${name} ${describeXmlDamage(damage)} — попросите прислать его снова`,
    );
  }
  return xml;
}

/**
 * A part's text after checking that its root element is `root`, unprefixed, with nothing
 * but markup before it and nothing after it. A prefixed root (`x:worksheet`) is a
 * non-Excel writer's dialect: refused as unsupported-part-names.
 */
export function readXmlPart(parts: Map<string, Uint8Array>, name: string, root: string): string {
  const xml = readCheckedXml(parts, name);
  const prolog = /^\uFEFF?(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*/.exec(xml)![0];
  const start = /^<([\w.-]+:)?([\w.-]+)[\s/>]/.exec(xml.slice(prolog.length));
  if (!start) throw new FileRefusal("corrupt", `${name}: text before the root element`);
  if (start[2] !== root) throw new FileRefusal("corrupt", `${name}: root element ${start[2]}, expected ${root}`);
  if (start[1]) throw new FileRefusal("unsupported-part-names", `${name}: root written as ${start[1]}${root}`);
  const tail = withoutTrailingMisc(xml);
  if (!tail.endsWith(`</${root}>`) && !/^[^>]*\/>$/.test(tail.slice(prolog.length))) {
    throw new FileRefusal("corrupt", `${name}: text after the root element or the part is cut short`);
  }
  return xml;
}

/**
 * The text without the whitespace, comments and processing instructions after the root element.
 * A loop from the end: the regex it replaces backtracked exponentially on a run of spaces.
 */
function withoutTrailingMisc(xml: string): string {
  let end = xml.length;
  for (;;) {
    while (end > 0 && /\s/.test(xml[end - 1])) end--;
    if (xml.endsWith("-->", end)) {
      const open = xml.lastIndexOf("<!--", end - 3);
      if (open < 0) break;
      end = open;
    } else if (xml.endsWith("?>", end)) {
      const open = xml.lastIndexOf("<?", end - 2);
      if (open < 0) break;
      end = open;
    } else break;
  }
  return xml.slice(0, end);
}

export interface Rel {
  id: string;
  type: string;
  /** Package path without a leading slash, resolved against the source part's folder. */
  target: string;
  external: boolean;
}

/** Relationships of a .rels part (null when the part is absent). */
export function relsOf(parts: Map<string, Uint8Array>, relsPath: string, baseDir: string): Rel[] | null {
  if (!parts.has(relsPath)) return null;
  const xml = readXmlPart(parts, relsPath, "Relationships");
  const out: Rel[] = [];
  for (const m of xml.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const get = (n: string) => new RegExp(`\\b${n}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(m[1]);
    const g = (n: string) => {
      const r = get(n);
      return r ? decodeXmlText(r[1] ?? r[2]) : "";
    };
    const external = g("TargetMode") === "External";
    out.push({ id: g("Id"), type: g("Type"), target: external ? g("Target") : resolveTarget(baseDir, g("Target")), external });
  }
  return out;
}

/** Resolves a relationship target («worksheets/sheet1.xml», «/xl/x.xml», «../a.xml»). */
export function resolveTarget(baseDir: string, target: string): string {
  const joined = target.startsWith("/") ? target.slice(1) : baseDir + target;
  const out: string[] = [];
  for (const seg of joined.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}
