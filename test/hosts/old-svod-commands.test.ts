// Commands on a свод made by an older version: the first one that writes a table gives it the
// columns it lacks and fills them at once; the next ones find nothing to add.
import assert from "node:assert/strict";
import { loadSampleResolution, SAMPLE_ORGANISATIONS, SAMPLE_RESOLUTION_NAME } from "../../samples";
import { runCheck } from "../../src/app/check";
import { importResolution } from "../../src/app/import-resolution";
import { defaultSettingsRows } from "../../src/app/settings";
import { organisationToRow } from "../../src/core/organisations";
import { CONTROL, DIRECTIVES, DOCUMENTS, JOURNAL, ORGANISATIONS, REPORTS, SETTINGS, WORKBOOK_TABLES } from "../../src/core/workbook/schema";
import { planUpsert } from "../../src/core/workbook/upsert";
import { OfficeWorkbookPort, type ExcelRun } from "../../src/hosts/office";
import { AS_OF, DIRECTIVE_ROWS, DOCUMENT_ROWS, OLD_CONTROL_ROWS, ORGANISATION_ROWS, REPORT_ROWS } from "../core/summary/scenario";
import { StandInHandle } from "../support/excel-standin";
import { MemoryPort } from "../support/memory-port";
import { NEWER_COLUMNS, OLD_TABLES } from "./old-svod";

const OLD_CONTROL = OLD_TABLES.find((t) => t.name === CONTROL.name)!;
const OLD_DOCUMENTS = OLD_TABLES.find((t) => t.name === DOCUMENTS.name)!;
const header = (id: string) => CONTROL.columns.find((c) => c.id === id)!.header;

describe("commands on a свод made by an older version", () => {
  it("«Проверить» adds «Отчёт за период», «Целевой показатель», «Числитель», «Знаменатель» to «Контроль» and fills them", async () => {
    const port = new MemoryPort();
    await port.ensureTables([OLD_CONTROL]);
    const old = new Set(OLD_CONTROL.columns.map((c) => c.id));
    port.tables.set(CONTROL.name, OLD_CONTROL_ROWS.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => old.has(k)))));
    port.tables.set(DOCUMENTS.name, DOCUMENT_ROWS.map((r) => ({ ...r })));
    port.tables.set(DIRECTIVES.name, DIRECTIVE_ROWS.map((r) => ({ ...r })));
    port.tables.set(ORGANISATIONS.name, ORGANISATION_ROWS.map((r) => ({ ...r })));
    port.tables.set(REPORTS.name, REPORT_ROWS.map((r) => ({ ...r })));
    port.tables.set(SETTINGS.name, [{ name: "Текущий период", value: "2024-Q1" }]);
    port.tables.set(JOURNAL.name, []);
    port.calls = { ensure: 0, read: 0, write: 0, sheet: 0 };

    await runCheck(port, AS_OF, "2024-04-01T09:30");
    assert.deepEqual(port.headers.get(CONTROL.name)!.slice(-4), NEWER_COLUMNS[CONTROL.name].map(header));
    const row = port.rows(CONTROL.name).find((r) => r.directiveKey === "К-2024-01/2" && r.orgCode === "ОО-02")!;
    assert.equal(row.targetMark, "Ниже целевого значения");
    assert.equal(row.numerator, 35);
    assert.equal(port.rows(CONTROL.name).find((r) => r.directiveKey === "К-2024-01/2" && r.orgCode === "ОО-03")!.reported, "нет");
    assert.deepEqual(port.calls, { ensure: 1, read: 1, write: 1, sheet: 0 });

    await runCheck(port, AS_OF, "2024-04-01T09:35");
    assert.equal(port.calls.ensure, 1, "nothing more to add");
  });

  it("an import in Excel adds «Служебное: отпечаток документа» to «Документы» and writes the print", async () => {
    const h = new StandInHandle();
    const port = new OfficeWorkbookPort(h.run as unknown as ExcelRun, (v) => h.supports(v));
    await port.ensureTables(WORKBOOK_TABLES.map((t) => (t.name === DOCUMENTS.name ? OLD_DOCUMENTS : t)));
    const settings = planUpsert(SETTINGS, [], defaultSettingsRows("2024-09-02"));
    const orgs = planUpsert(ORGANISATIONS, [], SAMPLE_ORGANISATIONS.map(organisationToRow));
    await port.writeTables([settings.write, orgs.write]);

    await importResolution(port, { text: await loadSampleResolution(), sourceName: SAMPLE_RESOLUTION_NAME }, "2024-09-02T10:05");
    const documents = h.tableValues(DOCUMENTS.name);
    assert.equal(documents.headers[documents.headers.length - 1], "Служебное: отпечаток документа");
    const read = (await port.readTables([DOCUMENTS])).get(DOCUMENTS.name)!;
    assert.deepEqual(read.missingColumns, []);
    assert.match(String(read.rows[0].contentPrint ?? ""), /\S/, "the print is written on the first import");

    h.resetCounters();
    await importResolution(port, { text: await loadSampleResolution(), sourceName: SAMPLE_RESOLUTION_NAME }, "2024-09-02T10:15");
    assert.ok(h.syncCount <= 7, `${h.syncCount} syncs for the next import`);
  });
});
