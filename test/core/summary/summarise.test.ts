import assert from "node:assert/strict";
import { MARK } from "../../../src/core/check";
import { summarySheet } from "../../../src/core/summary";
import { scenarioSummary } from "./scenario";

// Expected figures worked out by hand from the scenario's rows and WORKBOOK.md «The check,
// precisely» before the code was run.
describe("summarise: the quarter for the collegium", () => {
  const s = scenarioSummary();

  it("counts directives: 5 on control, 1 done on time, 3 in progress, 1 overdue; % в срок over those due or done", () => {
    assert.deepEqual(s.totals, { total: 5, onTime: 1, late: 0, inProgress: 3, overdue: 1, onTimeShare: 0.5, withoutAddressees: 0 });
  });

  it("lists per directive the marks, who is overdue and who sent nothing", () => {
    const first = s.directives.find((d) => d.directive.n === "1")!;
    assert.equal(first.counts[MARK.onTime], 1);
    assert.equal(first.counts[MARK.late], 1);
    assert.equal(first.counts[MARK.overdue], 1);
    assert.deepEqual(first.overdue, [{ code: "ОО-03", name: "МБОУ «СОШ № 3»", days: 16 }]);
    assert.equal(first.status.text, "просрочено (1 из 3)");
    const second = s.directives.find((d) => d.directive.n === "2")!;
    assert.deepEqual(second.silent.map((o) => o.code), ["ОО-03"]);
    const third = s.directives.find((d) => d.directive.n === "3")!;
    assert.deepEqual(third.silent, [], "the kindergarten's report came after D but says done before it");
    assert.equal(third.counts[MARK.onTime], 1);
    assert.equal(s.directives.find((d) => d.directive.n === "4")!.status.text, "выполнено в срок (2 из 2)");
    assert.equal(s.directives.find((d) => d.directive.n === "5")!.outcome, "removed");
  });

  it("gives each organisation its counts and executive discipline", () => {
    const by = new Map(s.organisations.map((o) => [o.code, o]));
    assert.deepEqual(
      s.organisations.map((o) => o.code),
      ["ОО-01", "ОО-02", "ОО-03", "ДОО-01"],
    );
    assert.deepEqual([by.get("ОО-01")!.total, by.get("ОО-01")!.onTimeShare], [4, 1]);
    const second = by.get("ОО-02")!;
    assert.deepEqual([second.total, second.counts[MARK.onTime], second.counts[MARK.late], second.counts[MARK.dueSoon], second.onTimeShare], [4, 1, 1, 1, 0.5]);
    assert.equal(second.belowTarget, 1);
    const third = by.get("ОО-03")!;
    assert.deepEqual([third.total, third.counts[MARK.overdue], third.counts[MARK.noReport], third.onTimeShare], [2, 1, 1, 0]);
    assert.deepEqual([by.get("ДОО-01")!.total, by.get("ДОО-01")!.onTimeShare], [1, 1]);
  });

  it("computes the district figure as Σ numerators / Σ denominators and lists schools below target", () => {
    assert.equal(s.targets.length, 1);
    const [t] = s.targets;
    assert.equal(t.target, 75);
    assert.equal(t.district.value, 76.67); // 115 / 150
    assert.equal(t.district.method, "ratio");
    assert.deepEqual(t.below, [{ code: "ОО-02", name: "МБОУ «СОШ № 2»", value: 70 }]);
    assert.equal(t.noValue, 1);
  });

  it("lists the overdue directives, and exactly the organisations with a «Нет отчёта» mark", () => {
    assert.deepEqual(
      s.overdue.map((o) => [o.directive.n, o.controlDate, o.executors.map((e) => e.code)]),
      [["1", "2024-03-15", ["ОО-03"]]],
    );
    assert.deepEqual(
      s.silent.map((o) => [o.code, o.missing, o.owed, o.nothingAtAll]),
      [["ОО-03", 1, 2, false]],
    );
  });

  it("lays the summary out as a sheet with four blocks and two charts", () => {
    const sheet = summarySheet(s);
    assert.equal(sheet.name, "Сводка 2024-Q1");
    assert.match(sheet.title, /I квартал 2024 г\./);
    assert.match(sheet.subtitle ?? "", /31\.03\.2024.*на контроле: 5.*просрочено — 1.*50 %/);
    assert.deepEqual(
      sheet.blocks.map((b) => b.title),
      ["Исполнение по поручениям", "Исполнительская дисциплина организаций", "Целевые показатели", "Просроченные поручения"],
    );
    for (const b of sheet.blocks) {
      assert.equal(b.types.length, b.headers.length, b.title);
      for (const row of b.rows) assert.equal(row.length, b.headers.length, b.title);
    }
    const discipline = sheet.blocks[1];
    assert.equal(discipline.headers[1], "Всего на контроле");
    assert.equal(discipline.headers[7], "На контроле");
    assert.deepEqual(discipline.rows[1], ["МБОУ «СОШ № 2»", 4, 1, 1, 0, 0, 1, 1, 1, 0.5]);
    assert.match(discipline.note ?? "", /% исполнения в срок.*в срок ÷ \(выполнено в срок \+ с нарушением срока \+ просрочено\)/);
    assert.deepEqual(discipline.chart?.series, [9]);
    assert.deepEqual(sheet.blocks[2].rows[0].slice(1, 3), [75, 76.67]);
    assert.equal(sheet.blocks[2].chart?.kind, "column");
    assert.deepEqual(sheet.blocks[3].rows, [["1", "Провести школьный этап олимпиады", "15.03.2024", "МБОУ «СОШ № 3» (16 дней)"]]);
  });
});
