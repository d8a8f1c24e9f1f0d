// A свод an older version made, opened in Excel: ensureTables adds the columns it lacks in the
// syncs it takes to create a table, and no more than one sync when nothing is missing.
import assert from "node:assert/strict";
import { CONTROL, DOCUMENTS, REPORTS, WORKBOOK_TABLES } from "../../../src/core/workbook/schema";
import { OfficeWorkbookPort, type ExcelRun } from "../../../src/hosts/office";
import { widthInPoints } from "../../../src/hosts/office/layout";
import { StandInHandle } from "../../support/excel-standin";
import { buildOldSvod, NEWER_COLUMNS, OLD_ROWS } from "../old-svod";

async function oldSvod() {
  const h = new StandInHandle();
  const port = new OfficeWorkbookPort(h.run as unknown as ExcelRun, (v) => h.supports(v));
  await buildOldSvod(port);
  h.resetCounters();
  return { h, port };
}

describe("OfficeWorkbookPort: a свод made by an older version (stand-in)", () => {
  it("adds the missing columns at the end, formatted as in a new table, in two syncs; the rows stay", async () => {
    const { h, port } = await oldSvod();
    assert.deepEqual(await port.ensureTables([CONTROL, REPORTS, DOCUMENTS]), []);
    assert.equal(h.syncCount, 2, "one to look, one to add");

    for (const table of [CONTROL, REPORTS, DOCUMENTS]) {
      assert.deepEqual(h.tableValues(table.name).headers.slice(-NEWER_COLUMNS[table.name].length), NEWER_COLUMNS[table.name].map((id) => table.columns.find((c) => c.id === id)!.header));
    }
    const sheet = h.sheet("Контроль");
    const width = h.tableValues("Контроль").headers.length;
    const numerator = width - 2;
    assert.equal(sheet.cell(0, numerator)?.bold, true, "a bold header");
    assert.equal(sheet.columnWidths.get(numerator), widthInPoints(CONTROL.columns.find((c) => c.id === "numerator")!.width));
    assert.equal(sheet.numberFormat(1, width - 4), "@", "«Отчёт за период» is a text column");

    const read = await port.readTables([CONTROL, REPORTS, DOCUMENTS]);
    for (const table of [CONTROL, REPORTS, DOCUMENTS]) {
      const data = read.get(table.name)!;
      assert.deepEqual(data.missingColumns, []);
      for (const [id, value] of Object.entries(OLD_ROWS[table.name])) assert.deepEqual(data.rows[0][id], value, `${table.name}.${id}`);
      for (const id of NEWER_COLUMNS[table.name]) assert.equal(data.rows[0][id], null);
    }
  });

  it("takes one sync, as before, when no table and no column is missing", async () => {
    const { h, port } = await oldSvod();
    await port.ensureTables(WORKBOOK_TABLES);
    h.resetCounters();
    assert.deepEqual(await port.ensureTables(WORKBOOK_TABLES), []);
    assert.equal(h.syncCount, 1);
  });
});
