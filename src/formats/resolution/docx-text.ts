// .docx → text: paragraphs in body order (including content controls), list labels computed
// from numbering.xml, tables row by row. A table with a «Срок» / «Ответственный» header
// becomes «Срок: …» and «Ответственный: …» lines under each row's item, as in typed resolutions.
import JSZip from "jszip";
import { DOMParser } from "@xmldom/xmldom";
import { ResolutionFileError } from "./errors";
import { attr, child, children, NumberingState, readNumberingDefs } from "./word-numbering";

const MAX_PART_BYTES = 30 * 1024 * 1024;

/** jszip's streaming reader; present at run time but missing from its typings. */
interface StreamHelper {
  on(event: "data", cb: (chunk: Uint8Array) => void): StreamHelper;
  on(event: "error", cb: (e: Error) => void): StreamHelper;
  on(event: "end", cb: () => void): StreamHelper;
  pause(): StreamHelper;
  resume(): StreamHelper;
}

/** Reads one zip entry, stopping once it inflates past the cap (a zip bomb would not stop). */
function readLimited(file: JSZip.JSZipObject, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    const stream = (file as unknown as { internalStream(type: "uint8array"): StreamHelper }).internalStream("uint8array");
    stream
      .on("data", (chunk: Uint8Array) => {
        total += chunk.length;
        if (total > MAX_PART_BYTES) {
          stream.pause();
          reject(new ResolutionFileError(`Файл «${name}» слишком велик внутри (больше 30 МБ текста): это не похоже на резолюцию.`));
          return;
        }
        chunks.push(chunk);
      })
      .on("error", (e: Error) => reject(new ResolutionFileError(`Файл «${name}» повреждён: ${e.message}`)))
      .on("end", () => {
        const all = new Uint8Array(total);
        let at = 0;
        for (const c of chunks) {
          all.set(c, at);
          at += c.length;
        }
        resolve(new TextDecoder("utf-8").decode(all));
      })
      .resume();
  });
}

function parseXml(xml: string, part: string, name: string): Document {
  let failed = false;
  const doc = new DOMParser({
    onError: (level) => {
      if (level === "fatalError") failed = true;
    },
  }).parseFromString(xml, "text/xml") as unknown as Document;
  if (failed || !doc.documentElement) {
    throw new ResolutionFileError(`Файл «${name}» повреждён: часть ${part} не читается как XML.`);
  }
  return doc;
}

/** Text of a paragraph: runs, tabs and breaks; deleted revisions and field codes skipped. */
function paragraphText(p: Element): string {
  let out = "";
  const walk = (el: Element) => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1) continue;
      const e = n as Element;
      switch (e.localName) {
        case "t":
          out += e.textContent ?? "";
          break;
        case "tab":
        case "br":
        case "cr":
          out += " ";
          break;
        case "noBreakHyphen":
          out += "-";
          break;
        case "del":
        case "instrText":
        case "delText":
        case "pPr":
        case "rPr":
          break;
        default:
          walk(e);
      }
    }
  };
  walk(p);
  return out;
}

interface StyleNumbering {
  numId: string;
  ilvl: number;
}

function readStyleNumbering(styles: Document | null): Map<string, StyleNumbering> {
  const map = new Map<string, StyleNumbering>();
  if (!styles?.documentElement) return map;
  for (const s of children(styles.documentElement, "style")) {
    const numPr = child(child(s, "pPr") ?? s, "numPr");
    const numId = attr(numPr && child(numPr, "numId"), "val");
    if (numPr && numId) map.set(attr(s, "styleId") ?? "", { numId, ilvl: Number(attr(child(numPr, "ilvl"), "val") ?? 0) });
  }
  return map;
}

const DEADLINE_HEADER = /срок/i;
const EXECUTOR_HEADER = /ответствен|исполнител/i;
const NUMBER_HEADER = /^(№|n|номер)/i;

class BodyWriter {
  lines: string[] = [];
  constructor(
    private numbering: NumberingState,
    private styleNumbering: Map<string, StyleNumbering>,
  ) {}

