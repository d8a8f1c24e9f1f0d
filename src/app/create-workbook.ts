// «Создать свод»: makes every table of the standard workbook that is missing and fills
// `Настройки` with defaults. Safe to run on an existing свод: nothing there is overwritten.
import { planUpsert } from "../core/workbook/upsert";
import type { TableWrite, WorkbookPort } from "../core/workbook/port";
import { JOURNAL, SETTINGS, WORKBOOK_TABLES } from "../core/workbook/schema";
import { defaultSettingsRows } from "../core/settings";

export interface CreateResult {
  /** Tables created now (already present ones are left as they are). */
  created: string[];
}

export async function createWorkbook(port: WorkbookPort, nowIso: string): Promise<CreateResult> {
  const created = await port.ensureTables(WORKBOOK_TABLES);
  const tables = await port.readTables([SETTINGS]);
  const settings = planUpsert(SETTINGS, tables.get(SETTINGS.name)?.rows ?? [], defaultSettingsRows(nowIso.slice(0, 10)));
  const line = {
    at: nowIso,
    action: "Создание свода",
    source: "",
    added: created.length,
    updated: 0,
    refused: 0,
    details: created.length ? `Созданы листы: ${created.join(", ")}` : "Все листы уже были на месте",
  };
  const writes: TableWrite[] = settings.added ? [settings.write] : [];
  await port.writeTables(writes, [{ table: JOURNAL, rows: [line] }]);
  return { created };
}
