// A свод of the sample district with the sample resolution imported, made in the test
// process (faster than four CLI runs) and written where the CLI under test will open it.
import { writeFileSync } from "node:fs";
import { createWorkbook } from "../../src/app/create-workbook";
import { importResolution } from "../../src/app/import-resolution";
import { addOrganisations } from "../../src/app/organisations";
import { updateSettings } from "../../src/app/update-settings";
import { FileWorkbookPort } from "../../src/hosts/file";
import { loadSampleResolution, SAMPLE_ORGANISATIONS, SAMPLE_RESOLUTION_NAME } from "../../samples";

/** The свод collects reports for `period` (the quarter after the August conference by default). */
export async function writeDistrictSvod(path: string, period = "2024-Q4", nowIso = "2024-09-02T09:00"): Promise<Uint8Array> {
  const port = FileWorkbookPort.create();
  await createWorkbook(port, nowIso);
  await addOrganisations(port, SAMPLE_ORGANISATIONS, nowIso, "пример");
  await importResolution(port, { text: await loadSampleResolution(), sourceName: SAMPLE_RESOLUTION_NAME }, nowIso);
  await updateSettings(port, { currentPeriod: period }, nowIso.slice(0, 10));
  const bytes = await port.save();
  writeFileSync(path, bytes);
  return bytes;
}
