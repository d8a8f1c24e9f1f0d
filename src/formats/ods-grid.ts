// Reads an OpenDocument spreadsheet (.ods, as LibreOffice saves a school report) into the same
// cell grid as an .xlsx, from content.xml inflated under the zip guard's caps.
//
// ODF compresses runs: a row or cell may say it repeats 1,048,571 times (LibreOffice closes
// every sheet that way, and pads rows with number-columns-repeated="1024"). Empty repeats only
// move the row/column counter; a repeat that carries a value is materialised under the same
// cell, row and text limits as an .xlsx, so nothing is allocated per empty repeat.
// Merged ranges come from number-columns-spanned / number-rows-spanned; the covered cells are
// left empty, as Excel shows a merged range (LibreOffice keeps hidden text in them).

import { hasAnyCell, type Grid, type GridCell, type GridSheet } from "../core/ingest/grid";
import { clearMergedFollowers } from "./ingest/grid-merges";
import { FileRefusal } from "./ingest/refusal";
import { decodeXmlText, readCheckedXml } from "./ingest/xml-text";
import { DEFAULT_XLSX_LIMITS, EMPTY_ROW, EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS, numberCell, thousands, type XlsxLimits } from "./xlsx-grid";
import { inflateOne, type ZipEntryInfo } from "./zip-guard";

