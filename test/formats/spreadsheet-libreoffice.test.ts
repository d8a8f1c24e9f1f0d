// School reports that went through LibreOffice: the project's own template, filled in, then
// saved by LibreOffice as .ods and as .xls (two soffice runs in `before`, each a batch). Each
// copy must put exactly the same rows into «Отчёты» as the .xlsx the school filled, with the
// same messages.
import assert from "node:assert/strict";
import { ingestReports, type FileResult } from "../../src/app/ingest-reports";
import type { Row } from "../../src/core/workbook/port";
import { REPORTS } from "../../src/core/workbook/schema";
import { readSpreadsheet } from "../../src/formats/ingest/read-spreadsheet";
import { convertWithLibreOffice } from "../support/libreoffice";
import type { Grid } from "../../src/core/ingest/grid";
import { HEADER_ROW, REPORT_SHEET } from "../../src/formats/report-template";
import { colOf, filledReport } from "../support/report-files/altered";
import { districtPort, NOW } from "../support/report-files/district";

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
// 6,000 characters: in an .xls the shared string spills over several CONTINUE records
const LONG = Array.from({ length: 300 }, (_, i) => `Мероприятие ${String(i + 1).padStart(3, "0")}; `).join("").slice(0, 6000).trimEnd();

async function schoolFiles(): Promise<{ name: string; bytes: Uint8Array }[]> {
  return [
    {
      name: "Отчёт_ОО-01_2024-Q1.xlsx",
      bytes: await filledReport("ОО-01", [
        { status: "выполнено", actual: 80, doneDate: day(2024, 2, 20), whatDone: "Открыты 3 кружка:\nробототехника, шахматы «Ладья»", evidence: "https://school1.example/news" },
        { status: "выполняется", numerator: 45, denominator: 60, whatDone: "Собрания  проведены в 5–9 классах" },
        { status: "не выполнено", doneDate: "15.03.2024", whatDone: LONG },
      ]),
    },
    {
      name: "Отчёт_ОО-02_2024-Q1.xlsx",
      // «Выполнено» typed once into a status cell merged over both directive rows
      bytes: await filledReport(
        "ОО-02",
        [
          { status: "Выполнено", actual: 75.5, doneDate: day(2024, 3, 15), whatDone: "Охват 75,5 %" },
          { actual: "нет данных", whatDone: "" },
        ],
        { alter: (ws) => ws.mergeCells(HEADER_ROW + 1, colOf("status"), HEADER_ROW + 2, colOf("status")) },
      ),
    },
  ];
}

/** What reaches «Отчёты», without the file name (it differs by extension). */
function reportRows(rows: Row[]): Row[] {
  return rows.map(({ sourceFile: _sourceFile, ...rest }) => rest);
}

/** What she reads about each file, without the file name. */
function messages(files: FileResult[]) {
  return files.map(({ file: _file, ...rest }) => rest);
}

describe("school reports saved by LibreOffice as .ods and .xls", function () {
  this.timeout(120_000);
  let xlsx: { name: string; bytes: Uint8Array }[];
  const copies = new Map<string, { name: string; bytes: Uint8Array }[]>();

  before(async () => {
    xlsx = await schoolFiles();
    for (const to of ["ods", "xls"]) {
      const out = convertWithLibreOffice(xlsx, to);
      copies.set(
        to,
        xlsx.map((f) => ({ name: f.name.replace(/\.xlsx$/, `.${to}`), bytes: out.get(f.name)! })),
      );
    }
  });

  for (const to of ["ods", "xls"]) {
    it(`the .${to} copies give the same rows in «Отчёты» and the same messages as the .xlsx`, async () => {
      const fromXlsx = districtPort();
      const a = await ingestReports(fromXlsx, xlsx, NOW);
      const fromCopy = districtPort();
      const b = await ingestReports(fromCopy, copies.get(to)!, NOW);
      // the .xlsx itself is read as the school filled it
      const rows = fromXlsx.tables.get(REPORTS.name)!;
      const first = rows.find((r) => r.orgCode === "ОО-01" && r.directiveKey === "Р-1/1")!;
      assert.equal(first.doneDate, "2024-02-20");
      assert.equal(first.whatDone, "Открыты 3 кружка:\nробототехника, шахматы «Ладья»");
      assert.ok(rows.find((r) => r.orgCode === "ОО-01" && r.directiveKey === "Р-1/3")?.whatDone === LONG, "the long «Что сделано» is kept whole");
      assert.ok(rows.length >= 4, `rows in «Отчёты»: ${rows.length}`);
      assert.match(a.files[1].reasons.join("\n"), /ячейка H10, колонка «Фактическое значение»: «нет данных» — не число/);
      assert.deepEqual(b.files.map((f) => f.file), copies.get(to)!.map((f) => f.name));
      assert.deepEqual(messages(b.files), messages(a.files));
      assert.deepEqual(reportRows(fromCopy.tables.get(REPORTS.name)!), reportRows(rows));
      assert.deepEqual([b.added, b.updated], [a.added, a.updated]);
    });
  }

  it("the .ods and .xls copies keep the sheets, which are hidden, and the merged ranges", () => {
    const mergesOf = (g: Grid) => g.sheets.map((s) => s.merges.map((m) => `${m.top}:${m.left}-${m.bottom}:${m.right}`).sort().join(" "));
    for (const [i, file] of xlsx.entries()) {
      const original = readSpreadsheet(file.bytes, file.name);
      for (const to of ["ods", "xls"]) {
        const copy = copies.get(to)![i];
        const grid = readSpreadsheet(copy.bytes, copy.name);
        assert.equal(grid.format, to);
        assert.deepEqual(
          grid.sheets.map((s) => [s.name, s.state === "visible"]),
          original.sheets.map((s) => [s.name, s.state === "visible"]),
        );
        assert.deepEqual(mergesOf(grid), mergesOf(original), `${copy.name}: merged ranges`);
      }
    }
    const report = readSpreadsheet(copies.get("xls")![1].bytes, "x.xls").sheets.find((s) => s.name === REPORT_SHEET)!;
    assert.ok(report.merges.some((m) => m.top === HEADER_ROW && m.bottom === HEADER_ROW + 1 && m.left === colOf("status") - 1));
  });
});
