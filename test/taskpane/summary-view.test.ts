import assert from "node:assert/strict";
import { computeMarks, directiveFromRow, reportFromRow, type CheckDirective } from "../../src/core/check";
import { MARK, TARGET_MARK, targetMissed, type ControlMark } from "../../src/core/check/types";
import { summarise, summarySheet, type Summary } from "../../src/core/summary";
import { summaryView, type FindingGroup, type GroupId, type SummaryView } from "../../src/taskpane/summary-view";
import { AS_OF, DIRECTIVE_ROWS, ORGANISATION_ROWS, PERIOD, REPORT_ROWS } from "../core/summary/scenario";

const directives = DIRECTIVE_ROWS.map(directiveFromRow).filter((d): d is CheckDirective => d !== null);
const organisations = ORGANISATION_ROWS.map((o) => ({ code: String(o.code), name: String(o.shortName) }));

/** The scenario's marks, as «Контроль» would hold them, and the summary made of them. */
function scenario(): { marks: ControlMark[]; summary: Summary } {
  const reports = REPORT_ROWS.map(reportFromRow).filter((r) => r !== null);
  const marks = computeMarks({ directives, reports, asOf: AS_OF, period: PERIOD, warningDays: 14, workingDays: false });
  return { marks, summary: summarise({ period: PERIOD, asOf: AS_OF, directives, marks, organisations }) };
}

const mark = (directiveKey: string, orgCode: string, m: ControlMark["mark"], over: Partial<ControlMark> = {}): ControlMark => ({
  directiveKey,
  orgCode,
  mark: m,
  days: null,
  reported: m !== MARK.noReport,
  targetMark: "",
  actual: null,
  numerator: null,
  denominator: null,
  ...over,
});

/**
 * Hand-written marks: the kindergarten sent nothing at all; СОШ № 2 sent part of its report;
 * two schools are overdue (1 and 21 days); a «не более 1 %» target missed by one school.
 */
function handMade(): { marks: ControlMark[]; summary: Summary } {
  const [d1, , , d4] = directives;
  const dropout: CheckDirective = {
    ...directives[1],
    key: "К-2024-01/7",
    n: "7",
    text: "Снизить долю обучающихся, не получивших аттестат, до уровня не более 1 %",
    targetValue: 1,
    unit: "%",
    lowerIsBetter: true,
  };
  const marks = [
    mark(d1.key, "ОО-01", MARK.overdue, { days: 1 }),
    mark(d1.key, "ОО-02", MARK.overdue, { days: 21 }),
    mark(d1.key, "ДОО-01", MARK.noReport),
    mark(d4.key, "ОО-02", MARK.noReport),
    mark(d4.key, "ДОО-01", MARK.noReport),
    mark(dropout.key, "ОО-01", MARK.onTime, { targetMark: TARGET_MARK.reached, actual: 0.8 }),
    mark(dropout.key, "ОО-02", MARK.onControl, { targetMark: TARGET_MARK.notReached, actual: 1.6 }),
    mark(dropout.key, "ОО-03", MARK.onTime, { targetMark: TARGET_MARK.reached, actual: 0 }),
  ];
  const summary = summarise({ period: PERIOD, asOf: AS_OF, directives: [d1, d4, dropout], marks, organisations });
  return { marks, summary };
}

const group = (v: SummaryView, id: GroupId): FindingGroup => v.groups.find((g) => g.id === id)!;
const titles = (g: FindingGroup, by: "byOrganisation" | "byDirective") => g[by].map((i) => i.title);

/**
 * Every number the view shows, recomputed from the marks alone; no organisation under a heading
 * its marks contradict.
 */
