// A свод that went through LibreOffice (saved as .xlsx, and via .ods back to .xlsx) must still
// open, change and save in the file host: LibreOffice writes table parts without
// <tableStyleInfo>, and exceljs used to crash on saving them («Cannot read properties of null
// (reading 'theme')»), so every command failed and the standalone page could not save.
import assert from "node:assert/strict";
import { runCheck } from "../../../src/app/check";
import { createWorkbook } from "../../../src/app/create-workbook";
import { importResolution } from "../../../src/app/import-resolution";
import { ingestReports, type IngestFile } from "../../../src/app/ingest-reports";
import { addOrganisations } from "../../../src/app/organisations";
import { makeReportFiles } from "../../../src/app/report-templates";
import { runSummary } from "../../../src/app/summary";
import { updateSettings } from "../../../src/app/update-settings";
import { simulateReturns } from "../../../src/cli/demo-schools";
import type { Row } from "../../../src/core/workbook/port";
import { CONTROL, DIRECTIVES, REPORTS } from "../../../src/core/workbook/schema";
import { FileWorkbookPort } from "../../../src/hosts/file";
import { loadSampleResolution, SAMPLE_ORGANISATIONS, SAMPLE_RESOLUTION_NAME } from "../../../samples";
import { convertWithLibreOffice } from "../../support/libreoffice";
import { tablePart } from "./helpers";

const PERIOD = "2024-Q4";
const AS_OF = "2024-12-31";
const NOTE = "Уточнить у директора, приложить приказ";

interface Baseline {
  reports: Row[];
  control: Row[];
  directives: number;
  counts: Record<string, number>;
  totals: unknown;
  ingest: string[];
}

const outcomeLines = (files: { file: string; outcome: string; rowsAccepted: number }[]) => files.map((f) => `${f.file}: ${f.outcome} ${f.rowsAccepted}`).sort();
const byKey = (rows: Row[], cols: string[]) => rows.map((r) => cols.map((c) => String(r[c] ?? "")).join(" | ")).sort();

/** The demo's свод after reports came in and were checked, with her note in «Отчёты». */
async function demoSvod(): Promise<{ bytes: Uint8Array; returned: IngestFile[]; baseline: Baseline }> {
  const port = FileWorkbookPort.create();
  await createWorkbook(port, "2024-09-02T09:00");
  await addOrganisations(port, SAMPLE_ORGANISATIONS, "2024-09-02T09:00", "пример");
  await importResolution(port, { text: await loadSampleResolution(), sourceName: SAMPLE_RESOLUTION_NAME }, "2024-09-02T09:00");
  await updateSettings(port, { currentPeriod: PERIOD, asOf: "31.12.2024" }, "2024-12-02");
  const templates = await makeReportFiles(port, PERIOD, "2024-12-02T09:00");
  const returned = (await simulateReturns(templates.files)).map((f) => ({ name: f.name, bytes: f.bytes }));
  const ingest = await ingestReports(port, returned, "2024-12-27T15:00");
  const check = await runCheck(port, AS_OF, "2024-12-31T10:00");
  const reports = (await port.readTables([REPORTS])).get(REPORTS.name)!.rows;
  reports[0] = { ...reports[0], note: NOTE };
  await port.writeTables([{ table: REPORTS, rows: reports, columns: ["note"], changed: [0] }]);
  const t = await port.readTables([REPORTS, CONTROL, DIRECTIVES]);
  const summary = await runSummary(port, PERIOD, AS_OF, "2024-12-31T10:00");
  return {
    bytes: await port.save(),
    returned,
    baseline: {
      reports: t.get(REPORTS.name)!.rows,
      control: t.get(CONTROL.name)!.rows,
      directives: t.get(DIRECTIVES.name)!.rows.length,
      counts: check.counts,
      totals: summary.summary.totals,
      ingest: outcomeLines(ingest.files),
    },
  };
}

const REPORT_COLS = ["directiveKey", "orgCode", "period", "status", "actual", "doneDate", "whatDone", "note"];
const CONTROL_COLS = ["directiveKey", "orgCode", "mark", "days", "targetMark", "asOf"];

