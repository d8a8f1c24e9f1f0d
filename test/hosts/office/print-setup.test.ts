// How the свод prints when Excel itself made it: every table sheet and «Сводка» on A4, fitted
// to the page width, landscape where wide, the header row on each page. A host that refuses a
// setting, or has no ExcelApi 1.9, still gets its tables: printing never fails a command.
import assert from "node:assert/strict";
import { ADDRESSEES, DIRECTIVES, WORKBOOK_TABLES } from "../../../src/core/workbook/schema";
import { OfficeWorkbookPort, type ExcelRun } from "../../../src/hosts/office";
import { StandInHandle, type StandInOptions } from "../../support/excel-standin";
import { pageLayoutRules, printStateOf } from "../../support/excel-standin/page-layout";

function setup(options: StandInOptions = {}) {
  const h = new StandInHandle(options);
  return { h, port: new OfficeWorkbookPort(h.run as unknown as ExcelRun, (v) => h.supports(v)) };
}

const SUMMARY = {
  name: "Сводка 2024-Q4",
  title: "Ход исполнения",
  blocks: [{ title: "Поручения", headers: ["№", "Поручение", "Исполнено"], types: ["text", "text", "integer"] as ("text" | "integer")[], rows: [["1", "Обеспечить охват", 3]] }],
};

describe("OfficeWorkbookPort: printing", () => {
  afterEach(() => (pageLayoutRules.zeroPagesTallAccepted = true));

  it("sets every new table sheet to A4, one page wide, header row on each page; wide tables landscape", async () => {
    const { h, port } = setup();
    await port.ensureTables(WORKBOOK_TABLES);
    for (const t of WORKBOOK_TABLES) {
      const print = printStateOf(h.sheet(t.name));
      assert.equal(print.paperSize, "A4", t.name);
      assert.deepEqual(print.zoom, { horizontalFitToPages: 1, verticalFitToPages: 0 }, t.name);
      assert.equal(print.printTitleRows, "$1:$1", t.name);
      assert.equal(print.margins.left, 28.8, t.name);
    }
    // The same choice as the file host: «Поручения» is wide, «Адресаты» fits a portrait page.
    assert.equal(printStateOf(h.sheet(DIRECTIVES.name)).orientation, "Landscape");
    assert.equal(printStateOf(h.sheet(ADDRESSEES.name)).orientation, "Portrait");
  });

  it("sets up the summary sheet for A4 without repeated rows", async () => {
    const { h, port } = setup();
    await port.writeSheet(SUMMARY);
    const print = printStateOf(h.sheet(SUMMARY.name));
    assert.equal(print.paperSize, "A4");
    assert.deepEqual(print.zoom, { horizontalFitToPages: 1, verticalFitToPages: 0 });
    assert.equal(print.printTitleRows, null);
  });

  it("falls back to «one page wide» alone where Excel refuses an automatic page count", async () => {
    pageLayoutRules.zeroPagesTallAccepted = false;
    const { h, port } = setup();
    assert.deepEqual(await port.ensureTables([DIRECTIVES]), [DIRECTIVES.name]);
    const print = printStateOf(h.sheet(DIRECTIVES.name));
    assert.deepEqual(print.zoom, { horizontalFitToPages: 1 });
    assert.equal(print.paperSize, "A4");
    assert.equal(print.printTitleRows, "$1:$1");
  });

  it("still creates the tables and the summary when every print setting is refused", async () => {
    const { h, port } = setup();
    // Syncs 1–2 find and create; 3, 4 and 5 are the three print attempts.
    for (const n of [3, 4, 5]) h.failSync(n, "InvalidArgument");
    assert.deepEqual(await port.ensureTables([DIRECTIVES]), [DIRECTIVES.name]);
    assert.deepEqual(h.tableValues(DIRECTIVES.name).headers, DIRECTIVES.columns.map((c) => c.header));
    assert.equal(printStateOf(h.sheet(DIRECTIVES.name)).paperSize, "Letter");
  });

  it("leaves printing alone, with no extra round trip, in an Excel without ExcelApi 1.9", async () => {
    const { h, port } = setup({ maxExcelApi: "1.8" });
    await port.ensureTables([DIRECTIVES]);
    assert.equal(h.syncCount, 2);
    assert.equal(printStateOf(h.sheet(DIRECTIVES.name)).paperSize, "Letter");
  });

  it("adds one round trip to creating tables and none when they exist", async () => {
    const { h, port } = setup();
    await port.ensureTables(WORKBOOK_TABLES);
    assert.equal(h.syncCount, 3);
    h.resetCounters();
    await port.ensureTables(WORKBOOK_TABLES);
    assert.equal(h.syncCount, 1);
  });
});