function assertFollowsMarks(view: SummaryView, summary: Summary, marks: ControlMark[]): void {
  const onControl = new Set(summary.directives.filter((d) => d.directive.onControl).map((d) => d.directive.key));
  const live = marks.filter((m) => onControl.has(m.directiveKey) && m.mark !== MARK.removed);
  const where = (p: (m: ControlMark) => boolean) => live.filter(p);
  const keysOf = (ms: ControlMark[], k: "orgCode" | "directiveKey") => [...new Set(ms.map((m) => m[k]))].sort();
  const numbers = (s: string) => (s.match(/\d+(?:,\d+)?/g) ?? []).map((x) => Number(x.replace(",", ".")));

  // Totals: directives by the rule of WORKBOOK.md, from their addressees' marks.
  const byDirective = new Map<string, ControlMark[]>();
  for (const m of live) byDirective.set(m.directiveKey, [...(byDirective.get(m.directiveKey) ?? []), m]);
  const outcomes = [...byDirective.values()].map((ms) =>
    ms.some((m) => m.mark === MARK.overdue)
      ? "overdue"
      : ms.every((m) => m.mark === MARK.onTime)
        ? "onTime"
        : ms.every((m) => m.mark === MARK.onTime || m.mark === MARK.late)
          ? "late"
          : "inProgress",
  );
  const n = (o: string) => outcomes.filter((x) => x === o).length;
  const due = n("onTime") + n("late") + n("overdue");
  const share = due ? `${Math.round((n("onTime") / due) * 100)} %` : "—";
  const totals = view.totals.replace(/^По состоянию на [\d.]+\. /, "");
  const expected = [outcomes.length, n("onTime"), n("late"), n("inProgress"), n("overdue"), ...(due ? [Number(share.replace(" %", ""))] : [])];
  assert.deepEqual(numbers(totals).slice(0, expected.length), expected, totals);
  assert.ok(totals.includes(`% исполнения в срок — ${share}`), totals);

  // Overdue: exactly the pairs marked «Просрочено», with their days.
  const overdue = where((m) => m.mark === MARK.overdue);
  const od = group(view, "overdue");
  assert.deepEqual(od.byOrganisation.map((i) => i.key).sort(), keysOf(overdue, "orgCode"));
  assert.deepEqual(od.byDirective.map((i) => i.key).sort(), keysOf(overdue, "directiveKey"));
  for (const item of od.byOrganisation) {
    const own = overdue.filter((m) => m.orgCode === item.key);
    assert.equal(item.n, own.length, item.title);
    assert.deepEqual(item.lines.map((l) => [l.directiveKey, l.days]).sort(), own.map((m) => [m.directiveKey, m.days]).sort());
  }
  for (const item of od.byDirective) assert.equal(item.n, overdue.filter((m) => m.directiveKey === item.key).length);
  if (overdue.length) assert.deepEqual(numbers(od.heading), [keysOf(overdue, "directiveKey").length, keysOf(overdue, "orgCode").length]);

  // Sent nothing: exactly the organisations with a «Нет отчёта» mark; «отчёт не представлен» only with no report at all.
  const silent = where((m) => m.mark === MARK.noReport);
  const sg = group(view, "silent");
  assert.deepEqual(sg.byOrganisation.map((i) => i.key).sort(), keysOf(silent, "orgCode"));
  assert.deepEqual(sg.byDirective.map((i) => i.key).sort(), keysOf(silent, "directiveKey"));
  for (const item of sg.byOrganisation) {
    const own = live.filter((m) => m.orgCode === item.key);
    const missing = own.filter((m) => m.mark === MARK.noReport);
    assert.equal(item.n, missing.length);
    assert.deepEqual(item.lines.map((l) => l.directiveKey).sort(), missing.map((m) => m.directiveKey).sort());
    if (own.some((m) => m.reported)) assert.deepEqual(numbers(item.summary), [missing.length, own.length], `${item.title}: ${item.summary}`);
    else assert.equal(item.summary, "отчёт не представлен");
  }
  for (const item of sg.byDirective) {
    const own = live.filter((m) => m.directiveKey === item.key);
    assert.deepEqual(numbers(item.summary), [own.filter((m) => m.mark === MARK.noReport).length, own.length], item.summary);
  }
  if (silent.length) assert.deepEqual(numbers(sg.heading), [keysOf(silent, "orgCode").length]);

  // Targets: exactly the pairs whose value misses the target, with the values.
  const missed = where((m) => targetMissed(m.targetMark));
  const tg = group(view, "targets");
  assert.deepEqual(tg.byDirective.map((i) => i.key).sort(), keysOf(missed, "directiveKey"));
  assert.deepEqual(tg.byOrganisation.map((i) => i.key).sort(), keysOf(missed, "orgCode"));
  for (const item of tg.byDirective)
    assert.deepEqual(item.lines.map((l) => [l.orgCode, l.value]).sort(), missed.filter((m) => m.directiveKey === item.key).map((m) => [m.orgCode, m.actual]).sort());
  for (const item of tg.byOrganisation) assert.equal(item.n, missed.filter((m) => m.orgCode === item.key).length);

  // Each summary line states its own number («отчёт не представлен» states that there is none).
  for (const g of view.groups)
    for (const item of [...g.byOrganisation, ...g.byDirective].filter((i) => i.summary !== "отчёт не представлен"))
      assert.ok(numbers(item.summary).includes(item.n), `${item.summary} ≠ ${item.n}`);
}

