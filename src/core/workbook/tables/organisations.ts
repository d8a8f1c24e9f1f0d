// «Организации»: the district's register of organisations.
import { list, longtext, text } from "./codecs";
import { table, type RowOf } from "./define";

export const OrganisationsTable = table(
  "Организации",
  { key: ["code"] },
  {
    code: text("Код", 10),
    shortName: text("Краткое наименование", 28),
    fullName: longtext("Полное наименование", 50),
    type: text("Тип", 7),
    // Group names never hold commas; other names («МБОУ «СОШ № 1», г. Заречный») may.
    groups: list("Группы", 28, { type: "text", separators: /[;,\n]/ }),
    aliases: list("Другие названия", 30),
    email: text("Эл. почта", 24),
    head: text("Руководитель", 22),
  },
);

export type OrganisationRow = RowOf<typeof OrganisationsTable.fields>;
