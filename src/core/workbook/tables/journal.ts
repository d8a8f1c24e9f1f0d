// «Журнал»: one line per command that wrote to the свод; append-only.
import { datetime, integer, longtext, text } from "./codecs";
import { table, type RowOf } from "./define";

export const JournalTable = table(
  "Журнал",
  { key: [] },
  {
    at: datetime("Когда", 17),
    action: text("Действие", 24),
    source: text("Источник", 30),
    added: integer("Добавлено", 11),
    updated: integer("Обновлено", 11),
    refused: integer("Отклонено", 11),
    details: longtext("Подробности", 60),
  },
);

export type JournalRow = RowOf<typeof JournalTable.fields>;
