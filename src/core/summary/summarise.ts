// The quarterly summary: every figure the collegium hears, computed from the marks of
// «Контроль» alone (WORKBOOK.md, «Figures follow the marks»). The summary sheet, the pane
// and the collegium document all present this one result; none of them counts on its own.

import { directiveStatus, type DirectiveStatus } from "../check/directive-status";
import { districtFigure, type DistrictFigure } from "../check/targets";
import { MARK, MARKS_IN_ORDER, TARGET_MARK, targetMissed, type CheckDirective, type ControlMark, type Mark } from "../check/types";

export interface OrgRef {
  code: string;
  name: string;
}

/** A «Контроль» row, with what the school wrote when the summary is made right after the check. */
export interface SummaryMark extends ControlMark {
  whatDone?: string | null;
  doneDate?: string | null;
}

export interface SummaryInput {
  /** `2024-Q1`. */
  period: string;
  asOf: string;
  /** Texts, numbers, deadlines and targets of the directives (from «Поручения»). */
  directives: CheckDirective[];
  marks: SummaryMark[];
  organisations: OrgRef[];
}

export interface LateOrg extends OrgRef {
  days: number | null;
}

export interface DirectiveSummary {
  directive: CheckDirective;
  status: DirectiveStatus;
  outcome: DirectiveStatus["outcome"];
  counts: Record<Mark, number>;
  /** Addressees whose value misses the target («Ниже целевого значения» / «не достигнут»). */
  belowTarget: number;
  overdue: LateOrg[];
  /** Addressees marked «Нет отчёта». */
  silent: OrgRef[];
  marks: SummaryMark[];
}

export interface OrganisationSummary extends OrgRef {
  /** «Всего на контроле»: every pair of the organisation on control, whatever its mark. */
  total: number;
  counts: Record<Mark, number>;
  belowTarget: number;
  /** «% исполнения в срок»: в срок ÷ (в срок + с нарушением срока + просрочено); null when nothing was due or done. */
  onTimeShare: number | null;
  /** True when the organisation sent a report for the period on at least one directive. */
  reportedAny: boolean;
}

export interface TargetSummary {
  directive: CheckDirective;
  target: number;
  district: DistrictFigure;
  /** Organisations whose value misses the target, with the value. */
  below: (OrgRef & { value: number | null })[];
  reached: number;
  noValue: number;
}

export interface OverdueDirective {
  directive: CheckDirective;
  controlDate: string | null;
  executors: LateOrg[];
}

export interface SummaryTotals {
  /** Directives on control that have addressees (counted in the lines below). */
  total: number;
  onTime: number;
  late: number;
  inProgress: number;
  overdue: number;
  /** в срок ÷ (в срок + с нарушением + просрочено) over directives; null when none was due or done. */
  onTimeShare: number | null;
  /** Directives on control without addressees: no marks, so in no count. */
  withoutAddressees: number;
}

export interface SilentOrganisation extends OrgRef {
  /** Directives marked «Нет отчёта». */
  missing: number;
  /** Directives of the organisation on control. */
  owed: number;
  /** The organisation sent no report for the period at all. */
  nothingAtAll: boolean;
}

export interface Summary {
  period: string;
  asOf: string;
  directives: DirectiveSummary[];
  organisations: OrganisationSummary[];
  targets: TargetSummary[];
  overdue: OverdueDirective[];
  totals: SummaryTotals;
  /** Exactly the organisations with a «Нет отчёта» mark. */
  silent: SilentOrganisation[];
}

export const emptyCounts = (): Record<Mark, number> => Object.fromEntries(MARKS_IN_ORDER.map((m) => [m, 0])) as Record<Mark, number>;

/** в срок ÷ (в срок + с нарушением срока + просрочено); null when the divisor is 0. */
export function onTimeShare(onTime: number, late: number, overdue: number): number | null {
  const due = onTime + late + overdue;
  return due ? onTime / due : null;
}

