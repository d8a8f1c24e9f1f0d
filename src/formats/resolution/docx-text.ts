// .docx → text: paragraphs in body order (including content controls and text boxes), list
// labels computed from numbering.xml (through paragraph styles too), tables row by row. A table
// with a «Срок» / «Ответственный» header becomes «Срок: …» and «Ответственный: …» lines under
// each row's item, as in typed resolutions. Headers, footers and footnotes are not read.
import { trimEnds } from "../ingest/trim-ends";
import { readDocxParts } from "./docx-parts";
import { paragraphRuns } from "./docx-runs";
import { ResolutionFileError } from "./errors";
import { tableLines } from "./table-lines";
import { attr, child, children, NumberingState, readNumberingDefs } from "./word-numbering";

interface StyleInfo {
  basedOn: string | null;
  numId: string | null;
  ilvl: number | null;
}

function readStyles(styles: Document | null): Map<string, StyleInfo> {
  const map = new Map<string, StyleInfo>();
  if (!styles?.documentElement) return map;
  for (const s of children(styles.documentElement, "style")) {
    const pPr = child(s, "pPr");
    const numPr = pPr && child(pPr, "numPr");
    const ilvl = attr(numPr && child(numPr, "ilvl"), "val");
    map.set(attr(s, "styleId") ?? "", {
      basedOn: attr(child(s, "basedOn"), "val"),
      numId: attr(numPr && child(numPr, "numId"), "val"),
      ilvl: ilvl === null ? null : Number(ilvl),
    });
  }
  return map;
}

/** numId/ilvl a paragraph style gives, following basedOn (a style may inherit its list). */
function styleNumbering(styles: Map<string, StyleInfo>, styleId: string): { numId: string | null; ilvl: number | null } {
  let numId: string | null = null;
  let ilvl: number | null = null;
  const seen = new Set<string>();
  for (let s = styles.get(styleId), id = styleId; s && !seen.has(id); id = s.basedOn ?? "", s = styles.get(id)) {
    seen.add(id);
    numId ??= s.numId;
    ilvl ??= s.ilvl;
    if (numId !== null && ilvl !== null) break;
  }
  return { numId, ilvl };
}

/** Children named `name`, looking through content controls and custom XML wrappers. */
function blockChildren(el: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    if (e.localName === name) out.push(e);
    else if (e.localName === "sdt") out.push(...blockChildren(child(e, "sdtContent") ?? e, name));
    else if (e.localName === "customXml" || e.localName === "sdtContent") out.push(...blockChildren(e, name));
  }
  return out;
}

class BodyWriter {
  lines: string[] = [];
  constructor(
    private numbering: NumberingState,
    private styles: Map<string, StyleInfo>,
  ) {}

  /** A paragraph's printed text with its list label; `bareLabel` keeps a label with no text (a table's № cell). */
  paragraph(p: Element, bareLabel = false): string {
    const pPr = child(p, "pPr");
    const styleId = attr(pPr && child(pPr, "pStyle"), "val");
    const numPr = pPr && child(pPr, "numPr");
    const fromStyle = styleId ? styleNumbering(this.styles, styleId) : { numId: null, ilvl: null };
    const numId = attr(numPr && child(numPr, "numId"), "val") ?? fromStyle.numId;
    const ownIlvl = attr(numPr && child(numPr, "ilvl"), "val");
    const runs = paragraphRuns(p);
    const text = trimEnds(runs.text, " \t\u00a0");
    // a paragraph whose mark was deleted in tracked changes and whose text is gone is not printed
    const markDeleted = !!pPr && !!child(child(pPr, "rPr") ?? pPr, "del");
    let line = text;
    if (numId && !(markDeleted && !text)) {
      const ilvl =
        ownIlvl !== null ? Number(ownIlvl) : fromStyle.ilvl ?? (styleId ? this.numbering.levelForStyle(numId, styleId) : null) ?? 0;
      // Word numbers empty list paragraphs too, so the counter moves even when nothing is printed
      const label = this.numbering.label(numId, ilvl);
      if (label && text) line = `${label.text}${label.suffix || ""}${text}`;
      else if (label && bareLabel) line = label.text;
    }
    for (const box of runs.boxes) {
      const inner = new BodyWriter(this.numbering, this.styles);
      inner.block(box);
      line += (line ? "\n" : "") + inner.lines.filter(Boolean).join("\n");
    }
    return line;
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
      } else if (e.localName === "customXml" || e.localName === "ins" || e.localName === "moveTo") this.block(e);
    }
  }

  private cellText(tc: Element): string {
    const parts: string[] = [];
    for (let n = tc.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1) continue;
      const e = n as Element;
      if (e.localName === "p") parts.push(this.paragraph(e, true));
      else if (e.localName === "tbl" || e.localName === "sdt" || e.localName === "customXml") {
        const inner = new BodyWriter(this.numbering, this.styles);
        if (e.localName === "tbl") inner.table(e);
        else inner.block(e);
        parts.push(...inner.lines);
      }
    }
    return parts.filter(Boolean).join(" ").replace(/\n/g, " ").trim();
  }

  table(tbl: Element): void {
    const rows = blockChildren(tbl, "tr").map((tr) => blockChildren(tr, "tc").map((tc) => this.cellText(tc)));
    this.lines.push(...tableLines(rows));
  }
}

export async function docxText(bytes: Uint8Array, name: string): Promise<string> {
  const parts = readDocxParts(bytes, name);
  const body = child(parts.document.documentElement, "body");
  if (!body) throw new ResolutionFileError(`Файл «${name}» повреждён: в документе нет текста.`);
  const styles = readStyles(parts.styles);
  const numbering = new NumberingState(
    readNumberingDefs(parts.numbering?.documentElement ?? null, name),
    (styleId) => styleNumbering(styles, styleId).numId,
    name,
  );
  const writer = new BodyWriter(numbering, styles);
  writer.block(body);
  return writer.lines.join("\n");
}
