// .odt → text, the same lines the .docx reader gives: paragraphs and headings in body order
// (sections and text boxes included), list labels computed from the list styles
// (odt-numbering.ts), tables through table-lines.ts. Footnotes, annotations, tracked deletions
// and headers or footers are not read. The archive is opened under the .docx reader's caps.
import { trimEnds } from "../ingest/trim-ends";
import { inflateOne, listZipEntries, type ZipEntryInfo } from "../zip-guard";
import { DOCX_LIMITS, parseXml, refusalToRussian } from "./docx-parts";
import { ResolutionFileError } from "./errors";
import { MAX_ODF_LEVEL, OdfList, readListStyles, startValue, TEXT_NS, type ListStyle } from "./odt-numbering";
import { tableLines } from "./table-lines";

const ODT_MIME = "application/vnd.oasis.opendocument.text";
/** Sections, frames and tables nest a few levels in a resolution; deeper is not a document. */
const MAX_NESTING = 64;

/** True for a zip whose first entry says it is an OpenDocument text. */
export function isOdtZip(bytes: Uint8Array): boolean {
  // the «mimetype» entry is stored first and uncompressed: its name at 30, its content right after
  const head = new TextDecoder("latin1").decode(bytes.subarray(30, 38 + ODT_MIME.length + 8));
  return head.startsWith("mimetype") && head.includes(ODT_MIME);
}

// Inline elements whose content is not printed text.
const SILENT = new Set(["note", "annotation", "annotation-end", "tracked-changes", "bookmark-ref", "soft-page-break", "sequence-decls", "variable-decls", "user-field-decls"]);

class OdtWriter {
  lines: string[] = [];
  private lists = new Map<string, OdfList>();
  private lastByStyle = new Map<string, OdfList>();
  private outline: OdfList | null;

  constructor(
    private readonly styles: Map<string, ListStyle>,
    outline: ListStyle | null,
    private readonly name: string,
  ) {
    this.outline = outline ? new OdfList(outline) : null;
  }

  private tooDeep(depth: number): void {
    if (depth > MAX_NESTING) throw new ResolutionFileError(`Файл «${this.name}» повреждён: элементы документа вложены глубже ${MAX_NESTING} уровней.`);
  }

