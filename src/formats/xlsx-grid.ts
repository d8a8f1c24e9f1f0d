// Reads an .xlsx package into a cell grid, from parts already inflated under caps by
// zip-guard. The package structure is checked on the way (DOCTYPE anywhere, part names,
// prefixes, sizes) and every problem becomes a FileRefusal with a reason code.
//
// Why not exceljs: on the xlsx corpus exceljs 4.4.0 throws on ten legitimate workbooks
// (doc props, VML, icon filters, rows without `r`) and silently misreads eight more
// (t="d" cells as 1905, date1904="true", inline _x000D_, CDATA, empty <si/>). Correcting it
// needed a raw scan of every string and date cell anyway, so values are read from the raw
// XML directly: one pass, no second inflate, and each feature is handled on purpose.

import { serialToIso, serialToIsoDateTime } from "../core/dates";
import { columnIndex, hasAnyCell, type Grid, type GridCell, type GridSheet } from "../core/ingest/grid";
import { FileRefusal } from "./ingest/refusal";
import { trimEnds } from "./ingest/trim-ends";
import { decodeXmlText, readXmlPart, relsOf, type Rel } from "./ingest/xml-text";
import { unzipGuarded, type ZipEntryInfo } from "./zip-guard";

export interface XlsxLimits {
  maxRows: number;
  maxCells: number;
  maxMerges: number;
  /** Characters of text all string cells may hold together (shared strings multiply). */
  maxTextChars: number;
}

export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxRows: 100_000,
  maxCells: 2_000_000,
  maxMerges: 10_000,
  maxTextChars: 150_000_000,
};

const WORKSHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;

/** Excel's sheet: 1,048,576 rows × 16,384 columns (XFD). A file that claims more is damaged. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;
/** Cells the merged-range pass may visit; 10,000 merges of whole columns would be billions. */
const MAX_MERGE_VISITS = 20_000_000;
/** Every missing row of a sheet is this one empty row, so a row numbered 1,000,000 costs no allocation per row. */
export const EMPTY_ROW: (GridCell | undefined)[] = Object.freeze([]) as unknown as (GridCell | undefined)[];

