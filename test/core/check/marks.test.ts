import assert from "node:assert/strict";
import { computeMarks, MARK, TARGET_MARK, type CheckDirective, type CheckReport, type Mark } from "../../../src/core/check";
import { readRecurrence } from "../../../src/core/parse/deadline/recurrence";

function directive(over: Partial<CheckDirective> = {}): CheckDirective {
  return {
    key: "R1/1",
    n: "1",
    text: "Провести мониторинг",
    addressees: ["S1"],
    kind: "date",
    controlDate: "2024-03-15",
    extendedTo: null,
    extensionReason: null,
    onControl: true,
    targetValue: null,
    unit: null,
    lowerIsBetter: false,
    ...over,
  };
}

function report(over: Partial<CheckReport> = {}): CheckReport {
  return {
    directiveKey: "R1/1",
    orgCode: "S1",
    period: "2024-Q1",
    status: "done",
    actual: null,
    numerator: null,
    denominator: null,
    doneDate: null,
    receivedAt: null,
    ...over,
  };
}

interface Case {
  name: string;
  d?: Partial<CheckDirective>;
  r?: Partial<CheckReport>[];
  asOf: string;
  period?: string;
  warningDays?: number;
  workingDays?: boolean;
  mark: Mark;
  days?: number | null;
  done?: "onTime" | "late" | null;
  details?: RegExp;
  /** The «Целевой показатель» column. */
  target?: string;
}

