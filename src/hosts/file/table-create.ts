// Creates one table of the свод on a sheet of its own: Russian headers, filter buttons,
// column formats and widths, a bold frozen header row. Excel does not accept a table
// without a body row, so a new table has one blank row (read as no rows).
import type { Workbook, Worksheet } from "exceljs";
import { WORKBOOK_TABLES, type TableSchema } from "../../core/workbook/schema";
import type { ExcelTableStyle } from "./excel-tables";
import { formatCell, formatColumn, formatHeaderCell } from "./cell-format";
import { fitRowHeights, setPrintLayout } from "../../formats/sheet-print";

export const TABLE_STYLE = "TableStyleMedium2";

const SVOD_TABLES = new Set(WORKBOOK_TABLES.map((t) => t.name.toLowerCase()));

/**
 * The style for a table part that has none (LibreOffice drops it on saving): the свод's own
 * tables get back the style Сводка made them with; any other table stays unstyled, as the file says.
 */
export function missingTableStyle(tableName: string): ExcelTableStyle {
  const ours = SVOD_TABLES.has(String(tableName).toLowerCase());
  return { theme: ours ? TABLE_STYLE : null, showFirstColumn: false, showLastColumn: false, showRowStripes: ours, showColumnStripes: false };
}

/** Characters Excel does not allow in sheet names, and its length limit. */
const SHEET_NAME_FORBIDDEN = /[\\/?*[\]:]/g;
const SHEET_NAME_MAX = 31;

export function sheetNameFree(workbook: Workbook, name: string): boolean {
  const lower = name.toLowerCase();
  return !workbook.worksheets.some((s) => s.name.toLowerCase() === lower);
}

/** `name`, or `name (2)`, `name (3)`… when a sheet of that name already exists. */
export function uniqueSheetName(workbook: Workbook, wanted: string): string {
  const base = wanted.replace(SHEET_NAME_FORBIDDEN, " ").trim().slice(0, SHEET_NAME_MAX) || "Лист";
  if (sheetNameFree(workbook, base)) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
    if (sheetNameFree(workbook, name)) return name;
  }
}

export function createTable(workbook: Workbook, schema: TableSchema): Worksheet {
  const sheet = workbook.addWorksheet(uniqueSheetName(workbook, schema.name), {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }],
  });
  schema.columns.forEach((col, i) => formatColumn(sheet.getColumn(i + 1), col));
  sheet.addTable({
    name: schema.name,
    displayName: schema.name,
    ref: "A1",
    headerRow: true,
    totalsRow: false,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns: schema.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: [schema.columns.map(() => null)],
  });
  schema.columns.forEach((col, i) => {
    formatHeaderCell(sheet.getCell(1, i + 1));
    formatCell(sheet.getCell(2, i + 1), col);
  });
  printLikeTable(sheet);
  return sheet;
}

/** A4, fitted to the page width, the header row on every page. */
export function printLikeTable(sheet: Worksheet): void {
  fitRowHeights(sheet, [1]);
  setPrintLayout(sheet, { titleRows: [1, 1] });
}
