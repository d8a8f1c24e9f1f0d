// «Импорт резолюции» of a generated resolution through the Office host and the Excel stand-in:
// the round trips and the largest request, after the свод exists; and what an import of the
// sample resolution reads beside a short and a long «Журнал». Used by tests and the bench.
import { loadSampleResolution, SAMPLE_ORGANISATIONS, SAMPLE_RESOLUTION_NAME } from "../../samples";
import { createWorkbook } from "../../src/app/create-workbook";
import { defaultSettingsRows } from "../../src/app/settings";
import { organisationToRow } from "../../src/core/organisations";
import type { Row } from "../../src/core/workbook/port";
import { JOURNAL, ORGANISATIONS, SETTINGS, WORKBOOK_TABLES } from "../../src/core/workbook/schema";
import { planUpsert } from "../../src/core/workbook/upsert";
import { importResolution } from "../../src/app/import-resolution";
import { OfficeWorkbookPort, type ExcelRun } from "../../src/hosts/office";
import { StandInHandle } from "./excel-standin";
import { syntheticResolution } from "./synthetic-resolution";

export async function importSyncs(directives: number): Promise<{ syncs: number; maxPayloadBytes: number; rows: number }> {
  const handle = new StandInHandle();
  const port = new OfficeWorkbookPort(handle.run as unknown as ExcelRun, (v) => handle.supports(v));
  await createWorkbook(port, "2024-09-02T10:00");
  handle.resetCounters();
  const r = await importResolution(port, { text: syntheticResolution(directives), sourceName: "резолюция.txt" }, "2024-09-02T10:05");
  return { syncs: handle.syncCount, maxPayloadBytes: handle.maxPayloadBytes, rows: r.added };
}

/** A «Журнал» line as an import writes it (about 150 bytes read back, as in a свод of a few years). */
function pastJournalLine(i: number): Row {
  return {
    at: "2023-09-04T10:05",
    action: "Импорт документа",
    source: `Решение коллегии № ${i}.docx`,
    added: 12,
    updated: 0,
    refused: 0,
    details: `Колл-2023-${String(i).padStart(4, "0")}: добавлено 12, изменено 0, исключено 0; новых адресатов 1`,
  };
}

/**
 * The sample resolution imported (preview and apply) into a свод of the sample district whose
 * «Журнал» holds `journalLines` lines: the bytes of values Excel sent back, and the syncs.
 */
export async function importBytesRead(journalLines: number): Promise<{ bytesRead: number; syncs: number; added: number }> {
  const handle = new StandInHandle();
  const port = new OfficeWorkbookPort(handle.run as unknown as ExcelRun, (v) => handle.supports(v));
  await port.ensureTables(WORKBOOK_TABLES);
  const settings = planUpsert(SETTINGS, [], defaultSettingsRows("2024-09-02"));
  const orgs = planUpsert(ORGANISATIONS, [], SAMPLE_ORGANISATIONS.map(organisationToRow));
  await port.writeTables([settings.write, orgs.write]);
  if (journalLines) await port.appendRows(JOURNAL, Array.from({ length: journalLines }, (_, i) => pastJournalLine(i + 1)));
  handle.resetCounters();
  const r = await importResolution(port, { text: await loadSampleResolution(), sourceName: SAMPLE_RESOLUTION_NAME }, "2024-09-02T10:05");
  return { bytesRead: handle.syncResponseBytes.reduce((a, b) => a + b, 0), syncs: handle.syncCount, added: r.added };
}
