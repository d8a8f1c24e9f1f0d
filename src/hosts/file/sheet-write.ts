// Free-form sheets (the quarterly summary): a title, a subtitle and blocks of rows, each
// block a small bordered table with a bold header, and a block's chart right below it on rows
// left empty for it. The sheet is replaced as a whole and keeps its place among the sheets.
// exceljs cannot write charts: the charts are remembered here and added to the saved package
// (withSheetCharts, xlsx-package.ts) as chart parts Excel and LibreOffice open and edit.
import type { Borders, Workbook, Worksheet } from "exceljs";
import { blockChart, chartAnchor, chartPartXml, chartSize, type ChartAnchor } from "../../formats/chart-part";
import { isoToSerial } from "../../core/dates";
import type { SheetBlock, SheetContent } from "../../core/workbook/port";
import { solidFill } from "./cell-format";
import { safeText } from "./cell-values";
import { uniqueSheetName } from "./table-create";
import { insertCharts, type SheetCharts } from "./xlsx-package";
import { fitRowHeights, setPrintLayout } from "../../formats/sheet-print";

/** Excel's default row height in points; rows kept for a chart are empty, so they keep it. */
const ROW_POINTS = 15;

interface PlacedChart {
  /** The chart part's XML without the sheet's name, which may change before saving. */
  xml: (sheetName: string) => string;
  /** Where it sits: at column A of `row`, `size` points large; or the anchor it was opened with. */
  at: { row: number; size: { width: number; height: number } } | { anchor: ChartAnchor };
  name: string;
}

/** Charts of the sheets written here (or carried over from the opened file), by worksheet, until the workbook is saved. */
const placedCharts = new WeakMap<Workbook, Map<Worksheet, PlacedChart[]>>();

function chartsOf(workbook: Workbook): Map<Worksheet, PlacedChart[]> {
  let charts = placedCharts.get(workbook);
  if (!charts) placedCharts.set(workbook, (charts = new Map()));
  return charts;
}

/** Keeps the charts Сводка drew in the opened book, so that saving it does not drop them. */
export function carryCharts(workbook: Workbook, sheets: SheetCharts[]): void {
  for (const s of sheets) {
    const sheet = workbook.worksheets.find((w) => w.name === s.sheetName);
    if (sheet) chartsOf(workbook).set(sheet, s.charts.map((c) => ({ xml: () => c.xml, at: { anchor: c.anchor }, name: c.name })));
  }
}

/** The saved package with the charts of the sheets still in the workbook. */
export function withSheetCharts(workbook: Workbook, bytes: Uint8Array): Uint8Array {
  const sheets: SheetCharts[] = [];
  for (const [sheet, charts] of chartsOf(workbook)) {
    if (!workbook.worksheets.includes(sheet) || !charts.length) continue;
    const widths = Array.from({ length: 64 }, (_, c) => sheet.getColumn(c + 1).width ?? 9.14);
    sheets.push({
      sheetName: sheet.name,
      charts: charts.map((c) => ({ xml: c.xml(sheet.name), anchor: "anchor" in c.at ? c.at.anchor : chartAnchor(c.at.row, c.at.size, widths), name: c.name })),
    });
  }
  return sheets.length ? insertCharts(bytes, sheets) : bytes;
}

const BLOCK_FMT: Record<SheetBlock["types"][number], string | undefined> = {
  text: "@",
  number: "0.0",
  percent: "0.0%",
  date: "dd.mm.yyyy",
  integer: "0",
};

const THIN: Partial<Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

function blockValue(v: string | number | null, type: SheetBlock["types"][number]): string | number | null {
  if (typeof v === "string" && type !== "date") return safeText(v) || null;
  if (v === null || v === "") return null;
  if (type === "date" && typeof v === "string") return isoToSerial(v) ?? v;
  return v;
}

export function writeFreeSheet(workbook: Workbook, content: SheetContent): void {
  const existing = workbook.worksheets.find((s) => s.name.toLowerCase() === content.name.toLowerCase());
  // exceljs orders sheets by this field; its typings do not declare it.
  type Ordered = { orderNo?: number };
  const orderNo = (existing as Ordered | undefined)?.orderNo;
  if (existing) {
    workbook.removeWorksheet(existing.id);
    chartsOf(workbook).delete(existing);
  }
  const sheet = workbook.addWorksheet(uniqueSheetName(workbook, content.name));
  const charts: PlacedChart[] = [];
  if (orderNo !== undefined) (sheet as Ordered).orderNo = orderNo;

  const widths: number[] = [];
  const measure = (col: number, text: string) => {
    widths[col] = Math.max(widths[col] ?? 10, Math.min(60, text.length + 2));
  };

  let r = 1;
  sheet.getCell(r, 1).value = content.title;
  sheet.getCell(r, 1).style = { font: { bold: true, size: 14 } };
  r++;
  if (content.subtitle) {
    sheet.getCell(r, 1).value = content.subtitle;
    sheet.getCell(r, 1).style = { font: { italic: true } };
    r++;
  }
  content.blocks.forEach((block, index) => {
    r++;
    sheet.getCell(r, 1).value = block.title;
    sheet.getCell(r, 1).style = { font: { bold: true, size: 12 } };
    r++;
    block.headers.forEach((h, i) => {
      const cell = sheet.getCell(r, i + 1);
      cell.value = h;
      cell.style = { font: { bold: true }, fill: solidFill("#D9E1F2"), border: THIN, alignment: { wrapText: true, vertical: "middle" } };
      measure(i + 1, h.length > 30 ? h.slice(0, 30) : h);
    });
    r++;
    for (const row of block.rows) {
      row.forEach((v, i) => {
        const type = block.types[i] ?? "text";
        const cell = sheet.getCell(r, i + 1);
        cell.value = blockValue(v, type);
        const numFmt = BLOCK_FMT[type];
        cell.style = { border: THIN, alignment: { vertical: "top", wrapText: type === "text" }, ...(numFmt ? { numFmt } : {}) };
        measure(i + 1, String(v ?? ""));
      });
      r++;
    }
    const firstRow = r - block.rows.length;
    if (block.note) {
      sheet.getCell(r, 1).value = block.note;
      sheet.getCell(r, 1).style = { font: { italic: true } };
      r++;
    }
    const chart = blockChart(block, index);
    if (chart) {
      // exceljs rows are 1-based; the chart part's are 0-based.
      const size = chartSize(chart.kind, chart.categories.length, chart.series.length);
      charts.push({ xml: (sheetName) => chartPartXml(chart, { sheet: sheetName, firstRow: firstRow - 1 }), at: { row: r - 1, size }, name: chart.title });
      r += Math.ceil(size.height / ROW_POINTS) + 2;
    }
  });
  chartsOf(workbook).set(sheet, charts);
  widths.forEach((w, i) => {
    if (w) sheet.getColumn(i).width = w;
  });
  // Page setup: A4, fitted to the page width, rows tall enough for their wrapped text.
  fitRowHeights(sheet, Array.from({ length: r }, (_, i) => i + 1));
  setPrintLayout(sheet);
}
