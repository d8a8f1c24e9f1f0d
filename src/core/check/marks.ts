// The check: one mark per directive on control and addressee, as of a report date D
// (WORKBOOK.md, «The check, precisely»). Pure: plain objects in, plain objects out.

import { daysBetween, formatRu } from "../dates";
import { readRecurrence, recurrenceDue } from "../parse/deadline/recurrence";
import { parsePeriod, periodEnd, periodId, periodLabel, periodOf, periodStart, type Quarter } from "../periods";
import { dayCount } from "./days";
import { daysRu, valueRu } from "./ru-text";
import { reportedValue, targetMarkOf, targetOutcome } from "./targets";
import { MARK, TARGET_MARK, type CheckDirective, type CheckInput, type CheckReport, type Mark, type MarkResult, type TargetMark } from "./types";

interface Context {
  asOf: string;
  period: Quarter;
  periodId: string;
  periodStart: string;
  warningDays: number;
  workingDays: boolean;
}

/** The reporting period checked: the given one, else the quarter of the report date. */
export function checkedPeriod(asOf: string, period?: string | null): Quarter {
  return (period ? parsePeriod(period) : null) ?? periodOf(asOf);
}

export function computeMarks(input: CheckInput): MarkResult[] {
  const period = checkedPeriod(input.asOf, input.period);
  const ctx: Context = {
    asOf: input.asOf.slice(0, 10),
    period,
    periodId: periodId(period),
    periodStart: periodStart(period),
    warningDays: Math.max(0, input.warningDays),
    workingDays: input.workingDays,
  };
  const byPair = new Map<string, CheckReport[]>();
  for (const r of input.reports) {
    const k = pairKey(r.directiveKey, r.orgCode);
    const list = byPair.get(k);
    if (list) list.push(r);
    else byPair.set(k, [r]);
  }
  const out: MarkResult[] = [];
  for (const d of input.directives) {
    const due = dueOf(d, period);
    for (const org of new Set(d.addressees)) {
      out.push(markOne(d, due, org, byPair.get(pairKey(d.key, org)) ?? [], ctx));
    }
  }
  return out;
}

export function pairKey(directiveKey: string, orgCode: string): string {
  return `${directiveKey.trim().toLowerCase()}\u0001${orgCode.trim().toLowerCase()}`;
}

export interface Due {
  /** Control date T for the checked period, after an extension; null when none applies (only a report is owed). */
  date: string | null;
  /** Work that repeats each quarter («постоянно», «ежеквартально»): only that quarter's report counts. */
  perPeriod: boolean;
  notes: string[];
}

/** The control date T of a directive for reporting quarter `p` (the table of «The check, precisely»). */
export function dueOf(d: CheckDirective, p: Quarter): Due {
  const perPeriod = d.kind === "ongoing" || d.kind === "recurring";
  if (d.extendedTo) {
    const was = d.controlDate ? `первоначальный срок ${formatRu(d.controlDate)}` : "первоначально без срока";
    const why = d.extensionReason?.trim() ? `; основание: ${d.extensionReason.trim()}` : "";
    return { date: d.extendedTo, perPeriod, notes: [`Срок продлён до ${formatRu(d.extendedTo)} (${was})${why}`] };
  }
  const owed = `за ${periodLabel(p)} ожидается отчёт`;
  switch (d.kind) {
    case "date":
      return d.controlDate
        ? { date: d.controlDate, perPeriod, notes: [`Срок ${formatRu(d.controlDate)}`] }
        : { date: null, perPeriod, notes: [`Контрольная дата не указана: ${owed}`] };
    case "period":
      if (!d.controlDate) return { date: null, perPeriod, notes: [`Конец периода не указан: ${owed}`] };
      if (d.controlDate > periodEnd(p)) return { date: null, perPeriod, notes: [`Срок — до ${formatRu(d.controlDate)}; ${owed}`] };
      return { date: d.controlDate, perPeriod, notes: [`Срок ${formatRu(d.controlDate)}`] };
    case "recurring": {
      const date = recurrenceDue(d.recurrence ?? readRecurrence(d.deadlineRaw), p);
      return date
        ? { date, perPeriod, notes: [`Срок за ${periodLabel(p)} — ${formatRu(date)}`] }
        : { date: null, perPeriod, notes: [`Периодическое поручение без указанного дня: ${owed}`] };
    }
    case "ongoing":
      return { date: null, perPeriod, notes: [`Постоянно: ${owed}`] };
    default:
      return { date: null, perPeriod, notes: [`Срок не указан: ${owed}`] };
  }
}

const STATUS_RU = { done: "выполнено", inProgress: "выполняется", notDone: "не выполнено" } as const;

