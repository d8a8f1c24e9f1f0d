// «Импорт резолюции» of a generated resolution through the Office host and the Excel stand-in:
// the round trips and the largest request, after the свод exists. Used by a test and the bench.
import { createWorkbook } from "../../src/app/create-workbook";
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
