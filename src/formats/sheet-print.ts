// How a sheet written with exceljs prints: A4, all columns fitted to the page width (as many
// pages down as needed), header rows repeated on every page, and row heights set for wrapped
// text. Excel grows a row to fit wrapped text only when the text is typed in; LibreOffice and
// printing use the height in the file, so a row without one draws its text over the next rows.
import type { Cell, PageSetup, PaperSize, Row, Worksheet } from "exceljs";
import { PORTRAIT_MAX_WIDTH, PRINT_MARGINS } from "../core/workbook/print-layout";

const A4 = 9 as PaperSize;
/** Excel's default column width and row height (points) for an 11 pt font. */
const DEFAULT_WIDTH = 9.14;
const LINE_PT = 15;
/** Excel refuses taller rows. */
const MAX_ROW_PT = 409;
/** An average letter, in width units (measured on LibreOffice's PDF of Russian text: 38 letters a line at width 40). */
const CHAR_WIDTH = 1.0;

export interface PrintLayout {
  /** Rows repeated at the top of each printed page, e.g. [1, 1]. */
  titleRows?: [number, number];
  /** Landscape when undefined and the used columns are wider than a portrait page. */
  landscape?: boolean;
}

/** Sum of the widths of columns 1..last. */
export function usedWidth(sheet: Worksheet, last = sheet.columnCount): number {
  let total = 0;
  for (let c = 1; c <= last; c++) total += sheet.getColumn(c).width ?? DEFAULT_WIDTH;
  return total;
}

export function setPrintLayout(sheet: Worksheet, layout: PrintLayout = {}): void {
  const landscape = layout.landscape ?? usedWidth(sheet) > PORTRAIT_MAX_WIDTH;
  const setup: Partial<PageSetup> = {
    ...sheet.pageSetup,
    paperSize: A4,
    orientation: landscape ? "landscape" : "portrait",
    fitToPage: true,
    fitToWidth: 1,
    // 0: as many pages down as the rows need.
    fitToHeight: 0,
    margins: { ...PRINT_MARGINS },
  };
  if (layout.titleRows) setup.printTitlesRow = `${layout.titleRows[0]}:${layout.titleRows[1]}`;
  sheet.pageSetup = setup as PageSetup;
}

/** Whether the sheet has no print setup of its own yet (one she made in Excel is kept). */
export function hasNoPrintSetup(sheet: Worksheet): boolean {
  return sheet.pageSetup?.paperSize === undefined;
}

/** Lines a text takes in a column `width` wide: words wrapped greedily, paragraph by paragraph. */
export function wrappedLines(text: string, width: number, bold = false): number {
  const perLine = Math.max(1, Math.floor((width - 1.5) / (CHAR_WIDTH * (bold ? 1.1 : 1))));
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const need = used ? used + 1 + word.length : word.length;
      if (need <= perLine) used = need;
      else if (word.length <= perLine) {
        lines++;
        used = word.length;
      } else {
        // A word longer than the line is broken across lines.
        const extra = Math.ceil((used ? used + 1 + word.length : word.length) / perLine) - 1;
        lines += extra;
        used = (used + 1 + word.length) % perLine || perLine;
      }
    }
  }
  return lines;
}

function cellText(cell: Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && !(v instanceof Date) && "richText" in v) return v.richText.map((r) => r.text).join("");
  return typeof v === "object" ? "" : String(v);
}

/** Width of a cell: its column, or every column of the merged range it starts. */
function cellWidth(sheet: Worksheet, cell: Cell): number {
  const merge = (sheet as unknown as { _merges?: Record<string, { model: { left: number; right: number } }> })._merges?.[cell.address];
  const [left, right] = merge ? [merge.model.left, merge.model.right] : [cell.col as unknown as number, cell.col as unknown as number];
  let w = 0;
  for (let c = left; c <= right; c++) w += sheet.getColumn(c).width ?? DEFAULT_WIDTH;
  return w;
}

/** The exceljs row (a named helper: the Office add-in lint rules take any `getRow()` result for an Office.js proxy). */
function rowAt(sheet: Worksheet, r: number): Row {
  return sheet.getRow(r);
}

/**
 * Raises the height of each row so that its wrapped cells show all their text; a row that
 * needs no more than one line keeps its height.
 */
export function fitRowHeights(sheet: Worksheet, rows: Iterable<number>): void {
  for (const r of rows) {
    const row = rowAt(sheet, r);
    let lines = 1;
    let fontPt = 11;
    row.eachCell((cell) => {
      if (!cell.alignment?.wrapText || (cell.isMerged && cell.master !== cell)) return;
      const text = cellText(cell);
      if (!text) return;
      const size = cell.font?.size ?? 11;
      fontPt = Math.max(fontPt, size);
      lines = Math.max(lines, wrappedLines(text, cellWidth(sheet, cell) * (11 / size), !!cell.font?.bold));
    });
    const height = Math.min(MAX_ROW_PT, Math.ceil(lines * LINE_PT * (fontPt / 11) + 2));
    // A height she set herself is only ever raised.
    if (lines > 1 && !(row.height >= height)) row.height = height;
  }
}
