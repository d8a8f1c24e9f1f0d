// The check: one mark per directive on control and addressee, as of a report date D
// (WORKBOOK.md, «Marks»). Pure: plain objects in, plain objects out.

import { daysBetween, formatRu } from "../dates";
import { parsePeriod, periodEnd, periodId, periodLabel, periodOf, periodStart, type Quarter } from "../periods";
import { dayCount } from "./days";
import { daysRu, valueRu } from "./ru-text";
import { reportedValue, targetOutcome } from "./targets";
import { MARK, type CheckDirective, type CheckInput, type CheckReport, type Mark, type MarkResult } from "./types";

interface Context {
  asOf: string;
  period: Quarter;
  periodId: string;
  periodStart: string;
  periodEnd: string;
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
    periodEnd: periodEnd(period),
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
    const due = dueOf(d, ctx);
    for (const org of new Set(d.addressees)) {
      out.push(markOne(d, due, org, byPair.get(pairKey(d.key, org)) ?? [], ctx));
    }
  }
  return out;
}

export function pairKey(directiveKey: string, orgCode: string): string {
  return `${directiveKey.trim().toLowerCase()}\u0001${orgCode.trim().toLowerCase()}`;
}

interface Due {
  /** Effective control date T. */
  date: string;
  /** Ongoing, recurring or without a date: a report is owed for each quarter, due at its end. */
  quarterly: boolean;
  notes: string[];
}

/** The control date T for the checked period, after an extension. */
export function dueOf(d: CheckDirective, ctx: Pick<Context, "periodEnd" | "period">): Due {
  const hasOwnDate = (d.kind === "date" || d.kind === "period") && !!d.controlDate;
  const notes: string[] = [];
  if (d.extendedTo) {
    const was = hasOwnDate ? `первоначальный срок ${formatRu(d.controlDate)}` : "первоначально без срока";
    const why = d.extensionReason?.trim() ? `; основание: ${d.extensionReason.trim()}` : "";
    notes.push(`Срок продлён до ${formatRu(d.extendedTo)} (${was})${why}`);
    return { date: d.extendedTo, quarterly: false, notes };
  }
  if (hasOwnDate) return { date: d.controlDate as string, quarterly: false, notes };
  if (d.kind === "date" || d.kind === "period") notes.push("Контрольная дата не указана: отчёт ежеквартально");
  notes.push(`Отчёт за ${periodLabel(ctx.period)} ожидается до ${formatRu(ctx.periodEnd)}`);
  return { date: ctx.periodEnd, quarterly: true, notes };
}

const STATUS_RU = { done: "выполнено", inProgress: "выполняется", notDone: "не выполнено" } as const;

function markOne(d: CheckDirective, due: Due, orgCode: string, reports: CheckReport[], ctx: Context): MarkResult {
  if (!d.onControl) {
    return {
      directiveKey: d.key,
      orgCode,
      mark: MARK.removed,
      controlDate: null,
      days: null,
      done: null,
      reported: false,
      actual: null,
      numerator: null,
      denominator: null,
      target: d.targetValue,
      targetOutcome: null,
      details: "",
    };
  }
  const T = due.date;
  const notes = [...due.notes];
  if (!due.quarterly) notes.unshift(`Срок ${formatRu(T)}`);

  const usable: CheckReport[] = [];
  for (const r of reports) {
    const p = parsePeriod(r.period);
    if (!p || periodStart(p) > ctx.asOf || periodStart(p) > ctx.periodStart) continue;
    const received = r.receivedAt?.slice(0, 10) ?? null;
    if (received && received > ctx.asOf) {
      notes.push(`Отчёт, полученный ${formatRu(received)}, позже даты отчёта и не учтён`);
      continue;
    }
    usable.push(r);
  }
  // Latest period first; an ongoing directive is judged on the checked quarter's report alone.
  usable.sort((a, b) => (a.period < b.period ? 1 : a.period > b.period ? -1 : 0));
  const forPeriod = usable.find((r) => r.period.trim().toUpperCase() === ctx.periodId) ?? null;
  const considered = due.quarterly ? (forPeriod ? [forPeriod] : []) : usable;

  const valueReport = considered.find((r) => reportedValue(r, d.unit) !== null) ?? null;
  const actual = valueReport ? reportedValue(valueReport, d.unit) : null;
  const outcome = d.targetValue === null ? null : targetOutcome(actual, d.targetValue, d.lowerIsBetter);
  if (outcome === "missed") notes.push(`Факт ${valueRu(actual, d.unit)} при цели ${valueRu(d.targetValue, d.unit)}`);
  if (outcome === "noValue" && considered.length) notes.push("Значение показателя не указано");

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
    actual,
    numerator: valueReport?.numerator ?? null,
    denominator: valueReport?.denominator ?? null,
    target: d.targetValue,
    targetOutcome: outcome,
    details: notes.join("; "),
  });

  const doneDate = doneDateOf(considered, notes);
  if (doneDate !== null && doneDate <= ctx.asOf) {
    const late = doneDate > T;
    const days = late ? count(T, doneDate) : null;
    notes.unshift(late ? `Выполнено ${formatRu(doneDate)}, с опозданием на ${daysRu(days ?? 0)}` : `Выполнено ${formatRu(doneDate)}`);
    const mark = outcome === "missed" ? MARK.belowTarget : late ? MARK.late : MARK.onTime;
    return result(mark, days, late ? "late" : "onTime");
  }
  if (doneDate !== null) notes.push(`Дата выполнения ${formatRu(doneDate)} позже даты отчёта`);

  const latest = considered[0];
  if (latest?.status && latest.status !== "done") notes.push(`По отчёту: ${STATUS_RU[latest.status]}`);
  if (ctx.asOf > T) {
    const days = count(T, ctx.asOf);
    notes.unshift(`Просрочено на ${daysRu(days)}`);
    if (!considered.length) notes.push("Отчёт не поступал");
    return result(MARK.overdue, days, null);
  }
  const owesReport = due.quarterly || d.kind === "period" || T <= ctx.periodEnd;
  const dueSoon = daysBetween(ctx.asOf, T) <= ctx.warningDays;
  if (dueSoon) notes.push(T === ctx.asOf ? "Срок истекает сегодня" : `Срок истекает через ${daysRu(daysBetween(ctx.asOf, T))}`);
  if (owesReport && !forPeriod) {
    notes.unshift(`Нет отчёта за ${periodLabel(ctx.period)}`);
    return result(MARK.noReport, null, null);
  }
  if (outcome === "missed") return result(MARK.belowTarget, null, null);
  return result(dueSoon ? MARK.dueSoon : MARK.onControl, null, null);
}

/**
 * When the work was reported done: the earliest date among reports with status «выполнено».
 * A report without a date counts from when it was received, else from the end of its period.
 */
function doneDateOf(reports: CheckReport[], notes: string[]): string | null {
  let best: string | null = null;
  for (const r of reports) {
    if (r.status !== "done") continue;
    let date = r.doneDate?.slice(0, 10) ?? null;
    if (!date) {
      const p = parsePeriod(r.period);
      date = r.receivedAt?.slice(0, 10) ?? (p ? periodEnd(p) : null);
      if (date) notes.push(`Дата выполнения не указана, принята ${formatRu(date)}`);
    }
    if (date && (best === null || date < best)) best = date;
  }
  return best;
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
