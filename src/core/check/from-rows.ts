// Workbook rows («Поручения», «Отчёты», «Контроль») → the check's plain model. The cells are
// read by the tables' definitions (../workbook/tables/), which read what users type leniently
// («Да», «75,5 %», «01.10.2024»); here the check takes what it needs from the typed rows.

import type { Row } from "../workbook/port";
import { readRecurrence } from "../parse/deadline/recurrence";
import { ControlTable } from "../workbook/tables/control";
import { DirectivesTable } from "../workbook/tables/directives";
import { ReportsTable } from "../workbook/tables/reports";
import { inferLowerIsBetter } from "./targets";
import { MARKS_IN_ORDER, TARGET_MARK, type CheckDirective, type CheckReport, type ControlMark, type Mark, type TargetMark } from "./types";

/** A text on one line, as the check shows and compares it. */
export function oneLine(v: string): string {
  return v.replace(/\s+/g, " ").trim();
}

const orNull = (s: string): string | null => oneLine(s) || null;

export function directiveFromRow(row: Row): CheckDirective | null {
  const d = DirectivesTable.read(row);
  const key = oneLine(d.key);
  if (!key) return null;
  const indicator = orNull(d.indicator);
  return {
    key,
    n: oneLine(d.n),
    text: oneLine(d.text),
    addressees: d.addressees,
    kind: d.deadlineKind,
    controlDate: d.controlDate,
    deadlineRaw: orNull(d.deadlineRaw),
    recurrence: d.deadlineKind === "recurring" ? readRecurrence(oneLine(d.deadlineRaw)) : null,
    extendedTo: d.extendedTo,
    extensionReason: orNull(d.extensionReason),
    onControl: d.onControl,
    targetValue: d.targetValue,
    unit: orNull(d.unit),
    // «Меньше — лучше» as the methodologist set it; guessed from the wording when blank.
    lowerIsBetter: d.lowerIsBetter ?? inferLowerIsBetter(indicator ?? oneLine(d.text)),
    documentId: orNull(d.documentId),
    responsible: orNull(d.person) ?? orNull(d.executors.join("; ")),
    indicator,
  };
}

export function reportFromRow(row: Row): CheckReport | null {
  const r = ReportsTable.read(row);
  const directiveKey = oneLine(r.directiveKey);
  const orgCode = oneLine(r.orgCode);
  if (!directiveKey || !orgCode) return null;
  return {
    directiveKey,
    orgCode,
    period: oneLine(r.period).toUpperCase(),
    status: r.status,
    actual: r.actual,
    numerator: r.numerator,
    denominator: r.denominator,
    doneDate: r.doneDate,
    receivedAt: orNull(r.receivedAt ?? ""),
    whatDone: orNull(r.whatDone),
  };
}

const MARK_TEXTS = new Set<string>(MARKS_IN_ORDER);
const TARGET_TEXTS = new Set<string>(Object.values(TARGET_MARK));

/**
 * A «Контроль» row → the figures' input. Rows whose mark is not one of the check's (e.g.
 * «Не актуально» for a pair that no longer exists) are left out: they are not on control.
 */
export function controlMarkFromRow(row: Row): ControlMark | null {
  const c = ControlTable.read(row);
  const directiveKey = oneLine(c.directiveKey);
  const orgCode = oneLine(c.orgCode);
  const mark = oneLine(c.mark);
  if (!directiveKey || !orgCode || !MARK_TEXTS.has(mark)) return null;
  const target = oneLine(c.targetMark);
  return {
    directiveKey,
    orgCode,
    mark: mark as Mark,
    days: c.days,
    reported: c.reported === true,
    targetMark: TARGET_TEXTS.has(target) ? (target as TargetMark) : "",
    actual: c.actual,
    numerator: c.numerator,
    denominator: c.denominator,
  };
}
