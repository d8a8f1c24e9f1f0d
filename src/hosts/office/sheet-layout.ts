// Lays out a free-form sheet (the quarterly summary) as Excel operations, without Excel:
// title, optional subtitle, then each block as a bold title, a shaded header row and its rows,
// a blank row between blocks; charts to the right of the blocks, stacked so they never overlap.
import type { SheetBlock, SheetContent } from "../../core/workbook/port";
import { textForExcel, toExcel, type ExcelScalar } from "./cells";
import { a1, numberFormatFor } from "./layout";
import { sliceRows } from "./payload";

export const HEADER_FILL = "#DDEBF7";
const CHART_ROWS = 15;
const CHART_COLS = 8;

export interface SheetPlan {
  /** Width in characters per column. */
  widths: number[];
  styles: { address: string; bold?: boolean; size?: number; fill?: string; wrap?: boolean }[];
  formats: { address: string; formats: string[][] }[];
  cells: { address: string; values: ExcelScalar[][]; bytes: number }[];
  charts: { type: "BarClustered" | "ColumnClustered"; source: string; title: string; from: string; to: string }[];
}

function cellValue(v: string | number | null, type: SheetBlock["types"][number]): ExcelScalar {
  if (v === null) return "";
  if (type === "text") return typeof v === "number" ? v : textForExcel(v);
  return toExcel(v, type);
}

export function planSheet(content: SheetContent, chartsSupported: boolean): SheetPlan {
  const plan: SheetPlan = { widths: [], styles: [], formats: [], cells: [], charts: [] };
  const put = (row: number, col: number, values: ExcelScalar[][]) => {
    for (const slice of sliceRows(values)) {
      plan.cells.push({ address: a1(row + slice.start, col, slice.rows.length, values[0].length), values: slice.rows, bytes: slice.bytes });
    }
  };
  const widen = (col: number, text: string) => {
    plan.widths[col] = Math.min(Math.max(plan.widths[col] ?? 10, text.length + 2), 60);
  };

  put(0, 0, [[textForExcel(content.title)]]);
  plan.styles.push({ address: "A1", bold: true, size: 14 });
  let row = 2;
  if (content.subtitle) {
    put(1, 0, [[textForExcel(content.subtitle)]]);
    row = 3;
  }
  const totalCols = Math.max(1, ...content.blocks.map((b) => b.headers.length));
  const chartCol = totalCols + 1;
  let chartRow = row;

  for (const block of content.blocks) {
    const cols = block.headers.length;
    put(row, 0, [[textForExcel(block.title)]]);
    plan.styles.push({ address: a1(row, 0), bold: true, size: 12 });
    const headerRow = row + 1;
    if (cols > 0) {
      put(headerRow, 0, [block.headers.map(textForExcel)]);
      plan.styles.push({ address: a1(headerRow, 0, 1, cols), bold: true, fill: HEADER_FILL, wrap: true });
      block.headers.forEach((h, c) => widen(c, h.length > 30 ? h.slice(0, 30) : h));
    }
    const n = block.rows.length;
    if (n > 0 && cols > 0) {
      put(headerRow + 1, 0, block.rows.map((r) => block.headers.map((_, c) => cellValue(r[c] ?? null, block.types[c] ?? "text"))));
      plan.formats.push({
        address: a1(headerRow + 1, 0, n, cols),
        formats: block.rows.map(() => block.headers.map((_, c) => numberFormatFor(block.types[c] ?? "text"))),
      });
      block.rows.forEach((r) => r.forEach((v, c) => c < cols && widen(c, v === null ? "" : String(v))));
    }
    if (block.chart && chartsSupported && n > 0 && block.chart.series.length) {
      const lastCol = Math.min(cols - 1, Math.max(...block.chart.series));
      const top = Math.max(row, chartRow);
      plan.charts.push({
        type: block.chart.kind === "bar" ? "BarClustered" : "ColumnClustered",
        source: a1(headerRow, 0, n + 1, lastCol + 1),
        title: block.chart.title,
        from: a1(top, chartCol),
        to: a1(top + CHART_ROWS - 1, chartCol + CHART_COLS - 1),
      });
      chartRow = top + CHART_ROWS + 1;
    }
    row = headerRow + 1 + n + 1;
  }
  for (let c = 0; c < totalCols; c++) plan.widths[c] = plan.widths[c] ?? 10;
  return plan;
}
