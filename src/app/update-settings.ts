// Writes settings the methodologist chose in the pane (or the demo) into `Настройки`.
// Values are written even though the column is the user's: here the user asked for it.
import type { Row, WorkbookPort } from "../core/workbook/port";
import { SETTINGS } from "../core/workbook/schema";
import { SettingsTable } from "../core/workbook/tables/settings-table";
import { planUpdate, planUpsert } from "../core/workbook/upsert";
import { SETTING_NAMES, defaultSettingsRows } from "../core/settings";

export type SettingsPatch = Partial<Record<keyof typeof SETTING_NAMES, string>>;

/**
 * Writes the patch; returns «Настройки» as it now reads. `read`: its rows as the command already
 * read them (then it is not read again; the write still probes the sheet, as every write does).
 */
export async function updateSettings(port: WorkbookPort, patch: SettingsPatch, todayIso: string, read?: Row[]): Promise<Row[]> {
  const table = read ? { rows: read } : (await port.readTables([SETTINGS])).get(SETTINGS.name);
  if (!table) throw new Error("В своде нет листа «Настройки». Нажмите «Создать свод», чтобы добавить недостающие листы.");
  // Settings rows a user deleted come back with defaults first.
  const complete = planUpsert(SETTINGS, table.rows, defaultSettingsRows(todayIso));
  const byName = new Map<string, string>(Object.entries(patch).map(([id, value]) => [SETTING_NAMES[id as keyof typeof SETTING_NAMES], value ?? ""]));
  const update = planUpdate(
    SETTINGS,
    complete.rows,
    (row) => {
      const { name } = SettingsTable.read(row);
      return byName.has(name) ? SettingsTable.write({ value: byName.get(name)! }) : null;
    },
    ["value"],
  );
  const changed = [...new Set([...complete.write.changed, ...update.write.changed])].sort((a, b) => a - b);
  const write = { ...update.write, columns: complete.write.columns, changed: changed.filter((i) => i < table.rows.length) };
  await port.writeTables([write]);
  return update.rows;
}