// Written from WORKBOOK.md «The check, precisely» before the code: T = 15.03.2024 (a Friday),
// W = 14, so T − W = 01.03.2024 and T − W − 1 = 29.02.2024.
const QUARTERLY_5TH = "ежеквартально, до 5 числа месяца, следующего за отчётным кварталом";
const cases: Case[] = [
  // Precedence 1: off control.
  { name: "taken off control", d: { onControl: false }, asOf: "2024-03-31", mark: MARK.removed, days: null, target: "" },
  { name: "off control wins over done", d: { onControl: false }, r: [{ doneDate: "2024-03-01" }], asOf: "2024-03-31", mark: MARK.removed },
  // Precedence 2: done as of D, compared with T.
  { name: "done on T", r: [{ doneDate: "2024-03-15" }], asOf: "2024-03-31", mark: MARK.onTime, days: null, done: "onTime" },
  { name: "done on T + 1", r: [{ doneDate: "2024-03-16" }], asOf: "2024-03-31", mark: MARK.late, days: 1, done: "late", details: /с опозданием на 1 день/ },
  { name: "done 10 days late", r: [{ doneDate: "2024-03-25" }], asOf: "2024-03-31", mark: MARK.late, days: 10 },
  { name: "done late, counted in working days", r: [{ doneDate: "2024-03-25" }], asOf: "2024-03-31", workingDays: true, mark: MARK.late, days: 6 },
  { name: "done before T, file received after D: counts", r: [{ doneDate: "2024-03-10", receivedAt: "2024-04-03T10:00" }], asOf: "2024-03-31", mark: MARK.onTime },
  { name: "Q1 prepared in April from files sent by the 5th", r: [{ doneDate: "2024-03-10", receivedAt: "2024-04-04T09:00" }], asOf: "2024-04-05", period: "2024-Q1", mark: MARK.onTime },
  { name: "done after D, reported later: not done as of D", r: [{ doneDate: "2024-04-02", receivedAt: "2024-04-03T10:00" }], asOf: "2024-03-31", mark: MARK.overdue, days: 16, details: /позже даты отчёта/ },
  { name: "done after D, before T: not done yet", r: [{ doneDate: "2024-03-14" }], asOf: "2024-03-12", mark: MARK.dueSoon, done: null, details: /позже даты отчёта/ },
  { name: "«выполнено» without a date counts as not done", r: [{ status: "done", doneDate: null }], asOf: "2024-03-31", mark: MARK.overdue, details: /без даты выполнения/ },
  { name: "done reported in an earlier quarter stays done", d: { controlDate: "2024-05-01" }, r: [{ period: "2024-Q1", doneDate: "2024-03-10" }], asOf: "2024-06-30", mark: MARK.onTime },
  { name: "a later quarter's report does not count", r: [{ period: "2024-Q2", doneDate: "2024-03-10" }], asOf: "2024-03-31", mark: MARK.overdue },
  // Precedence 3: not done and T < D, whether or not a report came.
  { name: "T + 1, in progress", r: [{ status: "inProgress" }], asOf: "2024-03-16", mark: MARK.overdue, days: 1 },
  { name: "T + 1, no report", asOf: "2024-03-16", mark: MARK.overdue, days: 1, details: /не поступал/ },
  { name: "overdue in working days", asOf: "2024-03-31", workingDays: true, mark: MARK.overdue, days: 10 },
  { name: "not done by the school's own word", r: [{ status: "notDone" }], asOf: "2024-03-20", mark: MARK.overdue, days: 5, details: /не выполнено/ },
  // Precedence 4: a report is owed for P and none came.
  { name: "T − W − 1, no report", asOf: "2024-02-29", mark: MARK.noReport },
  { name: "T − W, no report", asOf: "2024-03-01", mark: MARK.noReport },
  { name: "T, no report", asOf: "2024-03-15", mark: MARK.noReport },
  { name: "due next year, no report this quarter", d: { controlDate: "2025-06-30" }, asOf: "2024-03-31", mark: MARK.noReport },
  // Precedence 5 and 6: T − W ≤ D ≤ T, else on control.
  { name: "T − W − 1, in progress", r: [{ status: "inProgress" }], asOf: "2024-02-29", mark: MARK.onControl },
  { name: "T − W, in progress", r: [{ status: "inProgress" }], asOf: "2024-03-01", mark: MARK.dueSoon, details: /через 14 дней/ },
  { name: "T, in progress", r: [{ status: "inProgress" }], asOf: "2024-03-15", mark: MARK.dueSoon, details: /истекает сегодня/ },
  { name: "zero warning window on T", r: [{ status: "inProgress" }], asOf: "2024-03-15", warningDays: 0, mark: MARK.dueSoon },
  { name: "zero warning window the day before", r: [{ status: "inProgress" }], asOf: "2024-03-14", warningDays: 0, mark: MARK.onControl },
  { name: "due next year, in progress", d: { controlDate: "2025-06-30" }, r: [{ status: "inProgress" }], asOf: "2024-03-31", mark: MARK.onControl },
  // An extension replaces T; the original stays in the details.
  {
    name: "extended, in progress",
    d: { extendedTo: "2024-06-30", extensionReason: "решение коллегии от 20.03.2024" },
    r: [{ status: "inProgress" }],
    asOf: "2024-03-31",
    mark: MARK.onControl,
    details: /Срок продлён до 30\.06\.2024 \(первоначальный срок 15\.03\.2024\); основание: решение коллегии/,
  },
  { name: "extended, done before the new date", d: { extendedTo: "2024-06-30" }, r: [{ doneDate: "2024-04-10", period: "2024-Q2" }], asOf: "2024-06-30", mark: MARK.onTime },
  { name: "extended, done the day after the new date", d: { extendedTo: "2024-06-30" }, r: [{ doneDate: "2024-07-01", period: "2024-Q3" }], asOf: "2024-07-31", mark: MARK.late, days: 1 },
  { name: "extended, overdue after the new date", d: { extendedTo: "2024-04-30" }, asOf: "2024-05-10", mark: MARK.overdue, days: 10 },
  // «постоянно» and no deadline: never overdue, never «Срок истекает»; only a report is owed.
  { name: "ongoing, first quarter, no report", d: { kind: "ongoing", controlDate: null }, asOf: "2024-03-31", mark: MARK.noReport, details: /Нет отчёта за I квартал 2024 г\./ },
  { name: "ongoing, Q1 report still missing in April", d: { kind: "ongoing", controlDate: null }, asOf: "2024-04-10", period: "2024-Q1", mark: MARK.noReport, days: null },
  { name: "ongoing, reported in progress at the quarter's end", d: { kind: "ongoing", controlDate: null }, r: [{ status: "inProgress" }], asOf: "2024-03-31", mark: MARK.onControl },
  { name: "ongoing, quarter reported done", d: { kind: "ongoing", controlDate: null }, r: [{ doneDate: "2024-03-28" }], asOf: "2024-03-31", mark: MARK.onTime },
  { name: "ongoing, last quarter's report does not count", d: { kind: "ongoing", controlDate: null }, r: [{ period: "2023-Q4", doneDate: "2023-12-20" }], asOf: "2024-03-31", mark: MARK.noReport },
  { name: "no deadline, in progress long after", d: { kind: "none", controlDate: null }, r: [{ status: "inProgress", period: "2024-Q4" }], asOf: "2024-12-31", mark: MARK.onControl },
  { name: "recurring without a day, in progress", d: { kind: "recurring", controlDate: null, deadlineRaw: "ежеквартально" }, r: [{ status: "inProgress" }], asOf: "2024-03-31", mark: MARK.onControl },
  // Recurring with a named day: T is that day for P (5 April for Q1), never the end of P.
  { name: "recurring 5th, reported done on 3 April", d: recurringOn5th(), r: [{ doneDate: "2024-04-03", receivedAt: "2024-04-03T15:00" }], asOf: "2024-04-05", period: "2024-Q1", mark: MARK.onTime },
  { name: "recurring 5th, done on 5 April (T)", d: recurringOn5th(), r: [{ doneDate: "2024-04-05" }], asOf: "2024-04-10", period: "2024-Q1", mark: MARK.onTime },
  { name: "recurring 5th, done on 6 April (T + 1)", d: recurringOn5th(), r: [{ doneDate: "2024-04-06" }], asOf: "2024-04-10", period: "2024-Q1", mark: MARK.late, days: 1 },
  { name: "recurring 5th, nothing by 10 April", d: recurringOn5th(), asOf: "2024-04-10", period: "2024-Q1", mark: MARK.overdue, days: 5 },
  { name: "recurring 5th, in progress at the quarter's end", d: recurringOn5th(), r: [{ status: "inProgress" }], asOf: "2024-03-31", mark: MARK.dueSoon, details: /05\.04\.2024/ },
  { name: "recurring 5th, no report at the quarter's end", d: recurringOn5th(), asOf: "2024-03-31", mark: MARK.noReport },
  { name: "monthly by the 25th: T is 25 March for Q1", d: { kind: "recurring", controlDate: null, deadlineRaw: "ежемесячно до 25 числа" }, r: [{ status: "inProgress" }], asOf: "2024-03-26", mark: MARK.overdue, days: 1 },
  // «в течение 2024 года»: no T before the period ends; then the end of the period.
  { name: "year period, Q1, no report", d: { kind: "period", controlDate: "2024-12-31" }, asOf: "2024-03-31", mark: MARK.noReport },
  { name: "year period, Q1, in progress", d: { kind: "period", controlDate: "2024-12-31" }, r: [{ status: "inProgress" }], asOf: "2024-03-31", mark: MARK.onControl, details: /до 31\.12\.2024/ },
  { name: "year period, Q4, in progress near the end", d: { kind: "period", controlDate: "2024-12-31" }, r: [{ status: "inProgress", period: "2024-Q4" }], asOf: "2024-12-20", mark: MARK.dueSoon },
  { name: "year period, Q4 checked in January", d: { kind: "period", controlDate: "2024-12-31" }, r: [{ status: "inProgress", period: "2024-Q4" }], asOf: "2025-01-10", period: "2024-Q4", mark: MARK.overdue, days: 10 },
  // The «Целевой показатель» column, separate from the mark.
  { name: "no target: empty", r: [{ doneDate: "2024-03-01", actual: 80 }], asOf: "2024-03-31", mark: MARK.onTime, target: "" },
  { name: "target reached", d: { targetValue: 75, unit: "%" }, r: [{ doneDate: "2024-03-01", actual: 80 }], asOf: "2024-03-31", mark: MARK.onTime, target: TARGET_MARK.reached },
  { name: "done in time, value misses", d: { targetValue: 75, unit: "%" }, r: [{ doneDate: "2024-03-01", actual: 70 }], asOf: "2024-03-31", mark: MARK.onTime, done: "onTime", target: TARGET_MARK.below, details: /Факт 70 % при цели 75 %/ },
  { name: "done late, value misses", d: { targetValue: 75, unit: "%" }, r: [{ doneDate: "2024-03-20", actual: 70 }], asOf: "2024-03-31", mark: MARK.late, days: 5, target: TARGET_MARK.below },
  { name: "target from numerator and denominator", d: { targetValue: 75, unit: "%" }, r: [{ doneDate: "2024-03-01", numerator: 3, denominator: 4 }], asOf: "2024-03-31", mark: MARK.onTime, target: TARGET_MARK.reached },
  { name: "«не более 1 %», 0,8 %", d: { targetValue: 1, unit: "%", lowerIsBetter: true }, r: [{ doneDate: "2024-03-01", actual: 0.8 }], asOf: "2024-03-31", mark: MARK.onTime, target: TARGET_MARK.reached },
  { name: "«не более 1 %», 1 %", d: { targetValue: 1, unit: "%", lowerIsBetter: true }, r: [{ doneDate: "2024-03-01", actual: 1 }], asOf: "2024-03-31", mark: MARK.onTime, target: TARGET_MARK.reached },
  { name: "«не более 1 %», 1,5 %: не достигнут", d: { targetValue: 1, unit: "%", lowerIsBetter: true }, r: [{ doneDate: "2024-03-01", actual: 1.5 }], asOf: "2024-03-31", mark: MARK.onTime, target: TARGET_MARK.notReached, details: /при цели не более 1 %/ },
  { name: "value without a date done: no value", d: { kind: "ongoing", controlDate: null, targetValue: 75, unit: "%" }, r: [{ status: "inProgress", actual: 60 }], asOf: "2024-02-01", mark: MARK.onControl, target: TARGET_MARK.noValue },
  { name: "value dated after D: no value", d: { targetValue: 75, unit: "%" }, r: [{ status: "inProgress", actual: 80, doneDate: "2024-04-02" }], asOf: "2024-03-31", mark: MARK.overdue, target: TARGET_MARK.noValue },
  { name: "no report: no value", d: { targetValue: 75, unit: "%" }, asOf: "2024-03-31", mark: MARK.overdue, target: TARGET_MARK.noValue },
  { name: "target and off control: empty", d: { targetValue: 75, unit: "%", onControl: false }, asOf: "2024-03-31", mark: MARK.removed, target: "" },
];

