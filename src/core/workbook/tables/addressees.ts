// «Адресаты»: what an executor phrase of a document means, as organisation codes or a group.
import { codes, longtext, text, yesNo } from "./codecs";
import { table, type RowOf } from "./define";

export const AddresseesTable = table(
  "Адресаты",
  { key: ["phrase"] },
  {
    phrase: longtext("Фраза в документе", 44),
    // Codes were always read split on spaces too («ОО-01 ОО-02»).
    organisations: codes("Организации (коды)", 30, { owner: "insert", separators: /[,;\s]+/ }),
    group: text("Группа", 24, "insert"),
    // Only «да» confirms: a blank is a suggestion she has not looked at.
    confirmed: yesNo("Подтверждено", 12, { owner: "insert", otherwise: false }),
  },
);

export type AddresseeRow = RowOf<typeof AddresseesTable.fields>;