  paragraph(p: Element): string {
    const pPr = child(p, "pPr");
    let numId: string | null = null;
    let ilvl = 0;
    const numPr = pPr && child(pPr, "numPr");
    if (numPr) {
      numId = attr(child(numPr, "numId"), "val");
      ilvl = Number(attr(child(numPr, "ilvl"), "val") ?? 0);
    } else {
      const style = attr(pPr && child(pPr, "pStyle"), "val");
      const sn = style ? this.styleNumbering.get(style) : undefined;
      if (sn) ({ numId, ilvl } = sn);
    }
    const text = paragraphText(p).trim();
    const label = numId && text ? this.numbering.label(numId, ilvl) : null;
    return label ? `${label} ${text}` : text;
  }

  block(el: Element): void {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1) continue;
      const e = n as Element;
      if (e.localName === "p") this.lines.push(this.paragraph(e));
      else if (e.localName === "tbl") this.table(e);
      else if (e.localName === "sdt") {
        const content = child(e, "sdtContent");
        if (content) this.block(content);
      }
    }
  }

  private cellText(tc: Element): string {
    const parts: string[] = [];
    for (const p of children(tc, "p")) parts.push(this.paragraph(p));
    for (const t of children(tc, "tbl")) {
      const inner = new BodyWriter(this.numbering, this.styleNumbering);
      inner.table(t);
      parts.push(...inner.lines);
    }
    return parts.filter(Boolean).join(" ").trim();
  }

  table(tbl: Element): void {
    const rows = children(tbl, "tr").map((tr) => children(tr, "tc").map((tc) => this.cellText(tc)));
    const header = rows.findIndex((r) => r.some((c) => DEADLINE_HEADER.test(c)) && r.length > 1 && r.every((c) => c.length < 60));
    if (header < 0) {
      for (const r of rows) this.lines.push(r.filter(Boolean).join(" "), "");
      return;
    }
    const cols = rows[header];
    const deadlineCol = cols.findIndex((c) => DEADLINE_HEADER.test(c));
    const executorCol = cols.findIndex((c) => EXECUTOR_HEADER.test(c));
    const numberCol = cols.findIndex((c) => NUMBER_HEADER.test(c.trim()));
    for (const r of rows.slice(header + 1)) {
      const main = r.filter((_, i) => i !== deadlineCol && i !== executorCol && i !== numberCol).filter(Boolean).join(" ");
      if (!main && !r[numberCol]) continue;
      const num = numberCol >= 0 ? (r[numberCol] ?? "").trim() : "";
      this.lines.push(num ? `${/[.)]$/.test(num) ? num : num + "."} ${main}` : main);
      if (deadlineCol >= 0 && r[deadlineCol]) this.lines.push(`Срок: ${r[deadlineCol]}`);
      if (executorCol >= 0 && r[executorCol]) this.lines.push(`Ответственный: ${r[executorCol]}`);
      this.lines.push("");
    }
  }
}

export async function docxText(bytes: Uint8Array, name: string): Promise<string> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new ResolutionFileError(`Файл «${name}» повреждён: архив документа Word не открывается.`);
  }
  const documentFile = zip.file("word/document.xml");
  if (!documentFile) {
    throw new ResolutionFileError(`Файл «${name}» не является документом Word: в нём нет основной части (word/document.xml).`);
  }
  const documentXml = await readLimited(documentFile, name);
  const numberingFile = zip.file("word/numbering.xml");
  const stylesFile = zip.file("word/styles.xml");
  const numberingDoc = numberingFile ? parseXml(await readLimited(numberingFile, name), "numbering.xml", name) : null;
  const stylesDoc = stylesFile ? parseXml(await readLimited(stylesFile, name), "styles.xml", name) : null;
  const doc = parseXml(documentXml, "document.xml", name);
  const body = child(doc.documentElement, "body");
  if (!body) throw new ResolutionFileError(`Файл «${name}» повреждён: в документе нет текста.`);
  const writer = new BodyWriter(
    new NumberingState(readNumberingDefs(numberingDoc?.documentElement ?? null)),
    readStyleNumbering(stylesDoc),
  );
  writer.block(body);
  return writer.lines.join("\n");
}
