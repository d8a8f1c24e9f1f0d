// What «Проверить» shows: the number of «Контроль» rows per mark, coloured as the sheet
// colours them (Просрочено red, Срок истекает amber, Нет отчёта grey…), and remarks.
import type { CheckResult } from "../app/check";
import { MARKS_IN_ORDER } from "../core/check/types";
import { formatRu } from "../core/dates";
import { CONTROL } from "../core/workbook/schema";
import { periodText } from "./periods-view";
import { count, DIRECTIVE_FORMS } from "./russian";

export interface MarkCountView {
  mark: string;
  count: number;
  /** Background and text colours of the mark on the «Контроль» sheet, if it has any. */
  fill?: string;
  font?: string;
}

export interface CheckView {
  heading: string;
  marks: MarkCountView[];
  /** Plain remarks: what was written. */
  notes: string[];
  /** Things to fix: directives without organisations, unreadable settings. */
  warnings: string[];
}

export type CheckOutcome = Pick<
  CheckResult,
  "asOf" | "period" | "counts" | "controlAdded" | "controlUpdated" | "controlObsolete" | "withoutAddressees" | "settingsProblems" | "addresseesRefreshed"
>;

const MARK_FORMS: [string, string, string] = ["отметка", "отметки", "отметок"];
const CONTROL_ROW_FORMS: [string, string, string] = ["строка", "строки", "строк"];

/** The colours of a mark on «Контроль» (the table's highlight rules). */
export function markColours(mark: string): { fill?: string; font?: string } {
  const rule = CONTROL.highlights?.find((h) => h.column === "mark" && h.equals === mark);
  return rule ? { fill: rule.fill, font: rule.font } : {};
}

export function checkView(r: CheckOutcome): CheckView {
  const known = new Set<string>(MARKS_IN_ORDER);
  const order = [...MARKS_IN_ORDER, ...Object.keys(r.counts).filter((m) => !known.has(m))];
  const marks = order.filter((m) => (r.counts[m] ?? 0) > 0).map((mark) => ({ mark, count: r.counts[mark], ...markColours(mark) }));
  const total = marks.reduce((n, m) => n + m.count, 0);
  const heading = `По состоянию на ${formatRu(r.asOf)}, ${periodText(r.period)}: ${total ? count(total, MARK_FORMS) : "отметок нет"}.`;

  const notes: string[] = [];
  if (r.controlAdded || r.controlUpdated)
    notes.push(`Лист «Контроль»: добавлено ${count(r.controlAdded, CONTROL_ROW_FORMS)}, обновлено ${r.controlUpdated}.`);
  else if (total) notes.push("Лист «Контроль» уже был в этом состоянии: ничего не изменилось.");
  if (r.addresseesRefreshed)
    notes.push(`Организации-исполнители обновлены по листу «Адресаты» у ${count(r.addresseesRefreshed, ["поручения", "поручений", "поручений"])}.`);
  if (r.controlObsolete) notes.push(`Отмечено «Не актуально» (поручение или исполнитель больше не в своде): ${r.controlObsolete}.`);

  const warnings: string[] = [];
  if (r.withoutAddressees)
    warnings.push(
      `${count(r.withoutAddressees, DIRECTIVE_FORMS)} на контроле без организаций-исполнителей: для них отметок нет. ` +
        "Укажите организации в таблице «Адресаты» и проверьте снова.",
    );
  warnings.push(...r.settingsProblems);
  return { heading, marks, notes, warnings };
}
