// «Поручения»: one row per directive of an imported document, keyed «<document id>/<n>».
import type { DeadlineKind } from "../../model";
import { choice, codes, date, list, longtext, number, text, yesNo } from "./codecs";
import { table, type RowOf } from "./define";

/** Deadline kinds as the «Вид срока» column shows them. */
export const DEADLINE_KIND_RU: Record<DeadlineKind, string> = {
  date: "дата",
  period: "период",
  ongoing: "постоянно",
  recurring: "периодически",
  none: "не указан",
};

export const DirectivesTable = table(
  "Поручения",
  { key: ["key"] },
  {
    key: text("Ключ", 16),
    documentId: text("Документ", 14),
    n: text("№ п.", 7),
    text: longtext("Текст поручения", 60),
    executors: list("Исполнители (как в документе)", 32),
    addressees: codes("Адресаты (коды)", 22),
    person: text("Ответственный", 18),
    deadlineRaw: text("Срок (как в документе)", 22),
    deadlineKind: choice("Вид срока", 14, DEADLINE_KIND_RU, "none"),
    controlDate: date("Контрольная дата", 13),
    indicator: longtext("Показатель", 24),
    targetValue: number("Целевое значение", 11),
    unit: text("Ед. изм.", 8),
    // Blank when the directive has no target, or when she wants it guessed from the wording.
    lowerIsBetter: yesNo("Меньше — лучше", 10, { owner: "insert" }),
    // Anything but «нет» keeps a directive on control: a blank or a typo never drops it.
    onControl: yesNo("На контроле", 10, { owner: "insert", otherwise: true }),
    extendedTo: date("Срок продлён до", 13, "user"),
    extensionReason: longtext("Основание продления", 24, "user"),
    status: text("Статус", 20),
    revision: text("Изменение при импорте", 18),
    warnings: list("Проверить", 30, { separators: /\n/, joiner: "\n" }),
    note: longtext("Примечание методиста", 30, "user"),
    // What the document said at the last import, as short hashes: a re-import rewrites only
    // what the document changed, so a methodologist's corrections in other cells survive.
    imported: text("Служебное: отпечаток импорта", 12),
  },
);

export type DirectiveRow = RowOf<typeof DirectivesTable.fields>;

/** «исключено 01.10.2024»: the directive left the document at a re-import. */
export const isRemovedRevision = (revision: string): boolean => /^исключено/.test(revision);