export const thousands = (n: number | string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");

function outsideSheet(sheet: string, what: string): FileRefusal {
  return new FileRefusal("corrupt", `${sheet}: ${what}`, `файл повреждён: на листе «${sheet}» ${what} — попросите прислать его снова`);
}

/** Reads every worksheet (hidden ones too, flagged) of a pre-sniffed xlsx package. */
export function readXlsxGrid(bytes: Uint8Array, entries?: ZipEntryInfo[], limits: XlsxLimits = DEFAULT_XLSX_LIMITS): Grid {
  const parts = unzipGuarded(bytes, undefined, entries);
  refuseEntityDeclarations(parts);
  if (!parts.has("[Content_Types].xml")) throw new FileRefusal("corrupt", "no [Content_Types].xml");

  const rootRels = relsOf(parts, "_rels/.rels", "");
  if (!rootRels) throw new FileRefusal("corrupt", "no _rels/.rels");
  const office = rootRels.find((r) => r.type.endsWith("/officeDocument"));
  if (!office) throw new FileRefusal("corrupt", "no officeDocument relationship");
  if (office.target !== "xl/workbook.xml") {
    if (parts.has(office.target)) throw new FileRefusal("unsupported-part-names", `workbook at ${office.target}`);
    throw new FileRefusal("corrupt", `workbook part ${office.target} missing`);
  }
  const workbookXml = readXmlPart(parts, "xl/workbook.xml", "workbook");
  const date1904 = /<workbookPr\b[^>]*\bdate1904\s*=\s*["'](1|true)["']/.test(workbookXml);
  const sheetsDeclared = parseSheetList(workbookXml);
  if (sheetsDeclared.length === 0) throw new FileRefusal("no-sheets", "workbook.xml declares no sheets");

  const wbRels = relsOf(parts, "xl/_rels/workbook.xml.rels", "xl/") ?? [];
  const relById = new Map(wbRels.map((r) => [r.id, r]));
  const sharedStrings = readSharedStrings(parts, wbRels);
  const styles = readStyles(parts, wbRels);

  const sheets: GridSheet[] = [];
  let textBudget = limits.maxTextChars;
  for (const decl of sheetsDeclared) {
    const rel = relById.get(decl.rid);
    if (!rel) throw new FileRefusal("corrupt", `sheet ${decl.name} has no relationship ${decl.rid}`);
    if (!rel.type.endsWith("/worksheet")) continue; // chart and dialog sheets hold no cells
    if (!WORKSHEET_PART.test(rel.target)) {
      throw new FileRefusal("unsupported-part-names", `worksheet part ${rel.target}`);
    }
    const xml = readXmlPart(parts, rel.target, "worksheet");
    checkSizes(xml, rel.target, limits);
    const sheet = parseWorksheet(xml, decl, sharedStrings, styles, date1904, (n) => {
      textBudget -= n;
      if (textBudget < 0) throw new FileRefusal("too-large", "string cells hold more text than a report could");
    });
    sheets.push(sheet);
  }
  if (sheets.length === 0) throw new FileRefusal("no-sheets", "only chart sheets");
  const grid: Grid = { sheets, format: "xlsx" };
  const savedAt = savedAtOf(parts.get("docProps/core.xml"));
  if (savedAt) grid.savedAt = savedAt;
  if (!hasAnyCell(grid)) throw new FileRefusal("empty", "no cell holds a value");
  return grid;
}

/** Excel never writes a DOCTYPE; any part that has one (billion laughs, XXE) is refused. */
function refuseEntityDeclarations(parts: Map<string, Uint8Array>): void {
  const latin1 = new TextDecoder("latin1");
  for (const [name, data] of parts) {
    if (!/\.(xml|rels|vml)$/i.test(name)) continue;
    const head = latin1.decode(data.subarray(0, 65536));
    if (/<!DOCTYPE|<!ENTITY/i.test(head)) throw new FileRefusal("xml-entities", `DOCTYPE in ${name}`);
  }
}

function checkSizes(xml: string, part: string, limits: XlsxLimits): void {
  const rows = countOf(xml, "<row", limits.maxRows);
  if (rows > limits.maxRows) throw new FileRefusal("too-large", `${part}: more than ${limits.maxRows} rows`);
  const merges = countOf(xml, "<mergeCell ", limits.maxMerges);
  if (merges > limits.maxMerges) throw new FileRefusal("too-large", `${part}: more than ${limits.maxMerges} merged ranges`);
  const cells = countOf(xml, "<c", limits.maxCells);
  if (cells > limits.maxCells) throw new FileRefusal("too-large", `${part}: more than ${limits.maxCells} cells`);
}

/** Occurrences of `needle`, stopping once past `stopAfter`. */
function countOf(text: string, needle: string, stopAfter: number): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0 && n <= stopAfter; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

interface SheetDecl {
  name: string;
  state: GridSheet["state"];
  rid: string;
}

const REL_NS = ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"];

function parseSheetList(workbookXml: string): SheetDecl[] {
  const out: SheetDecl[] = [];
  const sheetsBlock = /<sheets\b[^>]*>([\s\S]*?)<\/sheets>/.exec(workbookXml)?.[1] ?? "";
  for (const m of sheetsBlock.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const attrs = m[1];
    const rid = attr(attrs, "r:id");
    if (rid === null) {
      const prefix = /\b([\w.-]+):id\s*=/.exec(attrs)?.[1];
      const bound = prefix ? new RegExp(`xmlns:${prefix}\\s*=\\s*["']([^"']+)`).exec(workbookXml)?.[1] : undefined;
      if (prefix && bound && REL_NS.includes(bound)) throw new FileRefusal("unsupported-part-names", `sheet id written as ${prefix}:id`);
      throw new FileRefusal("corrupt", "sheet without a relationship id");
    }
    const state = attr(attrs, "state");
    out.push({
      name: decodeXmlText(attr(attrs, "name") ?? ""),
      rid,
      state: state === "hidden" ? "hidden" : state === "veryHidden" ? "veryHidden" : "visible",
    });
  }
  return out;
}

/** One compiled pattern per attribute name: this runs for every cell of every file. */
const ATTR_PATTERNS = new Map<string, RegExp>();

function attr(attrs: string, name: string): string | null {
  let re = ATTR_PATTERNS.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)${name.replace(":", "\\:")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ATTR_PATTERNS.set(name, re);
  }
  const m = re.exec(attrs);
  return m ? (m[1] ?? m[2]) : null;
}

function readSharedStrings(parts: Map<string, Uint8Array>, wbRels: Rel[]): string[] {
  const rel = wbRels.find((r) => r.type.endsWith("/sharedStrings"));
  if (!rel) return [];
  if (rel.target !== "xl/sharedStrings.xml") throw new FileRefusal("unsupported-part-names", `shared strings at ${rel.target}`);
  if (!parts.has(rel.target)) return [];
  const xml = readXmlPart(parts, rel.target, "sst");
  const out: string[] = [];
  for (const m of xml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)) out.push(runText(m[1] ?? ""));
  return out;
}

