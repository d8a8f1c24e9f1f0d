// The school's file as a school on LibreOffice sends it back: filled in, saved by LibreOffice as
// .xlsx. The hidden marker (template version, organisation, period) must still be found and
// the file taken; the header shows «По состоянию на» and the target's direction.
import assert from "node:assert/strict";
import ExcelJS from "exceljs";
import { ingestReports } from "../../src/app/ingest-reports";
import { makeReportFiles, type ReportFile } from "../../src/app/report-templates";
import { MARKER_SHEET, readMarker, TEMPLATE_VERSION } from "../../src/core/ingest/marker";
import { DIRECTIVES, REPORTS, SETTINGS } from "../../src/core/workbook/schema";
import { readSpreadsheet } from "../../src/formats/ingest/read-spreadsheet";
import { HEADER_ROW, REPORT_SHEET, TEMPLATE_COLUMNS } from "../../src/formats/report-template";
import { convertWithLibreOffice } from "../support/libreoffice";
import { districtPort, NOW, PERIOD } from "../support/report-files/district";

const col = (field: string) => TEMPLATE_COLUMNS.findIndex((c) => c.field === field) + 1;

/** The district with «По состоянию на» set and directive 1 a ceiling («Меньше — лучше» = да). */
function port() {
  const p = districtPort();
  p.tables.get(SETTINGS.name)!.push({ name: "По состоянию на (дата отчёта)", value: "31.03.2024", hint: "" });
  const d1 = p.tables.get(DIRECTIVES.name)![0];
  Object.assign(d1, { lowerIsBetter: "да", targetValue: 2 });
  return p;
}

/** ОО-01 fills every row: status, date, what was done. */
async function fill(file: ReportFile): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(REPORT_SHEET)!;
  for (let r = HEADER_ROW + 1; ws.getCell(r, col("key")).value; r++) {
    ws.getCell(r, col("status")).value = "выполнено";
    ws.getCell(r, col("doneDate")).value = new Date(Date.UTC(2024, 2, 20));
    ws.getCell(r, col("whatDone")).value = `Сделано по строке ${r}`;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("report files and LibreOffice", function () {
  this.timeout(60_000);
  let files: ReportFile[];
  let fromLibreOffice: Uint8Array;
  const district = port();

  before(async () => {
    files = (await makeReportFiles(district, PERIOD, NOW)).files;
    const oo1 = files.find((f) => f.orgCode === "ОО-01")!;
    fromLibreOffice = convertWithLibreOffice([{ name: oo1.fileName, bytes: await fill(oo1) }], "xlsx").get(oo1.fileName)!;
  });

  it("the header's «Дата отчёта» is «По состоянию на», and a ceiling target reads «не более»", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(files.find((f) => f.orgCode === "ОО-01")!.bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(REPORT_SHEET)!;
    assert.equal(ws.getCell("A5").value, "Дата отчёта:");
    assert.equal(ws.getCell("C5").value, "31.03.2024");
    assert.equal(ws.getCell(HEADER_ROW + 1, col("target")).value, "не более 2 %");
  });

  it("the marker is still found after LibreOffice saved the file", () => {
    const grid = readSpreadsheet(fromLibreOffice, "Отчёт_ОО-01_2024-Q1.xlsx");
    assert.ok(grid.sheets.some((s) => s.name === MARKER_SHEET), "the marker sheet is in the file");
    assert.deepEqual(readMarker(grid), { version: TEMPLATE_VERSION, orgCode: "ОО-01", period: PERIOD });
  });

  it("the file LibreOffice saved is taken whole, and the rows reach «Отчёты»", async () => {
    const result = await ingestReports(district, [{ name: "Отчёт_ОО-01_2024-Q1.xlsx", bytes: fromLibreOffice }], "2024-04-06T10:00");
    const f = result.files[0];
    assert.equal(f.outcome, "accepted", f.reasons.join("; "));
    assert.equal(f.rowsAccepted, 3);
    const rows = district.tables.get(REPORTS.name)!;
    assert.deepEqual(rows.map((r) => [r.directiveKey, r.orgCode, r.period, r.status, r.doneDate]).sort(), [
      ["Р-1/1", "ОО-01", PERIOD, "выполнено", "2024-03-20"],
      ["Р-1/2", "ОО-01", PERIOD, "выполнено", "2024-03-20"],
      ["Р-1/3", "ОО-01", PERIOD, "выполнено", "2024-03-20"],
    ]);
  });
});