const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Reads every sheet of a pre-sniffed .ods package (hidden ones flagged). */
export function readOdsGrid(bytes: Uint8Array, entries: ZipEntryInfo[], limits: XlsxLimits = DEFAULT_XLSX_LIMITS): Grid {
  const parts = new Map<string, Uint8Array>();
  for (const name of ["META-INF/manifest.xml", "content.xml"]) {
    const data = inflateOne(bytes, entries, name);
    if (data) parts.set(name, data);
  }
  const manifest = parts.get("META-INF/manifest.xml");
  if (manifest && /<manifest:encryption-data\b/.test(new TextDecoder("latin1").decode(manifest))) {
    throw new FileRefusal("encrypted", "ODF manifest lists encryption-data");
  }
  if (!parts.has("content.xml")) throw new FileRefusal("corrupt", "OpenDocument package without content.xml");
  const xml = readCheckedXml(parts, "content.xml");
  if (/<!DOCTYPE|<!ENTITY/i.test(xml.slice(0, 65536))) throw new FileRefusal("xml-entities", "DOCTYPE in content.xml");
  if (!/^\uFEFF?(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*<office:document-content[\s>]/.test(xml)) {
    throw new FileRefusal("corrupt", "content.xml: root is not office:document-content");
  }
  const spreadsheet = /<office:spreadsheet\b[^>]*?(?:\/>|>([\s\S]*)<\/office:spreadsheet>)/.exec(xml)?.[1];
  if (spreadsheet === undefined) throw new FileRefusal("not-xlsx", "OpenDocument without office:spreadsheet");

  const hiddenStyles = hiddenTableStyles(xml);
  const budget = { cells: limits.maxCells, rows: limits.maxRows, text: limits.maxTextChars, merges: limits.maxMerges };
  const sheets: GridSheet[] = [];
  for (const tm of spreadsheet.matchAll(/<table:table(\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/table:table>)/g)) {
    const attrs = tm[1] ?? "";
    const name = decodeXmlText(attr(attrs, "table:name") ?? `Лист${sheets.length + 1}`);
    const style = attr(attrs, "table:style-name");
    const state = style !== null && hiddenStyles.has(style) ? "hidden" : "visible";
    sheets.push(readTable(tm[2] ?? "", name, state, budget));
  }
  if (sheets.length === 0) throw new FileRefusal("no-sheets", "office:spreadsheet holds no table:table");
  const grid: Grid = { sheets, format: "ods" };
  if (!hasAnyCell(grid)) throw new FileRefusal("empty", "no cell holds a value");
  return grid;
}

interface Budget {
  cells: number;
  rows: number;
  text: number;
  merges: number;
}

const attrPatterns = new Map<string, RegExp>();

function attr(attrs: string, name: string): string | null {
  if (!attrs.includes(name)) return null;
  let re = attrPatterns.get(name);
  if (!re) attrPatterns.set(name, (re = new RegExp(`(?:^|\\s)${name.replace(":", "\\:")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(attrs);
  return m ? (m[1] ?? m[2]) : null;
}

/** A repeat count: 1 when absent or nonsense, otherwise the number as written (maybe huge). */
function repeatOf(attrs: string, name: string): number {
  const v = attr(attrs, name);
  if (v === null || !/^\s*\d+\s*$/.test(v)) return 1;
  return Math.max(1, Number(v));
}

/** Names of the automatic table styles that hide a sheet (table:display="false"). */
function hiddenTableStyles(xml: string): Set<string> {
  const out = new Set<string>();
  const styles = /<office:automatic-styles\b[^>]*>([\s\S]*?)<\/office:automatic-styles>/.exec(xml)?.[1] ?? "";
  for (const m of styles.matchAll(/<style:style(\s[^>]*?)(?:\/>|>([\s\S]*?)<\/style:style>)/g)) {
    if (attr(m[1], "style:family") !== "table") continue;
    if (/\btable:display\s*=\s*["']false["']/.test(m[2] ?? "")) out.add(decodeXmlText(attr(m[1], "style:name") ?? ""));
  }
  return out;
}

function tooLarge(sheet: string, what: string): FileRefusal {
  return new FileRefusal("too-large", `${sheet}: ${what}`);
}

function readTable(body: string, name: string, state: GridSheet["state"], budget: Budget): GridSheet {
  const rows: (GridCell | undefined)[][] = [];
  const merges: GridSheet["merges"] = [];
  let r = 0;
  for (const rm of body.matchAll(/<table:table-row(\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/table:table-row>)/g)) {
    const repeat = repeatOf(rm[1] ?? "", "table:number-rows-repeated");
    const cells = readRow(rm[2] ?? "", name, r, merges, budget);
    if (cells.length > 0) {
      if (r + repeat > EXCEL_MAX_ROWS) throw tooLarge(name, `row ${r + 1} repeated ${thousands(repeat)} times`);
      for (let k = 0; k < repeat; k++) {
        if (--budget.rows < 0) throw tooLarge(name, "more rows than a report could hold");
        if (k > 0) {
          budget.cells -= cells.length;
          if (budget.cells < 0) throw tooLarge(name, "more cells than a report could hold");
          for (const c of cells) if (c?.kind === "text") spendText(budget, name, c.text.length);
        }
        rows[r + k] = k === 0 ? cells : cells.slice();
      }
    }
    // an empty row, repeated to the end of the sheet, costs nothing
    r += repeat;
    if (r > EXCEL_MAX_ROWS) break;
  }
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = EMPTY_ROW;
  clearMergedFollowers(rows, merges, name);
  return { name, state, rows, merges };
}

function spendText(budget: Budget, sheet: string, chars: number): void {
  budget.text -= chars;
  if (budget.text < 0) throw tooLarge(sheet, "text cells hold more text than a report could");
}

/** The cells of one row; trailing empty repeats are never materialised. */
function readRow(body: string, sheet: string, r: number, merges: GridSheet["merges"], budget: Budget): (GridCell | undefined)[] {
  const cells: (GridCell | undefined)[] = [];
  let c = 0;
  for (const cm of body.matchAll(/<table:(table-cell|covered-table-cell)(\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/table:\1>)/g)) {
    const attrs = cm[2] ?? "";
    const repeat = repeatOf(attrs, "table:number-columns-repeated");
    // covered cells are the followers of a merged range: Excel shows them empty
    const cell = cm[1] === "table-cell" ? readCell(attrs, cm[3] ?? "") : undefined;
    if (cm[1] === "table-cell") {
      const spanCols = repeatOf(attrs, "table:number-columns-spanned");
      const spanRows = repeatOf(attrs, "table:number-rows-spanned");
      if (spanCols > 1 || spanRows > 1) {
        if (--budget.merges < 0) throw tooLarge(sheet, "more merged ranges than a report could hold");
        const right = Math.min(c + spanCols - 1, EXCEL_MAX_COLUMNS - 1);
        const bottom = Math.min(r + spanRows - 1, EXCEL_MAX_ROWS - 1);
        if (c < EXCEL_MAX_COLUMNS) merges.push({ top: r, left: c, bottom, right });
      }
    }
    if (cell) {
      if (c + repeat > EXCEL_MAX_COLUMNS) throw tooLarge(sheet, `a value repeated ${thousands(repeat)} times across the row`);
      budget.cells -= repeat;
      if (budget.cells < 0) throw tooLarge(sheet, "more cells than a report could hold");
      for (let k = 0; k < repeat; k++) {
        if (cell.kind === "text") spendText(budget, sheet, cell.text.length);
        cells[c + k] = cell;
      }
    }
    c += repeat;
    if (c >= EXCEL_MAX_COLUMNS) break;
  }
  return cells;
}

/** One cell's value as Excel would show the same cell of an .xlsx copy. */
function readCell(attrs: string, inner: string): GridCell | undefined {
  const type = attr(attrs, "office:value-type");
  if (attr(attrs, "calcext:value-type") === "error") return { kind: "error", code: cellText(inner).trim() || "#VALUE!" };
  switch (type) {
    case "float":
    case "currency":
    case "percentage": {
      const n = Number(attr(attrs, "office:value"));
      if (!Number.isFinite(n)) return textCell(attrs, inner);
      return type === "percentage" ? { kind: "number", value: n, percent: true } : { kind: "number", value: n };
    }
    case "date": {
      const v = attr(attrs, "office:date-value") ?? "";
      return dateCell(v.trim()) ?? textCell(attrs, inner);
    }
    case "time": {
      const m = /^-?PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec((attr(attrs, "office:time-value") ?? "").trim());
      if (!m) return textCell(attrs, inner);
      const seconds = Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
      return numberCell(seconds / 86400, "date", false);
    }
    case "boolean": {
      const v = (attr(attrs, "office:boolean-value") ?? "").trim().toLowerCase();
      return { kind: "bool", value: v === "true" || v === "1" };
    }
    default:
      return textCell(attrs, inner);
  }
}

/** «2024-10-01» or «2024-10-01T10:10:10.5» → the date cell an .xlsx copy gives (via its serial). */
function dateCell(v: string): GridCell | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(v);
  if (!m) return undefined;
  const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (!Number.isFinite(day)) return undefined;
  const seconds = Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0);
  const serial = (day - EXCEL_EPOCH) / DAY_MS + seconds / 86400;
  // Excel's serials before 01.03.1900 count a day that never was; the date itself is known here.
  if (serial < 61) return seconds ? { kind: "date", iso: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}` } : { kind: "date", iso: `${m[1]}-${m[2]}-${m[3]}` };
  return numberCell(serial, "date", false);
}

function textCell(attrs: string, inner: string): GridCell | undefined {
  const stored = attr(attrs, "office:string-value");
  const text = stored !== null ? decodeXmlText(stored) : cellText(inner);
  return text === "" ? undefined : { kind: "text", text };
}

/** The text of a cell's paragraphs (joined by line breaks); comments and drawings left out. */
function cellText(inner: string): string {
  if (!inner.includes("<text:")) return "";
  const body = inner.replace(/<office:annotation\b[\s\S]*?<\/office:annotation>/g, "").replace(/<draw:frame\b[\s\S]*?<\/draw:frame>/g, "");
  const paragraphs: string[] = [];
  for (const p of body.matchAll(/<text:(p|h)(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/text:\1>)/g)) paragraphs.push(paragraphText(p[2] ?? ""));
  return paragraphs.join("\n");
}

/**
 * ODF white space: runs of spaces, tabs and line ends in the markup are one space (leading
 * ones dropped); the spaces that are really there are written as <text:s text:c="N"/>.
 */
function paragraphText(inner: string): string {
  let out = "";
  let at = 0;
  for (const t of inner.matchAll(/<(\/?)([\w.-]+:[\w.-]+)(\s[^>]*?)?(\/?)>/g)) {
    out += collapse(inner.slice(at, t.index), out);
    at = t.index! + t[0].length;
    if (t[1]) continue;
    const tag = t[2];
    if (tag === "text:s") out += " ".repeat(Math.min(Math.max(1, Number(attr(t[3] ?? "", "text:c") ?? 1) || 1), 32_767));
    else if (tag === "text:tab") out += "\t";
    else if (tag === "text:line-break") out += "\n";
    else if (tag === "text:note" && !t[4]) {
      // a footnote's body is not the cell's text
      const end = inner.indexOf("</text:note>", at);
      if (end >= 0) at = end + "</text:note>".length;
    }
  }
  out += collapse(inner.slice(at), out);
  return out;
}

function collapse(raw: string, before: string): string {
  if (raw === "") return "";
  let s = raw.replace(/[ \t\r\n]+/g, " ");
  if (before === "" && s.startsWith(" ")) s = s.slice(1);
  return decodeXmlText(s);
}
