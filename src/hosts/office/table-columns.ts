// Columns a свод made by an older version lacks («Отчёт за период» in «Контроль», a print
// column…), added by ensureTables at the end of its tables with the header, width, number
// format, wrapping and mark colours a new table gives them. Her own columns are never touched.
import { columnsToAdd } from "../../core/workbook/port";
import type { ColumnSchema, Highlight, TableSchema } from "../../core/workbook/schema";
import { mapColumns } from "../../core/workbook/shape";
import { numberFormatFor, widthInPoints } from "./layout";

/** The schema columns a table lacks that ensureTables adds, from the names of its columns. */
export function columnsMissingFrom(schema: TableSchema, names: string[]): ColumnSchema[] {
  return columnsToAdd(schema, mapColumns(schema, names).missing);
}

/** Queues a colour by mark on a body range (ExcelApi 1.6). */
export function queueHighlight(body: Excel.Range, h: Highlight): void {
  const cf = body.conditionalFormats.add("CellValue");
  cf.cellValue.format.fill.color = h.fill;
  if (h.font) cf.cellValue.format.font.color = h.font;
  cf.cellValue.rule = { formula1: `="${h.equals.replace(/"/g, '""')}"`, operator: "EqualTo" };
}

/** Queues the columns at the end of the table (table.columns.add with a name: ExcelApi 1.4), formatted. */
export function queueAddColumns(table: Excel.Table, schema: TableSchema, columns: ColumnSchema[], headerShown: boolean, highlights: boolean): void {
  for (const c of columns) {
    const column = table.columns.add(undefined, undefined, c.header);
    const body = column.getDataBodyRange();
    // One value sets every cell of the range, however many rows the table has.
    body.numberFormat = numberFormatFor(c.type) as unknown as string[][];
    body.format.verticalAlignment = "Top";
    body.format.wrapText = c.type === "longtext";
    column.getRange().format.columnWidth = widthInPoints(c.width);
    if (headerShown) {
      const header = column.getHeaderRowRange();
      header.format.font.bold = true;
      header.format.wrapText = true;
      header.format.verticalAlignment = "Center";
    }
    if (highlights) for (const h of schema.highlights ?? []) if (h.column === c.id) queueHighlight(body, h);
  }
}
