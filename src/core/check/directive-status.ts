// The status of a directive in «Поручения», derived from its addressees' marks.

import { MARK, type MarkResult } from "./types";

export type DirectiveState = "removed" | "noAddressees" | "overdue" | "done" | "inProgress";

export interface DirectiveStatus {
  state: DirectiveState;
  /** Addressees with a mark (removed directives: 0). */
  total: number;
  done: number;
  doneLate: number;
  overdue: number;
  /** Russian text for the «Статус» column: «просрочено (2 из 5)». */
  text: string;
}

/**
 * «снято с контроля» when off control; «просрочено (k из n)» when any addressee is overdue;
 * «выполнено (n из n)» when every addressee reported done (ongoing directives stay
 * «выполняется»: they are never finished); otherwise «выполняется (выполнено k из n)».
 */
export function directiveStatus(marks: MarkResult[], onControl: boolean, ongoing: boolean): DirectiveStatus {
  const total = marks.length;
  const done = marks.filter((m) => m.done !== null).length;
  const doneLate = marks.filter((m) => m.done === "late").length;
  const overdue = marks.filter((m) => m.mark === MARK.overdue).length;
  const counts = { total, done, doneLate, overdue };
  if (!onControl) return { state: "removed", ...counts, total: 0, text: "снято с контроля" };
  if (!total) return { state: "noAddressees", ...counts, text: "нет адресатов" };
  if (overdue) return { state: "overdue", ...counts, text: `просрочено (${overdue} из ${total})` };
  if (done === total && !ongoing) return { state: "done", ...counts, text: `выполнено (${done} из ${total})` };
  return { state: "inProgress", ...counts, text: `выполняется (выполнено ${done} из ${total})` };
}
