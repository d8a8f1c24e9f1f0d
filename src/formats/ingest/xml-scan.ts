// One linear pass over an XML part that finds the first place where it is not well formed: a
// tag never closed (an unclosed <si> or <row>), a closing tag that does not match, a tag, comment
// or CDATA section cut short. The regex readers that run after it assume closed elements: on a
// part with 10,000 unclosed <si>, each lazy «…</si>» search used to scan to the end of the part,
// which made 739 KB take a minute. Text between tags is skipped with indexOf; only the inside
// of a tag is read character by character, so every character is visited once.

export interface XmlDamage {
  /** "unclosed": an element still open where its parent closes or the part ends;
   *  "cut": a tag, comment or CDATA section that never ends; "stray": a closing tag with no opening one. */
  kind: "unclosed" | "cut" | "stray";
  /** The element name as written («si», «w:p»), or «!--» / «![CDATA[» for a comment or CDATA. */
  tag: string;
  /** Offset of the tag in the part's text. */
  at: number;
}

const GT = 0x3e;
const LT = 0x3c;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOS = 0x27;

function nameEnd(c: number): boolean {
  return c === GT || c === SLASH || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === LT;
}

/** The first damage in `xml`, or null when every element is closed in order. */
export function xmlDamage(xml: string): XmlDamage | null {
  const names: string[] = [];
  const starts: number[] = [];
  const n = xml.length;
  let i = xml.indexOf("<");
  while (i >= 0) {
    const next = xml.charCodeAt(i + 1);
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      const [open, close] = xml.startsWith("<!--", i)
        ? ["!--", "-->"]
        : xml.startsWith("<![CDATA[", i)
          ? ["![CDATA[", "]]>"]
          : next === 0x3f
            ? ["?", "?>"]
            : ["!", ">"];
      const end = xml.indexOf(close, i + 1 + open.length);
      if (end < 0) return { kind: "cut", tag: open, at: i };
      i = xml.indexOf("<", end + close.length);
      continue;
    }
    if (next === SLASH) {
      const end = xml.indexOf(">", i + 2);
      if (end < 0) return { kind: "cut", tag: xml.slice(i + 2, i + 42).trim(), at: i };
      const name = xml.slice(i + 2, end).trim();
      if (!names.length) return { kind: "stray", tag: name, at: i };
      const open = names.pop()!;
      const openAt = starts.pop()!;
      // the element left open is the one the report names: «<si> не закрыт», not «</sst> лишний»
      if (open !== name) return { kind: "unclosed", tag: open, at: openAt };
      i = xml.indexOf("<", end + 1);
      continue;
    }
    let j = i + 1;
    while (j < n && !nameEnd(xml.charCodeAt(j))) j++;
    const name = xml.slice(i + 1, j);
    if (!name) return { kind: "cut", tag: "", at: i };
    let quote = 0;
    for (; j < n; j++) {
      const c = xml.charCodeAt(j);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === QUOTE || c === APOS) quote = c;
      else if (c === GT) break;
      else if (c === LT) return { kind: "cut", tag: name, at: i };
    }
    if (j >= n) return { kind: "cut", tag: name, at: i };
    if (xml.charCodeAt(j - 1) !== SLASH) {
      names.push(name);
      starts.push(i);
    }
    i = xml.indexOf("<", j + 1);
  }
  if (names.length) return { kind: "unclosed", tag: names[names.length - 1], at: starts[starts.length - 1] };
  return null;
}

/** Russian words for a damage: «не закрыт тег <si>», «обрывается комментарий». */
export function describeXmlDamage(d: XmlDamage): string {
  if (d.kind === "stray") return `лишний закрывающий тег </${d.tag}>`;
  if (d.kind === "unclosed") return `не закрыт тег <${d.tag}>`;
  if (d.tag === "!--") return "обрывается комментарий";
  if (d.tag === "![CDATA[") return "обрывается блок CDATA";
  return d.tag ? `обрывается тег <${d.tag}>` : "знак «<» стоит вне тега";
}
