import assert from "node:assert/strict";
import { computeMarks, MARK, type CheckDirective, type CheckReport, type Mark } from "../../../src/core/check";

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
}

const cases: Case[] = [
  // Due 15.03.2024 (a Friday), W = 14.
  { name: "done on the due day", r: [{ doneDate: "2024-03-15" }], asOf: "2024-03-31", mark: MARK.onTime, days: null, done: "onTime" },
  { name: "done a day before", r: [{ doneDate: "2024-03-14" }], asOf: "2024-03-31", mark: MARK.onTime, done: "onTime" },
  { name: "done a day after the due day", r: [{ doneDate: "2024-03-16" }], asOf: "2024-03-31", mark: MARK.late, days: 1, done: "late", details: /с опозданием на 1 день/ },
  { name: "done 10 days late", r: [{ doneDate: "2024-03-25" }], asOf: "2024-03-31", mark: MARK.late, days: 10 },
  { name: "done late, counted in working days", r: [{ doneDate: "2024-03-25" }], asOf: "2024-03-31", workingDays: true, mark: MARK.late, days: 6 },
  { name: "in progress, report date the due day", r: [{ status: "inProgress" }], asOf: "2024-03-15", mark: MARK.dueSoon, details: /истекает сегодня/ },
  { name: "in progress, a day after the due day", r: [{ status: "inProgress" }], asOf: "2024-03-16", mark: MARK.overdue, days: 1 },
  { name: "nothing reported, 16 days after", asOf: "2024-03-31", mark: MARK.overdue, days: 16, details: /Отчёт не поступал/ },
  { name: "overdue in working days", asOf: "2024-03-31", workingDays: true, mark: MARK.overdue, days: 10 },
  { name: "not done by the school's own word", r: [{ status: "notDone" }], asOf: "2024-03-20", mark: MARK.overdue, days: 5, details: /не выполнено/ },
  // Warning window edges: T − W = 01.03.2024.
  { name: "first day of the warning window", r: [{ status: "inProgress" }], asOf: "2024-03-01", mark: MARK.dueSoon, details: /через 14 дней/ },
  { name: "a day before the warning window", r: [{ status: "inProgress" }], asOf: "2024-02-29", mark: MARK.onControl },
  { name: "zero warning window on the due day", r: [{ status: "inProgress" }], asOf: "2024-03-15", warningDays: 0, mark: MARK.dueSoon },
  { name: "zero warning window the day before", r: [{ status: "inProgress" }], asOf: "2024-03-14", warningDays: 0, mark: MARK.onControl },
  // Reports dated after the report date are ignored for that date.
  {
    name: "report received after the report date",
    r: [{ doneDate: "2024-03-10", receivedAt: "2024-04-02T10:00" }],
    asOf: "2024-03-31",
    mark: MARK.overdue,
    days: 16,
    details: /позже даты отчёта и не учтён/,
  },
  { name: "the same report once received", r: [{ doneDate: "2024-03-10", receivedAt: "2024-04-02T10:00" }], asOf: "2024-04-02", period: "2024-Q1", mark: MARK.onTime },
  { name: "done date after the report date", r: [{ doneDate: "2024-03-20" }], asOf: "2024-03-12", mark: MARK.dueSoon, done: null, details: /позже даты отчёта/ },
  { name: "report for a later quarter", r: [{ period: "2024-Q2", doneDate: "2024-03-10" }], asOf: "2024-03-31", mark: MARK.overdue },
  { name: "done reported in an earlier quarter", d: { controlDate: "2024-05-01" }, r: [{ period: "2024-Q1", doneDate: "2024-03-10" }], asOf: "2024-06-30", mark: MARK.onTime },
  { name: "done without a date counts from receipt", r: [{ receivedAt: "2024-03-20T09:00" }], asOf: "2024-03-31", mark: MARK.late, days: 5, details: /не указана/ },
  // Extended deadline.
  {
    name: "extended deadline, in progress",
    d: { extendedTo: "2024-06-30", extensionReason: "решение коллегии от 20.03.2024" },
    r: [{ status: "inProgress" }],
    asOf: "2024-03-31",
    mark: MARK.onControl,
    details: /Срок продлён до 30\.06\.2024 \(первоначальный срок 15\.03\.2024\); основание: решение коллегии/,
  },
  { name: "done before the extended date", d: { extendedTo: "2024-06-30" }, r: [{ doneDate: "2024-04-10", period: "2024-Q2" }], asOf: "2024-06-30", mark: MARK.onTime },
  { name: "overdue after the extended date", d: { extendedTo: "2024-04-30" }, asOf: "2024-05-10", mark: MARK.overdue, days: 10 },
  // A date directive owes a report in the quarter its deadline falls in.
  { name: "date directive due this quarter, no report", d: { controlDate: "2024-06-20" }, asOf: "2024-05-01", mark: MARK.noReport },
  { name: "date directive due next quarter, no report", d: { controlDate: "2024-09-20" }, asOf: "2024-05-01", mark: MARK.onControl, details: /Срок 20\.09\.2024/ },
  // Ongoing and recurring: a report every quarter, due at the quarter's end.
  { name: "ongoing, first quarter, no report yet", d: { kind: "ongoing", controlDate: null }, asOf: "2024-03-31", mark: MARK.noReport, details: /Нет отчёта за I квартал 2024 г\./ },
  { name: "ongoing, mid-quarter, no report yet", d: { kind: "ongoing", controlDate: null }, asOf: "2024-02-10", mark: MARK.noReport },
  { name: "ongoing, Q1 report still missing in April", d: { kind: "ongoing", controlDate: null }, asOf: "2024-04-10", period: "2024-Q1", mark: MARK.overdue, days: 10 },
  { name: "ongoing, quarter reported done", d: { kind: "ongoing", controlDate: null }, r: [{ doneDate: "2024-03-28" }], asOf: "2024-03-31", mark: MARK.onTime },
  { name: "ongoing, in progress at the quarter's end", d: { kind: "recurring", controlDate: null }, r: [{ status: "inProgress" }], asOf: "2024-03-31", mark: MARK.dueSoon },
  { name: "ongoing, last quarter's report does not count", d: { kind: "ongoing", controlDate: null }, r: [{ period: "2023-Q4", doneDate: "2023-12-20" }], asOf: "2024-03-31", mark: MARK.noReport },
  // Period directives («в течение года») owe a report each quarter and are overdue only after the period.
  { name: "school-year directive, no Q1 report", d: { kind: "period", controlDate: "2024-08-31" }, asOf: "2024-03-31", mark: MARK.noReport },
  { name: "school-year directive, in progress", d: { kind: "period", controlDate: "2024-08-31" }, r: [{ status: "inProgress" }], asOf: "2024-03-31", mark: MARK.onControl },
  { name: "school-year directive after its end", d: { kind: "period", controlDate: "2024-08-31" }, r: [{ status: "inProgress", period: "2024-Q3" }], asOf: "2024-09-02", mark: MARK.overdue, days: 2 },
  // Targets.
  { name: "done, target reached", d: { targetValue: 75, unit: "%" }, r: [{ doneDate: "2024-03-01", actual: 80 }], asOf: "2024-03-31", mark: MARK.onTime },
  { name: "done, target missed", d: { targetValue: 75, unit: "%" }, r: [{ doneDate: "2024-03-01", actual: 70 }], asOf: "2024-03-31", mark: MARK.belowTarget, done: "onTime", details: /Факт 70 % при цели 75 %/ },
  { name: "done late and below target keeps days late", d: { targetValue: 75, unit: "%" }, r: [{ doneDate: "2024-03-20", actual: 70 }], asOf: "2024-03-31", mark: MARK.belowTarget, days: 5, done: "late" },
  { name: "target from numerator and denominator", d: { targetValue: 75, unit: "%" }, r: [{ doneDate: "2024-03-01", numerator: 3, denominator: 4 }], asOf: "2024-03-31", mark: MARK.onTime },
  { name: "lower is better, reached", d: { targetValue: 5, unit: "%", lowerIsBetter: true }, r: [{ doneDate: "2024-03-01", actual: 4.5 }], asOf: "2024-03-31", mark: MARK.onTime },
  { name: "lower is better, missed", d: { targetValue: 5, unit: "%", lowerIsBetter: true }, r: [{ doneDate: "2024-03-01", actual: 6 }], asOf: "2024-03-31", mark: MARK.belowTarget },
  { name: "in progress below target before the deadline", d: { kind: "ongoing", controlDate: null, targetValue: 75, unit: "%" }, r: [{ status: "inProgress", actual: 60 }], asOf: "2024-02-01", mark: MARK.belowTarget },
  { name: "overdue wins over below target", d: { targetValue: 75, unit: "%" }, r: [{ status: "inProgress", actual: 60 }], asOf: "2024-03-31", mark: MARK.overdue },
  // Off control.
  { name: "taken off control", d: { onControl: false }, asOf: "2024-03-31", mark: MARK.removed, days: null },
];

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
