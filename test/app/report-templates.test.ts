import assert from "node:assert/strict";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { makeReportFiles } from "../../src/app/report-templates";
import { MARKER_SHEET } from "../../src/core/ingest/marker";
import { districtPort, NOW } from "../support/report-files/district";

describe("makeReportFiles", () => {
  it("makes one locked, marked file per addressed organisation and a zip of all", async () => {
    const out = await makeReportFiles(districtPort(), "2024-Q1", NOW);
    assert.deepEqual(out.files.map((f) => f.orgCode).sort(), ["ИМЦ", "ОО-01", "ОО-02"]);
    const zip = await JSZip.loadAsync(out.zip);
    assert.equal(Object.keys(zip.files).length, 3);

    const f = out.files.find((x) => x.orgCode === "ОО-01")!;
    assert.equal(f.fileName, "Отчёт_ОО-01_2024-Q1.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(f.bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Отчёт")!;
    assert.equal(ws.getCell("C4").value, "I квартал 2024 г.");
    assert.equal(ws.getCell("C5").value, "05.04.2024");
    // Directives on control addressed to ОО-01: 1, 2, 3 (4 is off control, 5 is for ИМЦ).
    assert.deepEqual([9, 10, 11].map((r) => ws.getCell(r, 1).value), ["Р-1/1", "Р-1/2", "Р-1/3"]);
    assert.equal(ws.getCell(12, 1).value, null);
    assert.equal(ws.getCell(9, 6).value, "75 %");
    assert.equal((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet, true, "the sheet is protected");
    assert.notEqual(ws.getCell(9, 1).protection?.locked, false, "registry cells stay locked");
    assert.equal(ws.getCell(9, 7).protection?.locked, false);
    assert.deepEqual(ws.getCell(9, 7).dataValidation?.formulae, ['"выполнено,выполняется,не выполнено"']);
    assert.equal(ws.getCell(9, 11).dataValidation?.type, "date");
    const marker = wb.getWorksheet(MARKER_SHEET)!;
    assert.equal(marker.state, "veryHidden");
    assert.deepEqual([marker.getCell("B1").value, marker.getCell("B2").value, marker.getCell("B3").value], [2, "ОО-01", "2024-Q1"]);
  });

  it("refuses a badly written period", async () => {
    await assert.rejects(makeReportFiles(districtPort(), "1 кв 2024", NOW), /Период «1 кв 2024» записан неверно/);
  });
});
