import assert from "node:assert/strict";
import fc from "fast-check";
import { dayCount, workingDaysFast } from "../../../src/core/check/days";
import { addDays, workingDaysBetween } from "../../../src/core/dates";

describe("day counts for days late or overdue", () => {
  it("counts Mon–Fri after the due day: Fri 15.03.2024 → Sun 31.03.2024 is 10 working days", () => {
    assert.equal(workingDaysFast("2024-03-15", "2024-03-31"), 10);
    assert.equal(workingDaysFast("2024-03-15", "2024-03-16"), 0);
    assert.equal(workingDaysFast("2024-03-15", "2024-03-18"), 1);
    assert.equal(dayCount("2024-03-15", "2024-03-31", false), 16);
  });

  it("agrees with the day-by-day count on any range", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: -400, max: 400 }), (start, span) => {
        const a = addDays("2020-01-01", start);
        const b = addDays(a, span);
        assert.equal(workingDaysFast(a, b), workingDaysBetween(a, b));
      }),
      { numRuns: 300 },
    );
  });
});