  /** The printed text of a paragraph; text boxes inside it are handed back as lines of their own. */
  private inline(el: Element, boxes: Element[], depth: number): string {
    this.tooDeep(depth);
    let out = "";
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3 || n.nodeType === 4) {
        out += (n.nodeValue ?? "").replace(/[\r\n\t ]+/g, " ");
        continue;
      }
      if (n.nodeType !== 1) continue;
      const e = n as Element;
      if (e.localName === "s") out += " ".repeat(Math.min(Number(e.getAttributeNS(TEXT_NS, "c") || "1") || 1, 100));
      else if (e.localName === "tab") out += "\t";
      else if (e.localName === "line-break") out += "\n";
      else if (e.localName === "text-box") boxes.push(e);
      else if (!SILENT.has(e.localName)) out += this.inline(e, boxes, depth + 1);
    }
    return out;
  }

  private paragraph(p: Element, label: { text: string; suffix: string } | null, bareLabel: boolean, depth: number): void {
    const boxes: Element[] = [];
    const text = trimEnds(this.inline(p, boxes, depth + 1), " \t\u00a0");
    let line = text;
    if (label && text) line = `${label.text}${label.suffix}${text}`;
    else if (label && bareLabel) line = label.text;
    for (const box of boxes) {
      const inner = new OdtWriter(this.styles, null, this.name);
      inner.lists = this.lists;
      inner.lastByStyle = this.lastByStyle;
      inner.block(box, false, depth + 1);
      line += (line ? "\n" : "") + inner.lines.filter(Boolean).join("\n");
    }
    this.lines.push(line);
  }

  private listOf(list: Element): OdfList {
    const styleName = list.getAttributeNS(TEXT_NS, "style-name") ?? "";
    const continues = list.getAttributeNS(TEXT_NS, "continue-list");
    let counters =
      (continues && this.lists.get(continues)) ||
      (list.getAttributeNS(TEXT_NS, "continue-numbering") === "true" ? this.lastByStyle.get(styleName) : undefined) ||
      new OdfList(this.styles.get(styleName) ?? null);
    if (counters.style === null && this.styles.has(styleName)) counters = new OdfList(this.styles.get(styleName)!);
    const id = list.getAttribute("xml:id");
    if (id) this.lists.set(id, counters);
    this.lastByStyle.set(styleName, counters);
    return counters;
  }

  private list(list: Element, counters: OdfList | null, level: number, bareLabel: boolean, depth: number): void {
    this.tooDeep(depth);
    if (level > MAX_ODF_LEVEL) throw new ResolutionFileError(`Файл «${this.name}» повреждён: списки вложены глубже ${MAX_ODF_LEVEL} уровней.`);
    // a nested list without a style of its own counts in its parent's list
    const own = counters && !list.getAttributeNS(TEXT_NS, "style-name") ? counters : this.listOf(list);
    for (let n = list.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1) continue;
      const item = n as Element;
      if (item.localName !== "list-item" && item.localName !== "list-header") continue;
      let first = true;
      for (let c = item.firstChild; c; c = c.nextSibling) {
        if (c.nodeType !== 1) continue;
        const e = c as Element;
        if (e.localName === "p" || e.localName === "h") {
          // only an item's first paragraph is numbered, and a list header never
          const label = first && item.localName === "list-item" ? own.label(level, startValue(item.getAttributeNS(TEXT_NS, "start-value"), this.name)) : null;
          this.paragraph(e, label, bareLabel, depth);
        } else if (e.localName === "list") this.list(e, own, level + 1, bareLabel, depth + 1);
        else this.blockElement(e, bareLabel, depth + 1);
        first = false;
      }
    }
  }

  private table(tbl: Element, depth: number): void {
    const rows: string[][] = [];
    const walkRows = (el: Element, d: number) => {
      this.tooDeep(d);
      for (let n = el.firstChild; n; n = n.nextSibling) {
        if (n.nodeType !== 1) continue;
        const e = n as Element;
        if (e.localName === "table-row") rows.push(this.cells(e, d + 1));
        else if (/^table-(header-rows|rows|row-group)$/.test(e.localName)) walkRows(e, d + 1);
      }
    };
    walkRows(tbl, depth);
    this.lines.push(...tableLines(rows));
  }

  private cells(row: Element, depth: number): string[] {
    const out: string[] = [];
    for (let n = row.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1 || (n as Element).localName !== "table-cell") continue;
      const inner = new OdtWriter(this.styles, null, this.name);
      inner.lists = this.lists;
      inner.lastByStyle = this.lastByStyle;
      inner.block(n as Element, true, depth + 1);
      out.push(inner.lines.filter(Boolean).join(" ").replace(/\n/g, " ").trim());
    }
    return out;
  }

  private blockElement(e: Element, bareLabel: boolean, depth: number): void {
    if (e.localName === "p") this.paragraph(e, null, bareLabel, depth);
    else if (e.localName === "h") {
      const level = Number(e.getAttributeNS(TEXT_NS, "outline-level") || "1");
      const numbered = this.outline && e.getAttributeNS(TEXT_NS, "is-list-header") !== "true" && level >= 1 && level <= MAX_ODF_LEVEL;
      this.paragraph(e, numbered ? this.outline!.label(level, null) : null, bareLabel, depth);
    } else if (e.localName === "list") this.list(e, null, 1, bareLabel, depth + 1);
    else if (e.localName === "numbered-paragraph") {
      const level = Number(e.getAttributeNS(TEXT_NS, "level") || "1");
      const id = e.getAttributeNS(TEXT_NS, "list-id") ?? "";
      const counters = this.lists.get(id) ?? new OdfList(this.styles.get(e.getAttributeNS(TEXT_NS, "style-name") ?? "") ?? null);
      this.lists.set(id, counters);
      const p = [...Array.from(e.childNodes)].find((c): c is Element => c.nodeType === 1 && /^(p|h)$/.test((c as Element).localName));
      if (p && level >= 1 && level <= MAX_ODF_LEVEL) this.paragraph(p, counters.label(level, startValue(e.getAttributeNS(TEXT_NS, "start-value"), this.name)), bareLabel, depth);
    } else if (e.localName === "table") this.table(e, depth + 1);
    else if (/^(section|text|text-box|frame|index-body|deletion-not-here)$/.test(e.localName) || /-index$/.test(e.localName)) this.block(e, bareLabel, depth + 1);
  }

  block(el: Element, bareLabel = false, depth = 0): void {
    this.tooDeep(depth);
    for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) this.blockElement(n as Element, bareLabel, depth);
  }
}

export function odtText(bytes: Uint8Array, name: string): string {
  let entries: ZipEntryInfo[] = [];
  const part = (path: string): string | null => {
    const raw = entries.some((e) => e.name === path) ? inflateOne(bytes, entries, path, DOCX_LIMITS) : null;
    return raw ? new TextDecoder("utf-8").decode(raw) : null;
  };
  let content: Document;
  let styles: Document | null;
  try {
    entries = listZipEntries(bytes, DOCX_LIMITS);
    const contentXml = part("content.xml");
    if (contentXml === null) throw new ResolutionFileError(`Файл «${name}» не является документом OpenDocument: в нём нет content.xml.`);
    content = parseXml(contentXml, "content.xml", name);
    const stylesXml = part("styles.xml");
    styles = stylesXml === null ? null : parseXml(stylesXml, "styles.xml", name);
  } catch (e) {
    const russian = refusalToRussian(e, name);
    if (russian instanceof ResolutionFileError) throw new ResolutionFileError(russian.message.replace(/в Word/g, "в офисной программе").replace(/\.docx/g, ".odt").replace(/документа Word/g, "документа"));
    throw russian;
  }
  const { styles: listStyles, outline } = readListStyles([styles, content], name);
  const body = content.getElementsByTagNameNS("urn:oasis:names:tc:opendocument:xmlns:office:1.0", "text")[0];
  if (!body) throw new ResolutionFileError(`Файл «${name}» не текстовый документ OpenDocument (нет текста документа): возможно, это таблица или презентация.`);
  const writer = new OdtWriter(listStyles, outline, name);
  writer.block(body);
  return writer.lines.join("\n");
}