export function summarise(input: SummaryInput): Summary {
  const names = new Map(input.organisations.map((o) => [o.code, o.name]));
  const ref = (code: string): OrgRef => ({ code, name: names.get(code) || code });
  const marksBy = groupBy(input.marks, (m) => m.directiveKey);

  const directives = input.directives.map((d) => summariseDirective(d, marksBy.get(d.key) ?? [], ref));
  const counted = directives.filter((s) => s.outcome !== "removed" && s.outcome !== "noAddressees");
  const n = (o: DirectiveSummary["outcome"]) => counted.filter((s) => s.outcome === o).length;
  const totals: SummaryTotals = {
    total: counted.length,
    onTime: n("onTime"),
    late: n("late"),
    inProgress: n("inProgress"),
    overdue: n("overdue"),
    onTimeShare: onTimeShare(n("onTime"), n("late"), n("overdue")),
    withoutAddressees: directives.filter((s) => s.outcome === "noAddressees").length,
  };
  const organisations = summariseOrganisations(input.marks, input.organisations, ref);
  return {
    period: input.period,
    asOf: input.asOf,
    directives,
    organisations,
    targets: counted.filter((s) => s.directive.targetValue !== null).map((s) => summariseTarget(s, ref)),
    overdue: counted
      .filter((s) => s.overdue.length)
      .map((s) => ({ directive: s.directive, controlDate: s.directive.extendedTo ?? s.directive.controlDate, executors: s.overdue })),
    totals,
    silent: organisations
      .filter((o) => o.counts[MARK.noReport] > 0)
      .map((o) => ({ code: o.code, name: o.name, missing: o.counts[MARK.noReport], owed: o.total, nothingAtAll: !o.reportedAny })),
  };
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const by = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = by.get(k);
    if (list) list.push(item);
    else by.set(k, [item]);
  }
  return by;
}

function summariseDirective(d: CheckDirective, marks: SummaryMark[], ref: (code: string) => OrgRef): DirectiveSummary {
  const status = directiveStatus(marks, d.onControl);
  const counts = emptyCounts();
  for (const m of marks) counts[m.mark]++;
  const live = status.outcome === "removed" ? [] : marks;
  return {
    directive: d,
    status,
    outcome: status.outcome,
    counts,
    belowTarget: live.filter((m) => targetMissed(m.targetMark)).length,
    overdue: live.filter((m) => m.mark === MARK.overdue).map((m) => ({ ...ref(m.orgCode), days: m.days })),
    silent: live.filter((m) => m.mark === MARK.noReport).map((m) => ref(m.orgCode)),
    marks,
  };
}

function summariseOrganisations(marks: SummaryMark[], organisations: OrgRef[], ref: (code: string) => OrgRef): OrganisationSummary[] {
  const rows = new Map<string, OrganisationSummary>();
  for (const m of marks) {
    if (m.mark === MARK.removed) continue;
    let row = rows.get(m.orgCode);
    if (!row) {
      row = { ...ref(m.orgCode), total: 0, counts: emptyCounts(), belowTarget: 0, onTimeShare: null, reportedAny: false };
      rows.set(m.orgCode, row);
    }
    row.total++;
    row.counts[m.mark]++;
    if (targetMissed(m.targetMark)) row.belowTarget++;
    if (m.reported) row.reportedAny = true;
  }
  for (const row of rows.values()) row.onTimeShare = onTimeShare(row.counts[MARK.onTime], row.counts[MARK.late], row.counts[MARK.overdue]);
  // The register's order of organisations, then any code it does not know.
  const order = new Map(organisations.map((o, i) => [o.code, i]));
  return [...rows.values()].sort((a, b) => (order.get(a.code) ?? Infinity) - (order.get(b.code) ?? Infinity) || a.code.localeCompare(b.code, "ru"));
}

function summariseTarget(s: DirectiveSummary, ref: (code: string) => OrgRef): TargetSummary {
  const marks = s.marks.filter((m) => m.mark !== MARK.removed);
  // The district figure takes only values that count for the target (dated on or before D).
  const counted = marks.filter((m) => m.targetMark === TARGET_MARK.reached || targetMissed(m.targetMark));
  return {
    directive: s.directive,
    target: s.directive.targetValue as number,
    district: districtFigure(
      counted.map((m) => ({ orgCode: m.orgCode, value: m.actual, numerator: m.numerator, denominator: m.denominator })),
      s.directive.unit,
    ),
    below: marks.filter((m) => targetMissed(m.targetMark)).map((m) => ({ ...ref(m.orgCode), value: m.actual })),
    reached: marks.filter((m) => m.targetMark === TARGET_MARK.reached).length,
    noValue: marks.filter((m) => m.targetMark === TARGET_MARK.noValue).length,
  };
}