describe("a свод saved by LibreOffice, through the file host", function () {
  this.timeout(120_000);
  let baseline: Baseline;
  let returned: IngestFile[];
  /** Variant name → the свод as LibreOffice wrote it. */
  const fromLibreOffice = new Map<string, Uint8Array>();
  /** Variant name → the свод after every command ran on it and the file host saved it. */
  const afterCommands = new Map<string, Uint8Array>();

  before(async () => {
    const made = await demoSvod();
    baseline = made.baseline;
    returned = made.returned;
    fromLibreOffice.set("xlsx", convertWithLibreOffice([{ name: "svod.xlsx", bytes: made.bytes }], "xlsx").get("svod.xlsx")!);
    const ods = convertWithLibreOffice([{ name: "svod.xlsx", bytes: made.bytes }], "ods").get("svod.xlsx")!;
    fromLibreOffice.set("ods", convertWithLibreOffice([{ name: "svod.ods", bytes: ods }], "xlsx").get("svod.ods")!);
  });

  it("is what LibreOffice really writes: table parts without a table style", () => {
    for (const bytes of fromLibreOffice.values()) assert.doesNotMatch(tablePart(bytes, "Отчёты"), /tableStyleInfo/);
  });

  for (const variant of ["xlsx", "ods"]) {
    const how = variant === "xlsx" ? "saved as .xlsx" : "saved as .ods and back as .xlsx";
    it(`${how}: reports, marks and her note are read as they were`, async () => {
      const port = await FileWorkbookPort.open(fromLibreOffice.get(variant)!);
      const t = await port.readTables([REPORTS, CONTROL, DIRECTIVES]);
      assert.deepEqual(byKey(t.get(REPORTS.name)!.rows, REPORT_COLS), byKey(baseline.reports, REPORT_COLS));
      assert.deepEqual(byKey(t.get(CONTROL.name)!.rows, CONTROL_COLS), byKey(baseline.control, CONTROL_COLS));
      assert.equal(t.get(DIRECTIVES.name)!.rows.length, baseline.directives);
      assert.ok(t.get(REPORTS.name)!.rows.some((r) => r.note === NOTE));
    });

    it(`${how}: import, ingest, check and summary work and give the same figures; the file saves`, async () => {
      const port = await FileWorkbookPort.open(fromLibreOffice.get(variant)!);
      const imported = await importResolution(port, { text: await loadSampleResolution(), sourceName: SAMPLE_RESOLUTION_NAME }, "2025-01-09T10:00");
      assert.equal(imported.added, 0);
      assert.equal(imported.removed, 0);
      const ingest = await ingestReports(port, returned, "2025-01-09T10:05");
      assert.deepEqual(outcomeLines(ingest.files), baseline.ingest);
      const check = await runCheck(port, AS_OF, "2025-01-09T10:10");
      assert.deepEqual(check.counts, baseline.counts);
      const summary = await runSummary(port, PERIOD, AS_OF, "2025-01-09T10:15");
      assert.deepEqual(summary.summary.totals, baseline.totals);
      const saved = await port.save();
      afterCommands.set(variant, saved);

      const again = await FileWorkbookPort.open(saved);
      const reports = (await again.readTables([REPORTS])).get(REPORTS.name)!.rows;
      assert.deepEqual(byKey(reports, REPORT_COLS), byKey(baseline.reports, REPORT_COLS));
      assert.ok(again.workbook.getWorksheet(`Сводка ${PERIOD}`), "the summary sheet is in the saved file");
      // Сводка's own tables get their style back; LibreOffice had dropped it.
      assert.match(tablePart(saved, "Отчёты"), /<tableStyleInfo name="TableStyleMedium2"/);
    });
  }

  it("the saved results open in LibreOffice again and come back with the same reports", async () => {
    assert.equal(afterCommands.size, 2, "both variants were saved by the previous tests");
    const files = [...afterCommands].map(([variant, bytes]) => ({ name: `after-${variant}.xlsx`, bytes }));
    const again = convertWithLibreOffice(files, "xlsx");
    for (const f of files) {
      const port = await FileWorkbookPort.open(again.get(f.name)!);
      const reports = (await port.readTables([REPORTS])).get(REPORTS.name)!.rows;
      assert.deepEqual(byKey(reports, REPORT_COLS), byKey(baseline.reports, REPORT_COLS), f.name);
      await port.save();
    }
  });
});
