// «Настройки» as a table: one row per setting (Параметр | Значение | Пояснение). What the
// values mean is read in ../../settings.ts.
import { longtext, raw, text } from "./codecs";
import { table, type RowOf } from "./define";

export const SettingsTable = table(
  "Настройки",
  { key: ["name"] },
  {
    name: text("Параметр", 44),
    // Kept as the cell holds it (a number or a date stays one): each setting reads its own way.
    value: raw("Значение", 18, "insert"),
    hint: longtext("Пояснение", 60),
  },
);

export type SettingsRow = RowOf<typeof SettingsTable.fields>;
