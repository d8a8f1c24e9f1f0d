// The quarterly summary: marks regrouped by directive, by organisation and by target,
// plus the overdue list and the directive-level totals the collegium reads first.

import { directiveStatus, type DirectiveStatus } from "../check/directive-status";
import { districtFigure, type DistrictFigure } from "../check/targets";
import { MARK, MARKS_IN_ORDER, type CheckDirective, type Mark, type MarkResult } from "../check/types";

export interface OrgRef {
  code: string;
  name: string;
}

export interface SummaryInput {
  /** `2024-Q1`. */
  period: string;
  asOf: string;
  directives: CheckDirective[];
  marks: MarkResult[];
  organisations: OrgRef[];
}

export interface LateOrg extends OrgRef {
  days: number | null;
}

export interface DirectiveSummary {
  directive: CheckDirective;
  status: DirectiveStatus;
  /** Where the directive stands for the collegium's counts line. */
  outcome: "onTime" | "late" | "inProgress" | "overdue" | "removed";
  counts: Record<Mark, number>;
  overdue: LateOrg[];
  /** Addressees that sent no report for the period. */
  silent: OrgRef[];
  marks: MarkResult[];
}

export interface OrganisationSummary extends OrgRef {
  onControl: number;
  doneOnTime: number;
  doneLate: number;
  overdue: number;
  noReport: number;
  belowTarget: number;
  /** Executive discipline: done on time / (done on time + done late + overdue); null when nothing was due. */
  onTimeShare: number | null;
}

export interface TargetSummary {
  directive: CheckDirective;
  target: number;
  district: DistrictFigure;
  /** Schools whose value misses the target, with the value. */
  below: (OrgRef & { value: number })[];
  reached: number;
  noValue: number;
}

export interface OverdueDirective {
  directive: CheckDirective;
  controlDate: string | null;
  executors: LateOrg[];
}

export interface SummaryTotals {
  /** Directives on control. */
  total: number;
  onTime: number;
  late: number;
  inProgress: number;
  overdue: number;
  /** onTime / total; null when there is nothing on control. */
  onTimeShare: number | null;
}

export interface Summary {
  period: string;
  asOf: string;
  directives: DirectiveSummary[];
  organisations: OrganisationSummary[];
  targets: TargetSummary[];
  overdue: OverdueDirective[];
  totals: SummaryTotals;
  /** Organisations that owed reports for the period and sent none on some directives. */
  silent: (OrgRef & { missing: number; owed: number })[];
}

const emptyCounts = (): Record<Mark, number> => Object.fromEntries(MARKS_IN_ORDER.map((m) => [m, 0])) as Record<Mark, number>;

export function summarise(input: SummaryInput): Summary {
  const names = new Map(input.organisations.map((o) => [o.code, o.name]));
  const ref = (code: string): OrgRef => ({ code, name: names.get(code) || code });
  const marksBy = new Map<string, MarkResult[]>();
  for (const m of input.marks) {
    const list = marksBy.get(m.directiveKey);
    if (list) list.push(m);
    else marksBy.set(m.directiveKey, [m]);
  }

  const directives = input.directives.map((d) => summariseDirective(d, marksBy.get(d.key) ?? [], ref));
  const onControl = directives.filter((s) => s.outcome !== "removed");
  const totals: SummaryTotals = {
    total: onControl.length,
    onTime: onControl.filter((s) => s.outcome === "onTime").length,
    late: onControl.filter((s) => s.outcome === "late").length,
    inProgress: onControl.filter((s) => s.outcome === "inProgress").length,
    overdue: onControl.filter((s) => s.outcome === "overdue").length,
    onTimeShare: null,
  };
  totals.onTimeShare = totals.total ? totals.onTime / totals.total : null;

  return {
    period: input.period,
    asOf: input.asOf,
    directives,
    organisations: summariseOrganisations(input.marks, input.organisations, ref),
    targets: directives.filter((s) => s.outcome !== "removed" && s.directive.targetValue !== null).map((s) => summariseTarget(s, ref)),
    overdue: onControl
      .filter((s) => s.overdue.length)
      .map((s) => ({ directive: s.directive, controlDate: s.marks.find((m) => m.mark === MARK.overdue)?.controlDate ?? null, executors: s.overdue })),
    totals,
    silent: silentOrganisations(input.marks, ref),
  };
}