describe("taskpane/summary-view: who the pane names after the check and the summary", () => {
  it("totals: the sheet's figures over directives, and what «% исполнения в срок» counts", () => {
    const view = summaryView(scenario().summary);
    assert.equal(
      view.totals,
      "По состоянию на 31.03.2024. Поручений на контроле: 5; выполнено в срок — 1, с нарушением срока — 0, выполняется — 3, просрочено — 1; % исполнения в срок — 50 %.",
    );
    assert.match(view.shareNote, /выполнено в срок ÷ \(выполнено в срок \+ с нарушением срока \+ просрочено\); считаются поручения/);
    for (const summary of [scenario().summary, handMade().summary]) {
      const numbers = (t: string) => t.match(/\d+/g);
      assert.deepEqual(numbers(summaryView(summary).totals), numbers(summarySheet(summary).subtitle ?? ""), "the pane and «Сводка» give the same figures");
    }
  });

  it("names the overdue school with the directive and days, by organisation and by directive", () => {
    const od = group(summaryView(scenario().summary), "overdue");
    assert.equal(od.heading, "Просрочено: 1 поручение у 1 организации");
    assert.deepEqual(od.byOrganisation.map((i) => [i.title, i.summary]), [["МБОУ «СОШ № 3»", "просрочено 1 поручение"]]);
    assert.deepEqual(od.byOrganisation[0].lines.map((l) => l.text), ["п. 1. Провести школьный этап олимпиады — срок 15.03.2024, просрочено на 16 дней"]);
    assert.deepEqual(od.byDirective.map((i) => [i.title, i.summary]), [["п. 1. Провести школьный этап олимпиады", "срок 15.03.2024; просрочено у 1 организации"]]);
    assert.deepEqual(od.byDirective[0].lines.map((l) => l.text), ["МБОУ «СОШ № 3» — 16 дней"]);
  });

  it("names who sent no report, «по N из M» from the marks; the kindergarten whose late file says done is not among them", () => {
    const sg = group(summaryView(scenario().summary), "silent");
    assert.equal(sg.heading, "Не представили отчёт: 1 организация");
    assert.deepEqual(sg.byOrganisation.map((i) => [i.title, i.summary]), [["МБОУ «СОШ № 3»", "нет отчёта по 1 из 2 поручений"]]);
    assert.deepEqual(sg.byOrganisation[0].lines.map((l) => l.text), ["п. 2. Обеспечить охват дополнительным образованием не менее 75 %"]);
    assert.deepEqual(titles(sg, "byDirective"), ["п. 2. Обеспечить охват дополнительным образованием не менее 75 %"]);
    assert.equal(sg.byDirective[0].summary, "нет отчёта от 1 из 3 организаций");
  });

  it("names the missed target with the district figure and the school below it with its value", () => {
    const tg = group(summaryView(scenario().summary), "targets");
    assert.equal(tg.heading, "Целевой показатель не достигнут по 1 поручению");
    assert.deepEqual(
      tg.byDirective.map((i) => [i.title, i.summary]),
      [["п. 2. Обеспечить охват дополнительным образованием не менее 75 %", "цель — не менее 75 %, по району — 76,67 %; не достигнут у 1 организации"]],
    );
    assert.deepEqual(tg.byDirective[0].lines.map((l) => l.text), ["МБОУ «СОШ № 2» — 70 %"]);
    assert.deepEqual(tg.byOrganisation.map((i) => [i.title, i.summary]), [["МБОУ «СОШ № 2»", "не достигнут по 1 поручению"]]);
  });

  it("an organisation that sent nothing says so; plurals for 1 and 21 days; «не более 1 %» lists only the school above it", () => {
    const view = summaryView(handMade().summary);
    const sg = group(view, "silent");
    assert.deepEqual(
      sg.byOrganisation.map((i) => [i.title, i.summary]),
      [
        ["МБОУ «СОШ № 2»", "нет отчёта по 1 из 3 поручений"],
        ["МБДОУ «Детский сад № 1»", "отчёт не представлен"],
      ],
    );
    assert.equal(sg.heading, "Не представили отчёт: 2 организации");
    assert.ok(sg.byDirective[0].lines.some((l) => l.text === "МБДОУ «Детский сад № 1» — отчёт не представлен"));
    const od = group(view, "overdue");
    assert.equal(od.heading, "Просрочено: 1 поручение у 2 организаций");
    assert.deepEqual(od.byDirective[0].lines.map((l) => l.text), ["МБОУ «СОШ № 1» — 1 день", "МБОУ «СОШ № 2» — 21 день"]);
    const tg = group(view, "targets");
    assert.deepEqual(tg.byDirective[0].lines.map((l) => l.text), ["МБОУ «СОШ № 2» — 1,6 %"]);
    assert.match(tg.byDirective[0].summary, /^цель — не более 1 %, по району — /);
  });

  it("says so when nobody is overdue, silent or below target", () => {
    const empty = summarise({ period: PERIOD, asOf: AS_OF, directives: [directives[3]], marks: [mark(directives[3].key, "ОО-01", MARK.onTime)], organisations });
    const view = summaryView(empty);
    assert.deepEqual(
      view.groups.map((g) => [g.heading, g.empty, g.byOrganisation.length + g.byDirective.length]),
      [
        ["Просрочено", "Просроченных поручений нет.", 0],
        ["Не представили отчёт", "Отчёты представили все организации.", 0],
        ["Целевые показатели", "Поручений с целевым показателем нет.", 0],
      ],
    );
    assert.match(view.totals, /% исполнения в срок — 100 %\.$/);
  });

  it("with targets and no value reported yet, does not say they are reached", () => {
    const d = directives[1];
    const marks = [mark(d.key, "ОО-01", MARK.onControl, { targetMark: TARGET_MARK.noValue })];
    const tg = group(summaryView(summarise({ period: PERIOD, asOf: AS_OF, directives: [d], marks, organisations })), "targets");
    assert.equal(tg.empty, "Значений целевых показателей пока нет: организации их не сообщили.");
    const reached = [mark(d.key, "ОО-01", MARK.onControl, { targetMark: TARGET_MARK.reached, actual: 80 })];
    assert.equal(group(summaryView(summarise({ period: PERIOD, asOf: AS_OF, directives: [d], marks: reached, organisations })), "targets").empty, "Целевые показатели достигнуты у всех, кто сообщил значение.");
  });

  it("every number it shows follows from the marks alone, and nobody is under a heading the marks contradict", () => {
    for (const { marks, summary } of [scenario(), handMade()]) assertFollowsMarks(summaryView(summary), summary, marks);
  });
});