/** The text of an <si> or <is>: plain <t> and rich-text runs, phonetic guides left out. */
function runText(inner: string): string {
  const body = inner.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let text = "";
  for (const t of body.matchAll(/<t\b([^>]*?)(?:\/>|>([\s\S]*?)<\/t>)/g)) {
    const raw = t[2] ?? "";
    const preserve = /xml:space\s*=\s*["']preserve["']/.test(t[1]);
    // Without xml:space="preserve", surrounding XML whitespace is not part of the value.
    text += decodeXmlText(preserve ? raw : trimEnds(raw, " \t\r\n"), true);
  }
  return text;
}

export type NumberKind = "date" | "percent" | "plain";

interface Styles {
  /** Per cellXfs index: how a number in that style reads. */
  kinds: NumberKind[];
}

export const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
export const BUILTIN_PERCENT_FORMATS = new Set([9, 10]);

function readStyles(parts: Map<string, Uint8Array>, wbRels: Rel[]): Styles {
  const rel = wbRels.find((r) => r.type.endsWith("/styles"));
  if (!rel || !parts.has(rel.target)) return { kinds: [] };
  const xml = readXmlPart(parts, rel.target, "styleSheet");
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\b([^>]*?)\/?>/g)) {
    const id = Number(attr(m[1], "numFmtId"));
    custom.set(id, decodeXmlText(attr(m[1], "formatCode") ?? ""));
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
  const kinds: Styles["kinds"] = [];
  for (const m of xfs.matchAll(/<xf\b([^>]*?)(?:\/>|>)/g)) {
    const id = Number(attr(m[1], "numFmtId") ?? 0);
    const code = custom.get(id);
    kinds.push(code !== undefined ? formatKind(code) : BUILTIN_DATE_FORMATS.has(id) ? "date" : BUILTIN_PERCENT_FORMATS.has(id) ? "percent" : "plain");
  }
  return { kinds };
}

/** Whether a custom number format shows a date/time or a percentage. */
export function formatKind(code: string): NumberKind {
  const bare = code
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?!h\]|m\]|s\])[^\]]*\]/gi, "");
  if (bare.includes("%")) return "percent";
  if (/general/i.test(bare)) return "plain";
  return /[dmyhsегчд]/i.test(bare) ? "date" : "plain";
}

