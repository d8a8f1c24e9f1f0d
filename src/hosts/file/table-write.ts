// Applies one TableWrite to a table on the sheet. Existing rows (indexes as read: the
// table's non-blank body rows) get the written columns of `changed` rows; new rows fill the
// blank rows at the end of the table, then extend it downwards. The table's range is
// rebuilt afterwards so that the saved file opens in Excel without repair.
import type { TableWrite } from "../../core/workbook/port";
import { columnOf } from "../../core/workbook/schema";
import { formatCell } from "./cell-format";
import { toExcel } from "./cell-values";
import { setTableRange } from "./excel-tables";
import { isBlank, type TableLayout } from "./table-layout";
import { fitRowHeights } from "../../formats/sheet-print";

/** Makes room for `count` more body rows below the table; returns the new last body row. */
function growTable(layout: TableLayout, count: number): number {
  const { sheet, range, model } = layout;
  const from = layout.bodyBottom + 1;
  const to = layout.bodyBottom + count;
  const totals = model.totalsRow ? sheet.getRow(range.bottom) : null;
  let occupied = false;
  for (let r = model.totalsRow ? range.bottom + 1 : from; r <= to + (model.totalsRow ? 1 : 0) && !occupied; r++)
    occupied = !isBlank(sheet, r, range.left, range.right);
  if (totals || occupied) {
    // Something sits below the table (its totals row or the user's notes): insert sheet rows.
    sheet.spliceRows(from, 0, ...Array.from({ length: count }, () => []));
  }
  setTableRange(model, { ...range, bottom: range.bottom + count });
  return to;
}

export function writeTable(layout: TableLayout, write: TableWrite, date1904: boolean): void {
  const { sheet, dataRows } = layout;
  const columns = write.columns
    .filter((id) => layout.columns.has(id))
    .map((id) => ({ schema: columnOf(write.table, id), at: layout.columns.get(id)! }));
  const putRow = (sheetRow: number, rowIndex: number) => {
    const row = write.rows[rowIndex];
    for (const c of columns) {
      const cell = sheet.getCell(sheetRow, c.at);
      cell.value = toExcel(row[c.schema.id], c.schema.type, date1904);
      formatCell(cell, c.schema);
    }
    // Long texts wrap: the row must be tall enough, or LibreOffice and print draw them over the next rows.
    fitRowHeights(sheet, [sheetRow]);
  };

  for (const i of write.changed) if (i < dataRows.length && write.rows[i]) putRow(dataRows[i], i);

  const existing = dataRows.length;
  const fresh = write.rows.length - existing;
  if (fresh <= 0) return;
  const lastData = existing ? dataRows[existing - 1] : layout.bodyTop - 1;
  const spare = Math.max(0, layout.bodyBottom - lastData);
  let bottom = layout.bodyBottom;
  if (fresh > spare) bottom = growTable(layout, fresh - spare);
  const otherColumns = write.table.columns.filter((c) => layout.columns.has(c.id) && !write.columns.includes(c.id));
  for (let k = 0; k < fresh; k++) {
    const sheetRow = lastData + 1 + k;
    putRow(sheetRow, existing + k);
    for (const c of otherColumns) {
      const cell = sheet.getCell(sheetRow, layout.columns.get(c.id)!);
      cell.value = null;
      formatCell(cell, c);
    }
    layout.dataRows.push(sheetRow);
  }
  layout.bodyBottom = bottom;
}
