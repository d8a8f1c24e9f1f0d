// Opening files that are not a свод: each gets a Russian sentence, never a library's English.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { DIRECTIVES } from "../../../src/core/workbook/schema";
import { planUpsert } from "../../../src/core/workbook/upsert";
import { FileWorkbookPort, WorkbookFileError } from "../../../src/hosts/file";

const CORPUS = join(__dirname, "../../../../shared/xlsx-corpus/files");

async function openError(bytes: Uint8Array): Promise<string> {
  try {
    await FileWorkbookPort.open(bytes);
  } catch (e) {
    assert.ok(e instanceof WorkbookFileError, `expected WorkbookFileError, got ${String(e)}`);
    return e.message;
  }
  assert.fail("the file was accepted");
}

const CYRILLIC_SENTENCE = /^[А-ЯЁ][^a-z]*[а-яё][^]*\.$/;

describe("FileWorkbookPort.open on files that are not a свод", () => {
  const cases: [string, RegExp][] = [
    ["synthetic/empty-0-bytes.xlsx", /пуст/],
    ["synthetic/random-bytes.xlsx", /не похож на книгу Excel/],
    ["synthetic/html-table-renamed.xls", /не похож на книгу Excel/],
    ["synthetic/truncated-zip.xlsx", /повреждён/],
    ["synthetic/workbook-without-sheets.xlsx", /ни одного листа/],
    ["apache-poi/1904DateWindowing.xls", /старом формате/],
    ["sheetjs-test_files/password_2002_40_xor.xls", /старом формате/],
    ["sheetjs-test_files/xlsx-stream-d-date-cell.xlsb", /не похож на книгу Excel|ни одного листа/],
    ["synthetic/zipbomb-sharedstring-300MiB.xlsx", /слишком большой/],
  ];
  for (const [file, expected] of cases) {
    it(`refuses ${file} in Russian`, async function () {
      const path = join(CORPUS, file);
      if (!existsSync(path)) this.skip();
      const message = await openError(new Uint8Array(readFileSync(path)));
      assert.match(message, expected);
      assert.match(message, CYRILLIC_SENTENCE);
    });
  }

  it("opens an ordinary workbook made elsewhere", async function () {
    const path = join(CORPUS, "synthetic/control-minimal.xlsx");
    if (!existsSync(path)) this.skip();
    const port = await FileWorkbookPort.open(readFileSync(path));
    assert.equal(port.workbook.worksheets[0].getCell("A1").value, "Школа");
  });
});

describe("FileWorkbookPort.open on tables as Excel writes them", () => {
  /** A свод with two directives, its table part rewritten the way Excel saves a filtered table. */
  async function excelStyleFile(): Promise<Uint8Array> {
    const port = FileWorkbookPort.create();
    await port.ensureTables([DIRECTIVES]);
    const plan = planUpsert(DIRECTIVES, [], [
      { key: "Р/1", n: "1", controlDate: "2024-10-01" },
      { key: "Р/2", n: "2", controlDate: "2024-12-31" },
    ]);
    await port.writeTables([plan.write]);
    const files = unzipSync(await port.save());
    const path = Object.keys(files).find((p) => p.startsWith("xl/tables/"))!;
    const xml = strFromU8(files[path])
      .replace(/ headerRowCount="1"/, "")
      .replace(/<autoFilter[^]*?<\/autoFilter>/, '<autoFilter ref="A1:T3"><filterColumn colId="9"><top10 val="1"/></filterColumn></autoFilter>');
    files[path] = strToU8(xml);
    return zipSync(files);
  }

  it("reads the header row Excel leaves implicit and loads tables with active filters", async () => {
    const port = await FileWorkbookPort.open(await excelStyleFile());
    const data = (await port.readTables([DIRECTIVES])).get(DIRECTIVES.name)!;
    assert.deepEqual(
      data.rows.map((r) => [r.key, r.controlDate]),
      [
        ["Р/1", "2024-10-01"],
        ["Р/2", "2024-12-31"],
      ],
    );
    const saved = unzipSync(await port.save(), { filter: (f) => /^xl\/tables\/.+\.xml$/.test(f.name) });
    const xml = strFromU8(Object.values(saved)[0]);
    assert.match(xml, /headerRowCount="1"/, "the header row stays a header row");
    assert.doesNotMatch(xml, /hiddenButton="1"/, "filter buttons stay visible");
    assert.doesNotMatch(xml, /top10/);
  });
});
