// Columns a свод made by an older version lacks, added by ensureTables at the end of its tables
// with the header, width, number format and wrapping a new table gives them (table-create.ts).
// Her own columns are never touched; what stands right of the table moves right.
import type { ColumnSchema } from "../../core/workbook/schema";
import { formatCell, formatColumn, formatHeaderCell } from "./cell-format";
import { setTableRange } from "./excel-tables";
import type { TableLayout } from "./table-layout";

function occupied(layout: TableLayout, count: number): boolean {
  const { sheet, range } = layout;
  for (let r = range.top; r <= range.bottom; r++) {
    const row = sheet.findRow(r);
    if (!row) continue;
    for (let c = range.right + 1; c <= range.right + count; c++) {
      const v = row.getCell(c).value;
      if (v !== null && v !== undefined && v !== "") return true;
    }
  }
  return false;
}

export function addColumns(layout: TableLayout, columns: ColumnSchema[]): void {
  if (!columns.length) return;
  const { sheet, model, range } = layout;
  // Her notes right of the table: whole sheet columns go in, as Excel inserts a column.
  if (occupied(layout, columns.length)) sheet.spliceColumns(range.right + 1, 0, ...columns.map(() => []));
  const filterButton = model.columns[model.columns.length - 1]?.filterButton ?? true;
  columns.forEach((col, k) => {
    const at = range.right + 1 + k;
    formatColumn(sheet.getColumn(at), col);
    if (model.headerRow) {
      const header = sheet.getCell(layout.headerRow, at);
      header.value = col.header;
      formatHeaderCell(header);
    }
    for (let r = layout.bodyTop; r <= layout.bodyBottom; r++) {
      const cell = sheet.getCell(r, at);
      cell.value = null;
      formatCell(cell, col);
    }
    model.columns.push({ name: col.header, filterButton });
  });
  setTableRange(model, { ...range, right: range.right + columns.length });
}
