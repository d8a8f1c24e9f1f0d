// «Контроль»: the check's marks, one row per directive on control and addressee.
import { cellText, date, integer, longtext, number, text } from "./codecs";
import { column, table, type ColumnDef, type RowOf } from "./define";

/** «Отчёт за период»: «есть»/«нет»; blank (a pair no longer on control) is null. */
function presence(header: string, width: number): ColumnDef<boolean | null> {
  return column(
    {
      type: "text",
      read: (v) => {
        const t = cellText(v).toLowerCase();
        return t === "есть" ? true : t === "нет" ? false : null;
      },
      write: (v) => (v === null ? "" : v ? "есть" : "нет"),
    },
    header,
    width,
  );
}

export const ControlTable = table(
  "Контроль",
  {
    key: ["directiveKey", "orgCode"],
    highlights: [
      { column: "mark", equals: "Просрочено", fill: "#F8CBAD", font: "#9C0006" },
      { column: "mark", equals: "Выполнено с нарушением срока", fill: "#FCE4D6" },
      { column: "mark", equals: "Срок истекает", fill: "#FFE699", font: "#7F6000" },
      { column: "mark", equals: "Нет отчёта", fill: "#D9D9D9" },
      { column: "mark", equals: "Выполнено в срок", fill: "#C6EFCE", font: "#006100" },
    ],
  },
  {
    directiveKey: text("Ключ поручения", 16),
    n: text("№ п.", 7),
    orgCode: text("Код организации", 12),
    organisation: text("Организация", 28),
    controlDate: date("Контрольная дата", 13),
    mark: text("Отметка", 26),
    days: integer("Дней просрочки", 10),
    reported: presence("Отчёт за период", 10),
    targetMark: text("Целевой показатель", 22),
    actual: number("Факт", 9),
    numerator: number("Числитель", 10),
    denominator: number("Знаменатель", 11),
    target: number("Цель", 9),
    details: longtext("Подробности", 44),
    asOf: date("По состоянию на", 13),
  },
);

export type ControlRow = RowOf<typeof ControlTable.fields>;
