// Where a directive stands, derived from its addressees' marks alone (WORKBOOK.md,
// «Figures follow the marks»): the «Статус» of «Поручения», the summary's «by directive»
// and the collegium's counts line all use this one rule.

import { MARK, type ControlMark } from "./types";

export type DirectiveOutcome = "removed" | "noAddressees" | "onTime" | "late" | "overdue" | "inProgress";

export interface DirectiveStatus {
  outcome: DirectiveOutcome;
  /** Addressees with a mark (removed directives: 0). */
  total: number;
  /** Addressees done as of the report date, in time or late. */
  done: number;
  doneLate: number;
  overdue: number;
  /** Russian text for the «Статус» column: «просрочено (2 из 5)». */
  text: string;
}

/**
 * Off control → «снято с контроля»; any addressee «Просрочено» → overdue; every addressee
 * «Выполнено в срок» → done in time; all done and one late → done late; otherwise in progress.
 */
export function directiveStatus(marks: Pick<ControlMark, "mark">[], onControl: boolean): DirectiveStatus {
  const total = marks.length;
  const onTime = marks.filter((m) => m.mark === MARK.onTime).length;
  const doneLate = marks.filter((m) => m.mark === MARK.late).length;
  const overdue = marks.filter((m) => m.mark === MARK.overdue).length;
  const done = onTime + doneLate;
  const counts = { total, done, doneLate, overdue };
  if (!onControl || (total > 0 && marks.every((m) => m.mark === MARK.removed)))
    return { outcome: "removed", ...counts, total: 0, text: "снято с контроля" };
  if (!total) return { outcome: "noAddressees", ...counts, text: "нет адресатов" };
  if (overdue) return { outcome: "overdue", ...counts, text: `просрочено (${overdue} из ${total})` };
  if (onTime === total) return { outcome: "onTime", ...counts, text: `выполнено в срок (${total} из ${total})` };
  if (done === total) return { outcome: "late", ...counts, text: `выполнено, с нарушением срока (${doneLate} из ${total})` };
  return { outcome: "inProgress", ...counts, text: `выполняется (выполнено ${done} из ${total})` };
}