function markOne(d: CheckDirective, due: Due, orgCode: string, reports: CheckReport[], ctx: Context): MarkResult {
  const T = due.date;
  const notes = [...due.notes];
  // Reports on the checked quarter and earlier ones, latest first, whenever the file came:
  // a report counts by what it says (she prepares the Q1 information in April).
  const usable = reports
    .filter((r) => {
      const p = parsePeriod(r.period);
      return p !== null && periodStart(p) <= ctx.periodStart;
    })
    .sort((a, b) => (a.period < b.period ? 1 : a.period > b.period ? -1 : 0));
  const forPeriod = usable.find((r) => r.period.trim().toUpperCase() === ctx.periodId) ?? null;
  const considered = due.perPeriod ? (forPeriod ? [forPeriod] : []) : usable;

  const doneReport = doneReportOf(considered, ctx.asOf, notes);
  const basis = doneReport ?? forPeriod ?? considered[0] ?? null;
  const { targetMark, value } = targetOf(d, considered, ctx.asOf, notes);

  const count = (from: string, to: string) => dayCount(from, to, ctx.workingDays);
  // Built as one literal, not by spreading a base object: this runs for every pair of a large свод.
  const result = (mark: Mark, days: number | null, done: MarkResult["done"]): MarkResult => ({
    directiveKey: d.key,
    orgCode,
    mark,
    controlDate: T,
    days,
    done,
    reported: forPeriod !== null,
    targetMark: mark === MARK.removed ? "" : targetMark,
    actual: value?.actual ?? null,
    numerator: value?.numerator ?? null,
    denominator: value?.denominator ?? null,
    target: d.targetValue,
    details: mark === MARK.removed ? "" : notes.join("; "),
    whatDone: basis?.whatDone?.trim() || null,
    doneDate: basis?.doneDate ?? null,
  });

  if (!d.onControl) return result(MARK.removed, null, null);

  if (doneReport) {
    const doneDate = doneReport.doneDate as string;
    const late = T !== null && doneDate > T;
    const days = late ? count(T, doneDate) : null;
    notes.unshift(late ? `Выполнено ${formatRu(doneDate)}, с опозданием на ${daysRu(days ?? 0)}` : `Выполнено ${formatRu(doneDate)}`);
    return result(late ? MARK.late : MARK.onTime, days, late ? "late" : "onTime");
  }
  const latest = considered[0];
  if (latest?.status && latest.status !== "done") notes.push(`По отчёту: ${STATUS_RU[latest.status]}`);
  if (T !== null && T < ctx.asOf) {
    const days = count(T, ctx.asOf);
    notes.unshift(`Просрочено на ${daysRu(days)}`);
    if (!forPeriod) notes.push(`Отчёт за ${periodLabel(ctx.period)} не поступал`);
    return result(MARK.overdue, days, null);
  }
  if (!forPeriod) {
    notes.unshift(`Нет отчёта за ${periodLabel(ctx.period)}`);
    return result(MARK.noReport, null, null);
  }
  if (T !== null && daysBetween(ctx.asOf, T) <= ctx.warningDays) {
    notes.push(T === ctx.asOf ? "Срок истекает сегодня" : `Срок истекает через ${daysRu(daysBetween(ctx.asOf, T))}`);
    return result(MARK.dueSoon, null, null);
  }
  return result(MARK.onControl, null, null);
}

/**
 * The report that says the work was done as of D: status «выполнено» with a date done on or
 * before D, the earliest such date. A «выполнено» without a date counts as not done.
 */
function doneReportOf(reports: CheckReport[], asOf: string, notes: string[]): CheckReport | null {
  let best: CheckReport | null = null;
  for (const r of reports) {
    if (r.status !== "done") continue;
    const date = r.doneDate?.slice(0, 10) ?? null;
    if (!date) {
      notes.push(`В отчёте за ${r.period} «выполнено» без даты выполнения: не считается выполненным`);
      continue;
    }
    if (date > asOf) {
      notes.push(`Дата выполнения ${formatRu(date)} позже даты отчёта`);
      continue;
    }
    if (best === null || date < (best.doneDate as string)) best = { ...r, doneDate: date };
  }
  return best;
}

interface Value {
  actual: number | null;
  numerator: number | null;
  denominator: number | null;
}

/** «Целевой показатель»: the latest value reported with a date done on or before D, against the target. */
function targetOf(d: CheckDirective, reports: CheckReport[], asOf: string, notes: string[]): { targetMark: TargetMark | ""; value: Value | null } {
  const dated = reports.filter((r) => r.doneDate && r.doneDate.slice(0, 10) <= asOf);
  const withValue = dated.find((r) => reportedValue(r, d.unit) !== null) ?? null;
  const actual = withValue ? reportedValue(withValue, d.unit) : null;
  const value = withValue ? { actual, numerator: withValue.numerator, denominator: withValue.denominator } : null;
  if (d.targetValue === null) return { targetMark: "", value };
  const outcome = targetOutcome(actual, d.targetValue, d.lowerIsBetter);
  const targetMark = targetMarkOf(outcome, d.lowerIsBetter);
  const bound = d.lowerIsBetter ? "не более " : "";
  if (outcome === "missed") notes.push(`Факт ${valueRu(actual, d.unit)} при цели ${bound}${valueRu(d.targetValue, d.unit)}`);
  if (targetMark === TARGET_MARK.noValue && reports.length) notes.push("Значение показателя с датой выполнения не указано");
  return { targetMark, value };
}

/**
 * The period a check looks at: the «Текущий период» setting when it is the report date's
 * quarter or the one before it (reports on a quarter come in during the next), otherwise
 * the report date's quarter — a setting left over from months ago must not make every
 * ongoing directive overdue.
 */
export function reportingPeriod(asOf: string, setting: string | null | undefined): string {
  const own = periodOf(asOf);
  const set = setting ? parsePeriod(setting) : null;
  if (set) {
    const prev: Quarter = own.q === 1 ? { year: own.year - 1, q: 4 } : { year: own.year, q: (own.q - 1) as Quarter["q"] };
    if (periodId(set) === periodId(own) || periodId(set) === periodId(prev)) return periodId(set);
  }
  return periodId(own);
}
