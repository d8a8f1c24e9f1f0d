// Excel tables (ListObjects) inside an exceljs workbook: finding them by name on any sheet,
// and the bits of exceljs's internal table model we rely on. exceljs's public typings do not
// describe a loaded table (it has `tableRef`, not `ref`/`rows`), so the model is typed here.
import type { Workbook, Worksheet } from "exceljs";
import { formatRange, parseRange, type CellRange } from "./a1";

export interface ExcelTableColumn {
  name: string;
  filterButton?: boolean;
  customFilters?: unknown;
  totalsRowLabel?: string;
  totalsRowFunction?: string;
}

export interface ExcelTableStyle {
  theme?: string | null;
  showFirstColumn?: boolean;
  showLastColumn?: boolean;
  showRowStripes?: boolean;
  showColumnStripes?: boolean;
}

export interface ExcelTableModel {
  name: string;
  displayName?: string;
  /** Top-left cell; present on tables created through addTable. */
  ref?: string;
  /** The whole table, header and totals included. */
  tableRef: string;
  autoFilterRef?: string;
  headerRow: boolean;
  totalsRow: boolean;
  columns: ExcelTableColumn[];
  rows?: unknown[][];
  /** `<tableStyleInfo>`; null when the part has none (LibreOffice writes none). */
  style?: ExcelTableStyle | null;
}

interface ExcelTableHandle {
  model: ExcelTableModel;
}

export interface FoundTable {
  sheet: Worksheet;
  model: ExcelTableModel;
  range: CellRange;
}

export function sheetTables(sheet: Worksheet): ExcelTableHandle[] {
  const tables = (sheet as unknown as { tables?: Record<string, ExcelTableHandle> }).tables ?? {};
  return Object.values(tables);
}

/** Finds a table by name (case-insensitive, as Excel compares names) on any sheet. */
export function findTable(workbook: Workbook, name: string): FoundTable | null {
  const wanted = name.toLowerCase();
  for (const sheet of workbook.worksheets) {
    for (const t of sheetTables(sheet)) {
      if (String(t.model.name ?? "").toLowerCase() !== wanted) continue;
      const range = parseRange(t.model.tableRef ?? "");
      if (range) return { sheet, model: t.model, range };
    }
  }
  return null;
}

/**
 * Moves a table's range. exceljs writes `tableRef` and `autoFilterRef` as they are, so
 * they must always agree with the cells, or Excel repairs the file and drops the table.
 */
export function setTableRange(model: ExcelTableModel, range: CellRange): void {
  model.tableRef = formatRange(range);
  model.ref = formatRange({ ...range, bottom: range.top, right: range.left }).split(":")[0];
  const filterBottom = model.totalsRow ? range.bottom - 1 : range.bottom;
  model.autoFilterRef = formatRange({ ...range, bottom: filterBottom });
}

/** Every table name in the workbook, lower-cased (Excel needs them unique). */
export function tableNames(workbook: Workbook): Set<string> {
  const names = new Set<string>();
  for (const sheet of workbook.worksheets) for (const t of sheetTables(sheet)) names.add(String(t.model.name).toLowerCase());
  return names;
}
