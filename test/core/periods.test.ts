import assert from "node:assert/strict";
import { parsePeriod, periodEnd, periodLabel, periodOf, periodStart } from "../../src/core/periods";

describe("core/periods", () => {
  it("reads and labels quarters", () => {
    const p = parsePeriod("2024-q1")!;
    assert.deepEqual(p, { year: 2024, q: 1 });
    assert.equal(periodStart(p), "2024-01-01");
    assert.equal(periodEnd(p), "2024-03-31");
    assert.equal(periodLabel(p), "I квартал 2024 г.");
    assert.deepEqual(periodOf("2023-11-05"), { year: 2023, q: 4 });
    assert.equal(parsePeriod("2024-Q5"), null);
  });
});
