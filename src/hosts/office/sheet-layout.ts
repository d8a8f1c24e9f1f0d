// Lays out a free-form sheet (the quarterly summary) as Excel operations, without Excel:
// title, optional subtitle, then each block as a bold title, a shaded header row and its rows,
// a blank row between blocks. A block's chart goes right below it, on rows left empty for it,
// so it never covers a table; it shows exactly the block's requested columns as series,
// named by their headers, over column 0 as categories.
import type { SheetBlock, SheetContent } from "../../core/workbook/port";
import { textForExcel, toExcel, type ExcelScalar } from "./cells";
import { a1, numberFormatFor } from "./layout";
import { sliceRows } from "./payload";

export const HEADER_FILL = "#DDEBF7";
/** Excel's default row height in points; rows kept for a chart are empty, so they keep it. */
const ROW_POINTS = 15;

export interface ChartPlan {
  type: "BarClustered" | "ColumnClustered";
  title: string;
  /** Column 0 of the block's rows. */
  categories: string;
  /** One per requested column, in the order asked: the header as name, the column's rows as values. */
  series: { name: string; values: string }[];
  /** Top-left cell; the chart is sized in points, not by cells, so column widths do not stretch it. */
  anchor: string;
  width: number;
  height: number;
  /** A single series needs no legend: the title says what it is. */
  legend: boolean;
}

export interface SheetPlan {
  /** Width in characters per column. */
  widths: number[];
  styles: { address: string; bold?: boolean; italic?: boolean; size?: number; fill?: string; wrap?: boolean }[];
  formats: { address: string; formats: string[][] }[];
  cells: { address: string; values: ExcelScalar[][]; bytes: number }[];
  charts: ChartPlan[];
}

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/** Size in points: bars grow downwards with the categories, columns sideways. */
export function chartSize(kind: "bar" | "column", categories: number, series: number): { width: number; height: number } {
  if (kind === "bar") return { width: 480, height: clamp(90 + categories * series * 18, 220, 640) };
  return { width: clamp(200 + categories * series * 40, 420, 900), height: 280 };
}

/** Block cells are formatted first ("@" for text), so text goes in unquoted (see cells.ts). */
function cellValue(v: string | number | null, type: SheetBlock["types"][number], date1904: boolean): ExcelScalar {
  if (v === null) return "";
  if (type === "text") return v;
  return toExcel(v, type, date1904);
}

export function planSheet(content: SheetContent, chartsSupported: boolean, date1904 = false): SheetPlan {
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
      put(headerRow + 1, 0, block.rows.map((r) => block.headers.map((_, c) => cellValue(r[c] ?? null, block.types[c] ?? "text", date1904))));
      plan.formats.push({
        address: a1(headerRow + 1, 0, n, cols),
        formats: block.rows.map(() => block.headers.map((_, c) => numberFormatFor(block.types[c] ?? "text"))),
      });
      block.rows.forEach((r) => r.forEach((v, c) => c < cols && widen(c, v === null ? "" : String(v))));
    }
    row = headerRow + 1 + n + 1;
    if (block.note) {
      put(row - 1, 0, [[textForExcel(block.note)]]);
      plan.styles.push({ address: a1(row - 1, 0), italic: true });
      row++;
    }
    const chart = chartsSupported ? planChart(block, headerRow + 1, row) : null;
    if (chart) {
      plan.charts.push(chart);
      row += Math.ceil(chart.height / ROW_POINTS) + 2;
    }
  }
  for (let c = 0; c < totalCols; c++) plan.widths[c] = plan.widths[c] ?? 10;
  return plan;
}

/** The chart of a block whose rows start at `firstRow`, anchored at `anchorRow`; null if nothing to plot. */
function planChart(block: SheetBlock, firstRow: number, anchorRow: number): ChartPlan | null {
  const n = block.rows.length;
  const cols = block.headers.length;
  if (!block.chart || n === 0) return null;
  // Column 0 holds the categories; a series must be another column of the block.
  const columns = [...new Set(block.chart.series)].filter((c) => Number.isInteger(c) && c > 0 && c < cols);
  if (!columns.length) return null;
  // Nothing to plot yet (no school has reported): an empty chart says nothing, and Excel may
  // make no series at all from blank cells.
  if (!block.rows.some((r) => columns.some((c) => typeof r[c] === "number"))) return null;
  const size = chartSize(block.chart.kind, n, columns.length);
  return {
    type: block.chart.kind === "bar" ? "BarClustered" : "ColumnClustered",
    title: block.chart.title,
    categories: a1(firstRow, 0, n, 1),
    series: columns.map((c) => ({ name: block.headers[c], values: a1(firstRow, c, n, 1) })),
    anchor: a1(anchorRow, 0),
    ...size,
    legend: columns.length > 1,
  };
}
