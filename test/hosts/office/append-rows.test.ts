// appendRows on the Office host: rows.add below the body after one probe of the header row and
// body size, so what it reads does not grow with the table (a «Журнал» of years).
import assert from "node:assert/strict";
import type { Row } from "../../../src/core/workbook/port";
import { JOURNAL } from "../../../src/core/workbook/schema";
import { OfficeWorkbookPort, type ExcelRun } from "../../../src/hosts/office";
import { StandInHandle } from "../../support/excel-standin";

const line = (i: number, details = `Строка журнала № ${i}: добавлено 3, изменено 1`): Row => ({
  at: "2024-09-02T10:05",
  action: "Импорт документа",
  source: "резолюция.txt",
  added: i,
  updated: 0,
  refused: 0,
  details,
});

async function journalOf(lines: number) {
  const h = new StandInHandle();
  const port = new OfficeWorkbookPort(h.run as unknown as ExcelRun, (v) => h.supports(v));
  await port.ensureTables([JOURNAL]);
  if (lines) await port.appendRows(JOURNAL, Array.from({ length: lines }, (_, i) => line(i + 1)));
  h.resetCounters();
  return { h, port };
}

const bytesRead = (h: StandInHandle) => h.syncResponseBytes.reduce((a, b) => a + b, 0);

describe("OfficeWorkbookPort.appendRows (stand-in)", () => {
  it("adds the line below 3,000 others in two syncs, reading as much as below one", async () => {
    const empty = await journalOf(1);
    await empty.port.appendRows(JOURNAL, [line(2)]);
    const long = await journalOf(3000);
    await long.port.appendRows(JOURNAL, [line(3001)]);

    assert.equal(empty.h.syncCount, 2);
    assert.equal(long.h.syncCount, 2);
    const [small, large] = [bytesRead(empty.h), bytesRead(long.h)];
    assert.ok(small > 0, "the header row is read");
    assert.ok(large < small + 400 && large < 3000, `${large} bytes read with 3,000 lines against ${small} with one`);

    const rows = long.h.tableObjects("Журнал");
    assert.equal(rows.length, 3001);
    assert.equal(rows[3000]["Добавлено"], 3001);
    assert.equal(long.h.tableValues("Журнал").address, "Журнал!A1:G3002", "the table grew by the line");
  });

  it("fills the blank row of a journal just created (one more sync: the cells it overwrites are kept to restore)", async () => {
    const { h, port } = await journalOf(0);
    await port.appendRows(JOURNAL, [line(1)]);
    assert.equal(h.syncCount, 3);
    assert.deepEqual(h.tableObjects("Журнал").map((r) => r["Добавлено"]), [1]);
    assert.equal(h.tableValues("Журнал").address, "Журнал!A1:G2");
  });

  it("types the line as Excel would show it: a date-time under the date format, text that starts with «=» as text", async () => {
    const { h, port } = await journalOf(2);
    await port.appendRows(JOURNAL, [line(3, "=СУММ(A1:A3) из файла школы")]);
    const sheet = h.sheet("Журнал");
    assert.equal(sheet.value(3, 0), 45537.42013888889);
    assert.equal(sheet.numberFormat(3, 0), "dd.mm.yyyy hh:mm");
    assert.equal(sheet.value(3, 6), "=СУММ(A1:A3) из файла школы");
    assert.equal(sheet.cell(3, 6)?.formula, undefined, "no formula");
  });
});