function recurringOn5th(): Partial<CheckDirective> {
  return { kind: "recurring", controlDate: null, deadlineRaw: QUARTERLY_5TH, recurrence: readRecurrence(QUARTERLY_5TH) };
}

describe("computeMarks: one mark per directive and addressee", () => {
  for (const c of cases) {
    it(`${c.name} → ${c.mark}`, () => {
      const marks = computeMarks({
        directives: [directive(c.d)],
        reports: (c.r ?? []).map((r) => report(r)),
        asOf: c.asOf,
        period: c.period ?? null,
        warningDays: c.warningDays ?? 14,
        workingDays: c.workingDays ?? false,
      });
      assert.equal(marks.length, 1);
      const [m] = marks;
      assert.equal(m.mark, c.mark, m.details);
      if (c.days !== undefined) assert.equal(m.days, c.days);
      if (c.done !== undefined) assert.equal(m.done, c.done);
      if (c.details) assert.match(m.details, c.details);
      if (c.target !== undefined) assert.equal(m.targetMark, c.target);
    });
  }

  it("gives every addressee its own mark and skips duplicate codes", () => {
    const marks = computeMarks({
      directives: [directive({ addressees: ["S1", "S2", "S1"] })],
      reports: [report({ orgCode: "S2", doneDate: "2024-03-10" })],
      asOf: "2024-03-31",
      warningDays: 14,
      workingDays: false,
    });
    assert.deepEqual(
      marks.map((m) => [m.orgCode, m.mark]),
      [
        ["S1", MARK.overdue],
        ["S2", MARK.onTime],
      ],
    );
  });

  it("keeps the original control date when the deadline is extended", () => {
    const [m] = computeMarks({
      directives: [directive({ extendedTo: "2024-06-30" })],
      reports: [],
      asOf: "2024-03-31",
      warningDays: 14,
      workingDays: false,
    });
    assert.equal(m.controlDate, "2024-06-30");
    assert.match(m.details, /15\.03\.2024/);
  });
});