function summariseDirective(d: CheckDirective, marks: MarkResult[], ref: (code: string) => OrgRef): DirectiveSummary {
  const status = directiveStatus(marks, d.onControl, d.kind === "ongoing" || d.kind === "recurring");
  const counts = emptyCounts();
  for (const m of marks) counts[m.mark]++;
  const outcome: DirectiveSummary["outcome"] =
    status.state === "removed"
      ? "removed"
      : status.state === "overdue"
        ? "overdue"
        : status.state === "done"
          ? status.doneLate
            ? "late"
            : "onTime"
          : "inProgress";
  return {
    directive: d,
    status,
    outcome,
    counts,
    overdue: marks.filter((m) => m.mark === MARK.overdue).map((m) => ({ ...ref(m.orgCode), days: m.days })),
    silent: marks.filter((m) => m.mark !== MARK.removed && !m.reported).map((m) => ref(m.orgCode)),
    marks,
  };
}

function summariseOrganisations(marks: MarkResult[], organisations: OrgRef[], ref: (code: string) => OrgRef): OrganisationSummary[] {
  const rows = new Map<string, OrganisationSummary>();
  for (const m of marks) {
    if (m.mark === MARK.removed) continue;
    let row = rows.get(m.orgCode);
    if (!row) {
      row = { ...ref(m.orgCode), onControl: 0, doneOnTime: 0, doneLate: 0, overdue: 0, noReport: 0, belowTarget: 0, onTimeShare: null };
      rows.set(m.orgCode, row);
    }
    row.onControl++;
    if (m.done === "onTime") row.doneOnTime++;
    if (m.done === "late") row.doneLate++;
    if (m.mark === MARK.overdue) row.overdue++;
    if (m.mark === MARK.noReport) row.noReport++;
    if (m.mark === MARK.belowTarget) row.belowTarget++;
  }
  for (const row of rows.values()) {
    const due = row.doneOnTime + row.doneLate + row.overdue;
    row.onTimeShare = due ? row.doneOnTime / due : null;
  }
  // The register's order of organisations, then any code it does not know.
  const order = new Map(organisations.map((o, i) => [o.code, i]));
  return [...rows.values()].sort((a, b) => (order.get(a.code) ?? Infinity) - (order.get(b.code) ?? Infinity) || a.code.localeCompare(b.code, "ru"));
}

function summariseTarget(s: DirectiveSummary, ref: (code: string) => OrgRef): TargetSummary {
  const marks = s.marks.filter((m) => m.mark !== MARK.removed);
  return {
    directive: s.directive,
    target: s.directive.targetValue as number,
    district: districtFigure(
      marks.map((m) => ({ orgCode: m.orgCode, value: m.actual, numerator: m.numerator, denominator: m.denominator })),
      s.directive.unit,
    ),
    below: marks.filter((m) => m.targetOutcome === "missed").map((m) => ({ ...ref(m.orgCode), value: m.actual as number })),
    reached: marks.filter((m) => m.targetOutcome === "reached").length,
    noValue: marks.filter((m) => m.targetOutcome === "noValue").length,
  };
}

/** Organisations with directives for which a report was owed (no report, or overdue without one). */
function silentOrganisations(marks: MarkResult[], ref: (code: string) => OrgRef): Summary["silent"] {
  const by = new Map<string, { missing: number; owed: number }>();
  for (const m of marks) {
    if (m.mark === MARK.removed) continue;
    const row = by.get(m.orgCode) ?? { missing: 0, owed: 0 };
    row.owed++;
    if (!m.reported && (m.mark === MARK.noReport || m.mark === MARK.overdue)) row.missing++;
    by.set(m.orgCode, row);
  }
  return [...by.entries()]
    .filter(([, v]) => v.missing > 0)
    .map(([code, v]) => ({ ...ref(code), ...v }))
    .sort((a, b) => b.missing - a.missing || a.name.localeCompare(b.name, "ru"));
}
