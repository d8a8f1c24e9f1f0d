import assert from "node:assert/strict";
import { defaultPeriod, periodOptions, periodText, PREVIOUS_QUARTERS } from "../../src/taskpane/periods-view";

describe("taskpane/periods-view", () => {
  it("offers the current quarter and the ones before it, newest first, as «I квартал 2024 г.»", () => {
    const options = periodOptions("2024-02-10");
    assert.equal(options.length, PREVIOUS_QUARTERS + 1);
    assert.deepEqual(options[0], { value: "2024-Q1", label: "I квартал 2024 г." });
    assert.deepEqual(options[1], { value: "2023-Q4", label: "IV квартал 2023 г." });
    assert.equal(options.at(-1)!.value, "2023-Q1");
  });

  it("adds the period from «Настройки» when it is not among them, in its place", () => {
    const options = periodOptions("2024-11-20", ["2025-Q1", "2020-Q2", "мусор", null]);
    assert.equal(options[0].value, "2025-Q1");
    assert.equal(options.at(-1)!.value, "2020-Q2");
    assert.equal(options.filter((o) => o.value === "2024-Q4").length, 1);
    assert.equal(periodOptions("2024-11-20", ["2024-Q3"]).length, PREVIOUS_QUARTERS + 1, "no duplicate");
  });

  it("starts on the settings' period, else on the current quarter", () => {
    assert.equal(defaultPeriod("2024-11-20", "2024-Q3"), "2024-Q3");
    assert.equal(defaultPeriod("2024-11-20", null), "2024-Q4");
    assert.equal(defaultPeriod("2024-11-20", "не период"), "2024-Q4");
    assert.equal(periodText("2024-Q2"), "II квартал 2024 г.");
  });
});
