// Who gets a reminder after the check, and about what: the «Контроль» rows marked
// «Просрочено», «Нет отчёта» or «Срок истекает», grouped by organisation, with the directive's
// number and text from «Поручения». Rows are read as the check wrote them.

import { controlMarkFromRow, oneLine } from "../check/from-rows";
import { MARK, type Mark } from "../check/types";
import type { Row } from "../workbook/port";
import { ControlTable } from "../workbook/tables/control";
import { DirectivesTable } from "../workbook/tables/directives";

export const REMINDER_MARKS: Mark[] = [MARK.overdue, MARK.noReport, MARK.dueSoon];

export interface ReminderItem {
  directiveKey: string;
  n: string;
  text: string;
  mark: typeof MARK.overdue | typeof MARK.noReport | typeof MARK.dueSoon;
  /** Effective control date T (after an extension), ISO; null when none. */
  controlDate: string | null;
  days: number | null;
}

export interface ReminderSet {
  /** Organisation code → its items, in «Контроль» order. */
  byOrg: Map<string, ReminderItem[]>;
  /** «По состоянию на» of those rows (the latest, if the check was run several times). */
  asOf: string | null;
}

export function reminderItems(controlRows: Row[], directiveRows: Row[]): ReminderSet {
  const texts = new Map(
    directiveRows.map((row) => {
      const r = DirectivesTable.read(row);
      return [oneLine(r.key).toLowerCase(), { n: oneLine(r.n), text: oneLine(r.text) }];
    }),
  );
  const byOrg = new Map<string, ReminderItem[]>();
  let asOf: string | null = null;
  for (const row of controlRows) {
    const m = controlMarkFromRow(row);
    if (!m || !REMINDER_MARKS.includes(m.mark)) continue;
    const c = ControlTable.read(row);
    const d = texts.get(m.directiveKey.toLowerCase());
    const item: ReminderItem = {
      directiveKey: m.directiveKey,
      n: d?.n || oneLine(c.n),
      text: d?.text ?? "",
      mark: m.mark as ReminderItem["mark"],
      controlDate: c.controlDate,
      days: m.days,
    };
    const list = byOrg.get(m.orgCode);
    if (list) list.push(item);
    else byOrg.set(m.orgCode, [item]);
    const at = c.asOf;
    if (at && (!asOf || at > asOf)) asOf = at;
  }
  return { byOrg, asOf };
}
