// `svodka ingest` as a user runs it: what it prints and writes. A batch that changes nothing
// leaves the свод's file untouched and says «Свод не изменён.»; --json gives every count.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { makeReportFiles } from "../../src/app/report-templates";
import { HEADER_ROW, REPORT_SHEET } from "../../src/formats/report-template";
import { FileWorkbookPort } from "../../src/hosts/file";
import { colOf } from "../support/report-files/altered";
import { writeDistrictSvod } from "./district-svod";
import { runCliWith } from "./run-cli";

const NOW = { SVODKA_NOW: "2024-12-20T09:00" };

describe("svodka ingest", function () {
  this.timeout(120_000);

  it("gives unchanged and blank rows in --json, and does not rewrite the свод when nothing changed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "svodka-ingest-"));
    const svod = join(dir, "свод.xlsx");
    const made = await makeReportFiles(await FileWorkbookPort.open(await writeDistrictSvod(svod)), "2024-Q4", "2024-12-01T09:00");
    const blank = made.files[0];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(blank.bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(REPORT_SHEET)!;
    ws.getCell(HEADER_ROW + 1, colOf("status")).value = "выполнено";
    ws.getCell(HEADER_ROW + 1, colOf("doneDate")).value = "1 дек";
    ws.getCell(HEADER_ROW + 1, colOf("whatDone")).value = "Проведён семинар";
    const report = join(dir, blank.fileName);
    writeFileSync(report, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    let formRows = 0;
    ws.eachRow((row, n) => {
      if (n > HEADER_ROW && String(row.getCell(1).value ?? "").trim()) formRows++;
    });

    const first = runCliWith(NOW, "ingest", "--workbook", svod, report, "--json");
    assert.equal(first.code, 0, first.stderr);
    const one = JSON.parse(first.stdout);
    assert.equal(one.changed, true);
    assert.deepEqual(
      [one.files[0].outcome, one.files[0].rowsAccepted, one.files[0].rowsRefused, one.files[0].rowsUnchanged, one.files[0].rowsBlank],
      ["accepted", 1, 0, 0, formRows - 1],
    );
    const saved = readFileSync(svod);
    const savedAt = statSync(svod).mtimeMs;

    const again = runCliWith(NOW, "ingest", "--workbook", svod, report);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, new RegExp(`${blank.fileName.replace(/[.()]/g, "\\$&")}: принят \\(строк принято 1, отклонено 0; пустых строк: ${formRows - 1}\\), в своде уже всё так — ничего не изменено`));
    assert.match(again.stdout, /^Свод не изменён\.$/m);
    assert.deepEqual(readFileSync(svod), saved, "the свод's bytes are as they were");
    assert.equal(statSync(svod).mtimeMs, savedAt, "the file was not rewritten");
  });
});
