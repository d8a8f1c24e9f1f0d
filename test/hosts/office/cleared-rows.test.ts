// Rows she cleared by hand in the middle of a table (select the cells, Delete): Excel keeps
// them as blank table rows. The Office host reads them as no row, as the file host does, and
// writes each row where the read found it; if the table grew or shrank between the read and
// the write, it refuses rather than write into the wrong rows.
import assert from "node:assert/strict";
import type { Row, TableWrite } from "../../../src/core/workbook/port";
import { DIRECTIVES } from "../../../src/core/workbook/schema";
import { OfficeWorkbookPort, type ExcelRun } from "../../../src/hosts/office";
import { planTableWrite } from "../../../src/hosts/office/table-writes";
import { StandInHandle } from "../../support/excel-standin";

const COLUMNS = ["key", "documentId", "n", "text"];
const directive = (n: number, text = `Провести проверку ${n}`): Row => ({ key: `Р/${n}`, documentId: "Р", n: String(n), text });
const write = (rows: Row[], changed: number[]): TableWrite => ({ table: DIRECTIVES, rows, columns: COLUMNS, changed });

async function svodWith(count: number) {
  const h = new StandInHandle();
  const port = new OfficeWorkbookPort(h.run as unknown as ExcelRun, (v) => h.supports(v));
  await port.ensureTables([DIRECTIVES]);
  const rows = Array.from({ length: count }, (_, i) => directive(i + 1));
  await port.writeTables([write(rows, [])]);
  return { h, port };
}

/** She clears every cell of body row `index` (0-based), as Delete on a selected table row does. */
function clearBodyRow(h: StandInHandle, index: number): void {
  const t = h.model.table(DIRECTIVES.name)!;
  for (let c = 0; c < t.width; c++) t.sheet.touch(t.top + 1 + index, t.left + c).value = "";
}

describe("OfficeWorkbookPort: rows she cleared by hand", () => {
  it("reads a cleared row as no row and writes the rows after it where they stand", async () => {
    const { h, port } = await svodWith(4);
    clearBodyRow(h, 1);
    const read = (await port.readTables([DIRECTIVES])).get(DIRECTIVES.name)!;
    assert.deepEqual(read.rows.map((r) => r.key), ["Р/1", "Р/3", "Р/4"]);
    // The second and third rows as read (body rows 3 and 4) change; a fifth directive is new.
    const rows = [read.rows[0], { ...read.rows[1], text: "Новый текст 3" }, { ...read.rows[2], text: "Новый текст 4" }, directive(5)];
    await port.writeTables([write(rows, [1, 2])]);
    const textHeader = DIRECTIVES.columns.find((c) => c.id === "text")!.header;
    assert.deepEqual(
      h.tableObjects(DIRECTIVES.name).map((o) => o[textHeader]),
      ["Провести проверку 1", "", "Новый текст 3", "Новый текст 4", "Провести проверку 5"],
      "the cleared row stays blank; nothing is written over it",
    );
  });

  it("refuses to write when the table grew after the read, and writes nothing", async () => {
    const { h, port } = await svodWith(3);
    clearBodyRow(h, 0);
    const read = (await port.readTables([DIRECTIVES])).get(DIRECTIVES.name)!;
    // Meanwhile she types a directive of her own under the table, which grows by a row.
    await h.run(async (c) => {
      c.workbook.tables.getItem(DIRECTIVES.name).rows.add(undefined, [DIRECTIVES.columns.map((col) => (col.id === "key" ? "Моё/1" : ""))]);
      await c.sync();
    });
    const before = JSON.stringify(h.tableObjects(DIRECTIVES.name));
    await assert.rejects(
      port.writeTables([write([{ ...read.rows[0], text: "Изменено" }, read.rows[1]], [0])]),
      (e: Error) => /Таблица «Поручения» изменилась, пока команда работала/.test(e.message),
    );
    assert.equal(JSON.stringify(h.tableObjects(DIRECTIVES.name)), before);
  });

  it("plans one range write per run of adjacent body rows, split where a cleared row lies between", () => {
    const positions = new Map(COLUMNS.map((id, i) => [id, i]));
    const layout = { headerRow: 0, firstColumn: 0, width: COLUMNS.length, existingRows: 3, rowAt: [0, 2, 3], blankPlaceholder: false, positions };
    const rows = [directive(1, "А"), directive(3, "В"), directive(4, "Г")];
    const ops = planTableWrite(write(rows, [0, 1, 2]), layout);
    assert.deepEqual(
      ops.map((o) => (o.kind === "set" ? [o.row, o.values.map((v) => v[3])] : ["append"])),
      [
        [1, ["А"]],
        [3, ["В", "Г"]],
      ],
    );
  });
});
