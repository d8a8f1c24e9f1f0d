// «Документы»: one row per imported document.
import { datetime, integer, longtext, text } from "./codecs";
import { table, type RowOf } from "./define";

export const DocumentsTable = table(
  "Документы",
  { key: ["id"] },
  {
    id: text("Код документа", 16),
    kind: text("Вид документа", 24),
    title: longtext("Название", 60),
    // ДД.ММ.ГГГГ as text: a document's date may be partial («2024»).
    date: text("Дата принятия", 14),
    schoolYear: text("Учебный год", 12),
    sourceFile: text("Файл", 28),
    importedAt: datetime("Импортирован", 17),
    directiveCount: integer("Поручений", 11),
    note: longtext("Примечание", 30, "user"),
    // What the document ordered at its last import, as a short hash: the same document is
    // recognised on re-import even when its title was re-typed or its date read differently.
    contentPrint: text("Служебное: отпечаток документа", 12),
  },
);

export type DocumentRow = RowOf<typeof DocumentsTable.fields>;
