// A свод an older version saved: opened, given the columns it lacks, saved, and opened again.
import assert from "node:assert/strict";
import ExcelJS from "exceljs";
import { CONTROL, DOCUMENTS, REPORTS } from "../../../src/core/workbook/schema";
import { FileWorkbookPort } from "../../../src/hosts/file";
import { findTable } from "../../../src/hosts/file/excel-tables";
import { buildOldSvod, NEWER_COLUMNS, OLD_ROWS, OLD_TABLES } from "../old-svod";

describe("FileWorkbookPort: a свод made by an older version", () => {
  it("gets the missing columns at the end of its tables, keeps its rows, and the saved file opens again", async () => {
    const old = FileWorkbookPort.create();
    await buildOldSvod(old);
    const port = await FileWorkbookPort.open(await old.save());

    assert.deepEqual(await port.ensureTables([CONTROL, REPORTS, DOCUMENTS]), []);
    const saved = await port.save();

    // exceljs on its own reads the tables with their new columns, headers and range in agreement.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(saved as unknown as ExcelJS.Buffer);
    for (const table of [CONTROL, REPORTS, DOCUMENTS]) {
      const t = findTable(book, table.name)!;
      const oldWidth = OLD_TABLES.find((o) => o.name === table.name)!.columns.length;
      const headers = Array.from({ length: t.range.right - t.range.left + 1 }, (_, k) => t.sheet.getCell(t.range.top, t.range.left + k).value);
      const added = NEWER_COLUMNS[table.name].map((id) => table.columns.find((c) => c.id === id)!.header);
      assert.deepEqual(headers.slice(oldWidth), added, table.name);
      assert.equal(t.range.right - t.range.left + 1, oldWidth + added.length);
    }

    const again = await FileWorkbookPort.open(saved);
    const read = await again.readTables([CONTROL, REPORTS, DOCUMENTS]);
    for (const table of [CONTROL, REPORTS, DOCUMENTS]) {
      const data = read.get(table.name)!;
      assert.deepEqual(data.missingColumns, [], table.name);
      const [row] = data.rows;
      for (const [id, value] of Object.entries(OLD_ROWS[table.name])) assert.deepEqual(row[id], value, `${table.name}.${id}`);
      for (const id of NEWER_COLUMNS[table.name]) assert.equal(row[id], null, `${table.name}.${id} is blank`);
    }
    // «Числитель» is formatted as a number column of a new table: its sheet column has the schema's width.
    const control = findTable(again.workbook, CONTROL.name)!;
    const numerator = control.range.right - 1;
    assert.equal(control.sheet.getColumn(numerator).width, CONTROL.columns.find((c) => c.id === "numerator")!.width);
    assert.equal(control.sheet.getCell(control.range.top, numerator).font?.bold, true);
  });
});
