// Where a schema table's data sits on the sheet: which sheet column holds which schema
// column (matched by header text, so users may reorder columns or add their own), and which
// body rows hold data. Entirely blank body rows are skipped: Excel keeps one blank row in an
// empty table, and users leave blank rows behind when they clear cells.
import type { Worksheet } from "exceljs";
import { mapColumns, type ColumnMap } from "../../core/workbook/shape";
import type { TableSchema } from "../../core/workbook/schema";
import type { CellRange } from "./a1";
import type { ExcelTableModel, FoundTable } from "./excel-tables";

export interface TableLayout {
  sheet: Worksheet;
  model: ExcelTableModel;
  range: CellRange;
  headerRow: number;
  /** First and last body row (bodyBottom < bodyTop when the table has no body row). */
  bodyTop: number;
  bodyBottom: number;
  /** Schema column id → sheet column number. */
  columns: Map<string, number>;
  /** Schema column ids whose header is not in the table. */
  missing: string[];
  /** How the schema's columns were found (key columns with a renamed header by their place). */
  map: ColumnMap;
  /** Sheet row numbers of body rows holding any value, in sheet order. */
  dataRows: number[];
}

/** Header text as compared: case, spacing and ё/е do not matter. */

function cellText(sheet: Worksheet, row: number, col: number): string {
  const v = sheet.getCell(row, col).value;
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && !(v instanceof Date) && "richText" in v) return v.richText.map((r) => r.text).join("");
  return String(v);
}

export function isBlank(sheet: Worksheet, row: number, left: number, right: number): boolean {
  const r = sheet.findRow(row);
  if (!r) return true;
  for (let c = left; c <= right; c++) {
    const v = r.getCell(c).value;
    if (v !== null && v !== undefined && v !== "") return false;
  }
  return true;
}

export function tableLayout(found: FoundTable, schema: TableSchema): TableLayout {
  const { sheet, model, range } = found;
  const headerRow = model.headerRow ? range.top : range.top - 1;
  const headers: string[] = [];
  for (let c = range.left; c <= range.right; c++) {
    headers.push(model.headerRow ? cellText(sheet, headerRow, c) : (model.columns[c - range.left]?.name ?? ""));
  }
  const map = mapColumns(schema, headers);
  const columns = new Map([...map.positions].map(([id, i]) => [id, range.left + i]));
  const missing = map.missing;
  const bodyTop = headerRow + 1;
  const bodyBottom = model.totalsRow ? range.bottom - 1 : range.bottom;
  const dataRows: number[] = [];
  for (let r = bodyTop; r <= bodyBottom; r++) if (!isBlank(sheet, r, range.left, range.right)) dataRows.push(r);
  return { sheet, model, range, headerRow, bodyTop, bodyBottom, columns, missing, map, dataRows };
}
