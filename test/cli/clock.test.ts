// One local clock: at 06:00 in Vladivostok it is still yesterday in UTC. The CLI must take
// «today» from the local clock in every command, so a report done today is not «in the future»
// and the school files carry today's date. Run as a child with TZ set, whatever TZ the tests have.
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cliNowIso } from "../../src/cli/clock";
import { localIso } from "../../src/core/dates";
import { colOf } from "../support/report-files/altered";
import { HEADER_ROW, REPORT_SHEET } from "../../src/formats/report-template";
import { JOURNAL, REPORTS, WORKBOOK_TABLES } from "../../src/core/workbook/schema";
import { FileWorkbookPort } from "../../src/hosts/file";
import { writeDistrictSvod } from "./district-svod";
import { runCliWith } from "./run-cli";

/** 06:00 on 3 October 2024 in Vladivostok (UTC+10) — 20:00 on 2 October in UTC. */
const VLADIVOSTOK_MORNING = { TZ: "Asia/Vladivostok", SVODKA_NOW: "2024-10-02T20:00Z" };

describe("the CLI's one local clock", function () {
  this.timeout(120_000);

  it("formats a moment as local wall-clock time, and SVODKA_NOW fixes the moment", () => {
    assert.equal(localIso(new Date(2024, 9, 3, 6, 0, 5)), "2024-10-03T06:00:05");
    assert.equal(cliNowIso({ SVODKA_NOW: "2024-10-03T06:00" }), "2024-10-03T06:00:00");
    assert.equal(cliNowIso({}, () => new Date(2024, 0, 2, 3, 4, 5)), "2024-01-02T03:04:05");
    assert.throws(() => cliNowIso({ SVODKA_NOW: "завтра" }), /SVODKA_NOW «завтра» не распознано/);
  });

  it("at 06:00 in Vladivostok, templates carry today's date and a report done today is taken", async () => {
    const dir = mkdtempSync(join(tmpdir(), "svodka-clock-"));
    const svod = join(dir, "свод.xlsx");
    await writeDistrictSvod(svod);
    const out = join(dir, "бланки");

    const t = runCliWith(VLADIVOSTOK_MORNING, "templates", "--workbook", svod, "--period", "2024-Q4", "--out", out);
    assert.equal(t.code, 0, t.stderr);
    const name = readdirSync(out).find((n) => n.endsWith(".xlsx"))!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(out, name)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(REPORT_SHEET)!;
    assert.equal(ws.getCell(5, 3).value, "03.10.2024", "«Дата отчёта» is the local date");

    // The school fills its first row: done today, 03.10.2024.
    ws.getCell(HEADER_ROW + 1, colOf("status")).value = "выполнено";
    ws.getCell(HEADER_ROW + 1, colOf("doneDate")).value = "03.10.2024";
    ws.getCell(HEADER_ROW + 1, colOf("whatDone")).value = "Проведён семинар";
    const report = join(dir, name);
    writeFileSync(report, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));

    const r = runCliWith(VLADIVOSTOK_MORNING, "ingest", "--workbook", svod, report, "--json");
    assert.equal(r.code, 0, r.stderr);
    const [file] = JSON.parse(r.stdout).files;
    assert.notEqual(file.outcome, "refused", file.reasons.join("\n"));
    assert.ok(!file.reasons.some((m: string) => /не наступила/.test(m)), file.reasons.join("\n"));

    const tables = await (await FileWorkbookPort.open(readFileSync(svod))).readTables(WORKBOOK_TABLES);
    const taken = tables.get(REPORTS.name)!.rows.find((row) => row.doneDate === "2024-10-03");
    assert.ok(taken, "the row done today is in «Отчёты»");
    assert.equal(String(taken.receivedAt).slice(0, 16), "2024-10-03T06:00", "«Получено» is the local time");
    const journal = tables.get(JOURNAL.name)!.rows;
    assert.equal(String(journal[journal.length - 1].at).slice(0, 16), "2024-10-03T06:00", "the «Журнал» line is in local time, after the setup");
  });
});
