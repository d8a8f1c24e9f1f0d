import assert from "node:assert/strict";
import { districtFigure, districtMethodNote, inferLowerIsBetter, reportedValue, targetOutcome } from "../../../src/core/check";

describe("targets", () => {
  it("takes the actual value, else numerator/denominator as a percentage", () => {
    assert.equal(reportedValue({ actual: 80, numerator: 1, denominator: 2 }, "%"), 80);
    assert.equal(reportedValue({ actual: null, numerator: 3, denominator: 4 }, "%"), 75);
    assert.equal(reportedValue({ actual: null, numerator: 3, denominator: 4 }, "чел."), 0.75);
    assert.equal(reportedValue({ actual: null, numerator: 3, denominator: 0 }, "%"), null);
  });

  it("compares against the target in the right direction", () => {
    assert.equal(targetOutcome(75, 75, false), "reached");
    assert.equal(targetOutcome(74.999, 75, false), "reached");
    assert.equal(targetOutcome(74.9, 75, false), "missed");
    assert.equal(targetOutcome(5, 5, true), "reached");
    assert.equal(targetOutcome(5.1, 5, true), "missed");
    assert.equal(targetOutcome(null, 5, true), "noValue");
  });

  it("reads «снизить … до» and «не более» as lower-is-better, «не менее» as higher", () => {
    assert.equal(inferLowerIsBetter("Снизить долю обучающихся, не сдавших ОГЭ, до 3 %"), true);
    assert.equal(inferLowerIsBetter("доля пропусков не более 5 %"), true);
    assert.equal(inferLowerIsBetter("Обеспечить охват не менее 75 % в целях снижения рисков"), false);
    assert.equal(inferLowerIsBetter("Увеличить охват дополнительным образованием до 80 %"), false);
  });

  it("district figure: Σ numerators / Σ denominators, never the mean of percentages", () => {
    const f = districtFigure(
      [
        { orgCode: "S1", value: 90, numerator: 9, denominator: 10 },
        { orgCode: "S2", value: 50, numerator: 45, denominator: 90 },
      ],
      "%",
    );
    assert.equal(f.value, 54); // 54 / 100, not (90 + 50) / 2 = 70
    assert.equal(f.method, "ratio");
    assert.match(districtMethodNote(f), /сумма числителей/);
  });

  it("district figure: schools with only a value are left out of a ratio and counted", () => {
    const f = districtFigure(
      [
        { orgCode: "S1", value: 75, numerator: 3, denominator: 4 },
        { orgCode: "S2", value: 10, numerator: null, denominator: null },
      ],
      "%",
    );
    assert.equal(f.value, 75);
    assert.equal(f.leftOut, 1);
    assert.match(districtMethodNote(f), /не учтены указавшие только значение: 1/);
  });

  it("district figure: the mean of values when no school gave numerators, marked as such", () => {
    const f = districtFigure(
      [
        { orgCode: "S1", value: 70, numerator: null, denominator: null },
        { orgCode: "S2", value: 80.5, numerator: null, denominator: null },
        { orgCode: "S3", value: null, numerator: null, denominator: null },
      ],
      "%",
    );
    assert.equal(f.value, 75.25);
    assert.equal(f.method, "mean");
    assert.equal(f.schools, 2);
    assert.match(districtMethodNote(f), /среднее/);
    assert.equal(districtFigure([], "%").value, null);
  });
});
