import assert from "node:assert/strict";
import { runDynamics } from "../../src/app/dynamics";
import { SETTING_NAMES } from "../../src/app/settings";
import { runSummary } from "../../src/app/summary";
import type { Row } from "../../src/core/workbook/port";
import { REPORTS } from "../../src/core/workbook/schema";
import { lettersPort, OFFICE } from "../support/letters-district";

const Q2 = (n: string, orgCode: string, over: Row): Row => ({
  directiveKey: `К-2024-01/${n}`,
  orgCode,
  period: "2024-Q2",
  status: "выполняется",
  actual: null,
  numerator: null,
  denominator: null,
  doneDate: null,
  receivedAt: "2024-07-02T10:00",
  ...over,
});

// The second quarter: СОШ № 3 finally holds the olympiad (late), everyone reports the coverage
// (СОШ № 3 for the first time), СОШ № 2 updates the accessibility passports in time.
const Q2_REPORTS: Row[] = [
  Q2("1", "ОО-03", { status: "выполнено", doneDate: "2024-04-20" }),
  Q2("2", "ОО-01", { numerator: 85, denominator: 100, doneDate: "2024-06-25" }),
  Q2("2", "ОО-02", { numerator: 40, denominator: 50, doneDate: "2024-06-25" }),
  Q2("2", "ОО-03", { numerator: 30, denominator: 60, doneDate: "2024-06-20" }),
  Q2("3", "ОО-01", {}),
  Q2("6", "ОО-02", { status: "выполнено", doneDate: "2024-04-08" }),
];

function twoQuarters() {
  const port = lettersPort(OFFICE, [{ name: SETTING_NAMES.asOf, value: "05.07.2024", hint: "" }]);
  port.tables.get(REPORTS.name)!.push(...Q2_REPORTS.map((r) => ({ ...r })));
  return port;
}

describe("runDynamics: «Динамика», the quarters side by side", () => {
  it("shows, for each quarter with reports, exactly the figures of that quarter's «Сводка»", async () => {
    const port = twoQuarters();
    const dynamics = await runDynamics(port, "2024-07-06T09:00");
    assert.deepEqual(dynamics.summaries.map((s) => [s.period, s.asOf]), [
      ["2024-Q1", "2024-04-05"],
      ["2024-Q2", "2024-07-05"],
    ]);
    const sheet = port.sheets.get("Динамика")!;
    const [byQuarter, byOrg, silentOverdue, targets] = sheet.blocks;

    for (const [i, period] of ["2024-Q1", "2024-Q2"].entries()) {
      const asOf = dynamics.summaries[i].asOf;
      const quarter = await runSummary(port, period, asOf, "2024-07-06T09:00");
      const t = quarter.summary.totals;
      assert.deepEqual(byQuarter.rows[i].slice(2), [t.total, t.onTime, t.late, t.inProgress, t.overdue, t.onTimeShare], period);
      const summarySheet = port.sheets.get(`Сводка ${period}`)!;
      const discipline = summarySheet.blocks[1].rows;
      const orgRow = (name: unknown) => byOrg.rows.find((r) => r[0] === name)!;
      for (const r of discipline) {
        assert.equal(orgRow(r[0])[1 + i], r[9], `${period} ${r[0]}: % исполнения в срок`);
        const counts = silentOverdue.rows.find((x) => x[0] === r[0])!;
        assert.deepEqual([counts[1 + 2 * i], counts[2 + 2 * i]], [r[5], r[4]], `${period} ${r[0]}: нет отчёта, просрочено`);
      }
      for (const r of summarySheet.blocks[2].rows) {
        const row = targets.rows.find((x) => x[0] === r[0])!;
        assert.equal(row[3 + i], r[2], `${period} ${r[0]}: значение по району`);
      }
    }
    // What the methodologist reads: the trend, not only equality.
    // СОШ № 2: late with the olympiad, in time with the plans; in II quarter also the passports in time.
    const school2 = byOrg.rows.find((r) => r[0] === "МБОУ «СОШ № 2»")!;
    assert.equal(school2[1], 0.5);
    assert.ok(Math.abs((school2[2] as number) - 2 / 3) < 1e-9);
    // Coverage: (80 + 35) / (100 + 50) in I quarter, (85 + 40 + 30) / (100 + 50 + 60) in II.
    assert.deepEqual(targets.rows[0].slice(1), [75, "%", 76.67, 73.81]);
    assert.equal(byQuarter.chart?.series.length, 1);
    assert.deepEqual(targets.chart?.series, [3, 4]);
  });

  it("a свод without reports gets a sheet that says so", async () => {
    const port = lettersPort();
    port.tables.set(REPORTS.name, []);
    const result = await runDynamics(port, "2024-07-06T09:00");
    assert.deepEqual(result.summaries, []);
    assert.match(port.sheets.get("Динамика")!.subtitle ?? "", /Кварталы, за которые есть отчёты: нет\./);
  });
});