function parseWorksheet(
  xml: string,
  decl: SheetDecl,
  shared: string[],
  styles: Styles,
  date1904: boolean,
  spendText: (chars: number) => void,
): GridSheet {
  const rows: (GridCell | undefined)[][] = [];
  const sheetData = /<sheetData\b[^>]*?(?:\/>|>([\s\S]*)<\/sheetData>)/.exec(xml)?.[1] ?? "";
  let rowIndex = -1;
  for (const rm of sheetData.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const r = attr(rm[1], "r");
    // checked before anything is allocated for the row: Excel has no row past 1,048,576
    if (r !== null && /^\d+$/.test(r) && (r.length > 7 || Number(r) > EXCEL_MAX_ROWS)) {
      throw outsideSheet(decl.name, `строка ${thousands(r.slice(0, 20))}, а в Excel строк не больше ${thousands(EXCEL_MAX_ROWS)}`);
    }
    rowIndex = r !== null && /^\d+$/.test(r) ? Number(r) - 1 : rowIndex + 1;
    if (rowIndex < 0) rowIndex = 0; // some writers number rows from 0
    let colIndex = -1;
    const cells: (GridCell | undefined)[] = rows[rowIndex] ?? [];
    for (const cm of (rm[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = attr(cm[1], "r");
      const c = ref ? columnIndex(ref) : -1;
      colIndex = c >= 0 ? c : colIndex + 1;
      if (colIndex >= EXCEL_MAX_COLUMNS || (ref && /^[A-Za-z]{4}/.test(ref))) {
        throw outsideSheet(decl.name, `ячейка ${(ref ?? "").slice(0, 20) || `в столбце ${colIndex + 1}`} за пределами листа Excel (столбцов не больше ${thousands(EXCEL_MAX_COLUMNS)}, последний — XFD)`);
      }
      const cell = readCell(cm[1], cm[2] ?? "", shared, styles, date1904);
      if (cell) {
        if (cell.kind === "text") spendText(cell.text.length);
        cells[colIndex] = cell;
      }
    }
    rows[rowIndex] = cells;
  }
  const merges: GridSheet["merges"] = [];
  let widest = 0;
  for (const row of rows) if (row && row.length > widest) widest = row.length;
  let visits = 0;
  for (const mm of xml.matchAll(/<mergeCell\b[^>]*?\bref\s*=\s*["']([A-Z]+)(\d+):([A-Z]+)(\d+)["']/g)) {
    const m = { left: columnIndex(mm[1]), top: Number(mm[2]) - 1, right: columnIndex(mm[3]), bottom: Number(mm[4]) - 1 };
    if (m.bottom >= EXCEL_MAX_ROWS || m.right >= EXCEL_MAX_COLUMNS || mm[1].length > 3 || mm[3].length > 3) {
      throw outsideSheet(decl.name, `объединённые ячейки ${mm[1]}${mm[2]}:${mm[3]}${mm[4]}`.slice(0, 80) + " выходят за пределы листа Excel");
    }
    merges.push(m);
    // the cells this range can clear are those of rows and columns the sheet has
    visits += Math.max(0, Math.min(m.bottom, rows.length - 1) - m.top + 1) * Math.max(1, Math.min(m.right, widest - 1) - m.left + 1);
    if (visits > MAX_MERGE_VISITS) throw new FileRefusal("too-large", `${decl.name}: merged ranges cover more than ${MAX_MERGE_VISITS} cells`);
    // Only the top-left cell of a merged range holds the value Excel shows.
    for (let r = m.top; r <= m.bottom && r < rows.length; r++) {
      const row = rows[r];
      if (!row) continue;
      for (let c = m.left; c <= m.right && c < row.length; c++) if (r !== m.top || c !== m.left) row[c] = undefined;
    }
  }
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = EMPTY_ROW;
  return { name: decl.name, state: decl.state, rows, merges };
}

function readCell(attrs: string, inner: string, shared: string[], styles: Styles, date1904: boolean): GridCell | undefined {
  const t = attr(attrs, "t") ?? "n";
  const v = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(inner)?.[1];
  const formula = /<f\b[^>]*?(?:\/>|>([\s\S]*?)<\/f>)/.exec(inner);
  if (t === "inlineStr") {
    const is = /<is\b[^>]*>([\s\S]*?)<\/is>/.exec(inner)?.[1];
    if (is !== undefined) return { kind: "text", text: runText(is) };
  }
  // WPS in-cell pictures (_xlfn.DISPIMG) are images, not values: kept as an error-like mark.
  if (formula && /DISPIMG\(/i.test(formula[1] ?? "")) return { kind: "error", code: "#IMAGE" };
  if (v === undefined) {
    if (formula) return { kind: "formula-uncached", formula: decodeXmlText(formula[1] ?? "") };
    return undefined;
  }
  const raw = decodeXmlText(v);
  switch (t) {
    case "s": {
      const i = Number(raw);
      if (!Number.isInteger(i) || i < 0 || i >= shared.length) throw new FileRefusal("corrupt", `shared string ${raw} out of range`);
      return { kind: "text", text: shared[i] };
    }
    case "str":
    case "inlineStr":
      return { kind: "text", text: decodeXmlText(v, true) };
    case "b":
      return { kind: "bool", value: raw.trim() === "1" || raw.trim().toLowerCase() === "true" };
    case "e":
      return { kind: "error", code: raw.trim() };
    case "d": {
      const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(raw.trim());
      if (!m) return { kind: "text", text: raw };
      return { kind: "date", iso: m[2] && m[2] !== "00:00" ? `${m[1]}T${m[2]}` : m[1] };
    }
    default: {
      const n = Number(raw);
      if (raw.trim() === "" || !Number.isFinite(n)) return { kind: "text", text: raw };
      const style = attr(attrs, "s");
      return numberCell(n, style !== null ? styles.kinds[Number(style)] : "plain", date1904);
    }
  }
}

/**
 * A stored number as Excel shows it under its number format: a date (serial days), a
 * percentage or a plain number. Shared by the .xlsx and .xls readers so the two copies of
 * one report read the same.
 */
export function numberCell(n: number, kind: NumberKind | undefined, date1904: boolean): GridCell {
  if (kind === "date") {
    // The 1900 system counts a fictitious 29.02.1900 (serial 60): serials below it are one day off.
    if (!date1904 && n < 61 && n >= 60) return { kind: "number", value: n };
    const serial = date1904 ? n + 1462 : n < 60 ? n + 1 : n;
    const iso = Math.abs(serial - Math.floor(serial)) > 1e-9 ? serialToIsoDateTime(serial) : serialToIso(serial);
    if (iso) return { kind: "date", iso: iso.endsWith("T00:00") ? iso.slice(0, 10) : iso };
    return { kind: "number", value: n };
  }
  return kind === "percent" ? { kind: "number", value: n, percent: true } : { kind: "number", value: n };
}

/** When Excel or LibreOffice last saved the file: `dcterms:modified` of docProps/core.xml, ISO UTC. */
function savedAtOf(core: Uint8Array | undefined): string | null {
  if (!core || core.length > 64 * 1024) return null;
  const m = /<dcterms:modified\b[^>]*>\s*(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.\d+)?Z?\s*<\/dcterms:modified>/.exec(new TextDecoder().decode(core));
  return m ? m[1] : null;
}
