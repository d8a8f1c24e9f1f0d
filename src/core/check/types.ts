// The plain object model of the check: what the marks are computed from and what they are.
// Hosts and use cases convert workbook rows to these (see from-rows.ts); the bench builds
// them synthetically, so nothing here refers to tables or Office.

import type { DeadlineKind } from "../model";
import type { Recurrence } from "../parse/deadline/recurrence";
import type { ReportState } from "../workbook/tables/reports";

/** The marks of WORKBOOK.md, exactly as users see them in «Контроль». */
export const MARK = {
  onTime: "Выполнено в срок",
  late: "Выполнено с нарушением срока",
  overdue: "Просрочено",
  dueSoon: "Срок истекает",
  onControl: "На контроле",
  noReport: "Нет отчёта",
  removed: "Снято с контроля",
} as const;

export type Mark = (typeof MARK)[keyof typeof MARK];

/** Every mark in the order the summary lists them. */
export const MARKS_IN_ORDER: Mark[] = [MARK.onTime, MARK.late, MARK.onControl, MARK.dueSoon, MARK.noReport, MARK.overdue, MARK.removed];

/**
 * The «Целевой показатель» column of «Контроль»: a second, separate fact beside the mark
 * (WORKBOOK.md, «The check, precisely»). «не достигнут» replaces «Ниже …» where lower is better.
 */
export const TARGET_MARK = {
  reached: "достигнут",
  below: "Ниже целевого значения",
  notReached: "не достигнут",
  noValue: "нет значения",
} as const;

export type TargetMark = (typeof TARGET_MARK)[keyof typeof TARGET_MARK];

/** True for the target marks that say the target was missed. */
export function targetMissed(t: string | null | undefined): boolean {
  return t === TARGET_MARK.below || t === TARGET_MARK.notReached;
}

/** Mark written to «Контроль» rows whose pair no longer exists (addressee or directive removed). */
export const MARK_OBSOLETE = "Не актуально";

/** What a school said of a directive, as «Отчёты» reads it (ReportsTable). */
export type ReportStatus = ReportState;

export interface CheckDirective {
  key: string;
  n: string;
  text: string;
  /** Organisation codes. */
  addressees: string[];
  kind: DeadlineKind;
  /** Control date as imported, ISO; null for ongoing, recurring, none. */
  controlDate: string | null;
  /** The deadline as written in the document. */
  deadlineRaw?: string | null;
  /** For recurring directives: the rhythm and the day the text names. */
  recurrence?: Recurrence | null;
  /** «Срок продлён до», ISO: replaces the control date. */
  extendedTo: string | null;
  extensionReason: string | null;
  onControl: boolean;
  targetValue: number | null;
  unit: string | null;
  /** True when a lower value is better («снизить долю … до 5 %»). */
  lowerIsBetter: boolean;
  /** For the summary only: the document the directive comes from. */
  documentId?: string | null;
  /** For the summary only: the responsible person, else the executors as written. */
  responsible?: string | null;
  /** For the summary only: the indicator the target measures. */
  indicator?: string | null;
}

export interface CheckReport {
  directiveKey: string;
  orgCode: string;
  /** `2024-Q1`. */
  period: string;
  status: ReportStatus | null;
  actual: number | null;
  numerator: number | null;
  denominator: number | null;
  doneDate: string | null;
  /** ISO date or date-time the report arrived. */
  receivedAt: string | null;
  /** «Что сделано», as the school wrote it. */
  whatDone?: string | null;
}

export interface CheckOptions {
  /** Report date D, ISO. */
  asOf: string;
  /** Reporting period whose reports are owed, `2024-Q1`; defaults to the quarter of `asOf`. */
  period?: string | null;
  /** Warning window W in days. */
  warningDays: number;
  /** Count days late/overdue in working days (Mon–Fri). */
  workingDays: boolean;
}

export interface CheckInput extends CheckOptions {
  directives: CheckDirective[];
  reports: CheckReport[];
}

export type TargetOutcome = "reached" | "missed" | "noValue";

/**
 * One row of «Контроль» as the figures need it. Every figure of the summary sheet, the pane
 * and the collegium document is computed from these alone (core/summary/figures.ts).
 */
export interface ControlMark {
  directiveKey: string;
  orgCode: string;
  mark: Mark;
  /** Days late (done after T) or overdue (D after T); null otherwise. */
  days: number | null;
  /** True when the addressee sent a report for the checked period. */
  reported: boolean;
  /** «Целевой показатель»; empty when the directive has no target. */
  targetMark: TargetMark | "";
  /** Value the school gave, in the directive's unit; null when none. */
  actual: number | null;
  /** Numerator and denominator behind `actual`, when the school gave them (for the district figure). */
  numerator: number | null;
  denominator: number | null;
}

export interface MarkResult extends ControlMark {
  /** Effective control date T (after an extension), ISO; null when none applies. */
  controlDate: string | null;
  /** Whether and how the work was reported done as of D, regardless of the target. */
  done: "onTime" | "late" | null;
  target: number | null;
  /** Russian, for the «Подробности» column. */
  details: string;
  /** «Что сделано» of the report the mark rests on, for the collegium's «Информация об исполнении». */
  whatDone: string | null;
  /** Date done of that report, ISO; null when none. */
  doneDate: string | null;
}
