import assert from "node:assert/strict";
import { addDays, daysBetween, formatRu, isoToSerial, lastDayOfMonth, serialToIso, serialToIsoDateTime, workingDaysBetween } from "../../src/core/dates";

describe("core/dates", () => {
  it("converts ISO dates to Excel serials and back", () => {
    assert.equal(isoToSerial("2023-10-01"), 45200);
    assert.equal(serialToIso(45200), "2023-10-01");
    assert.equal(isoToSerial("1900-03-01"), 61);
    assert.equal(serialToIso(61), "1900-03-01");
  });
  it("reads the 1904 date system", () => {
    assert.equal(serialToIso(0 + 43738, true), "2023-10-01");
  });
  it("keeps time of day in date-time serials", () => {
    const s = isoToSerial("2024-03-31T15:30")!;
    assert.equal(serialToIsoDateTime(s), "2024-03-31T15:30");
  });
  it("rejects impossible dates instead of rolling them over", () => {
    assert.equal(isoToSerial("2023-02-30"), null);
    assert.equal(serialToIso(-5), null);
  });
  it("shows dates as ДД.ММ.ГГГГ, partial dates as ММ.ГГГГ", () => {
    assert.equal(formatRu("2023-10-01"), "01.10.2023");
    assert.equal(formatRu("2023-08"), "08.2023");
    assert.equal(formatRu(null), "");
  });
  it("does calendar arithmetic across months and leap years", () => {
    assert.equal(lastDayOfMonth(2024, 2), "2024-02-29");
    assert.equal(addDays("2024-02-28", 2), "2024-03-01");
    assert.equal(daysBetween("2024-03-31", "2024-04-10"), 10);
    assert.equal(daysBetween("2024-04-10", "2024-03-31"), -10);
  });
  it("counts working days Monday to Friday", () => {
    // Fri 2024-03-29 → Mon 2024-04-01: one working day.
    assert.equal(workingDaysBetween("2024-03-29", "2024-04-01"), 1);
    assert.equal(workingDaysBetween("2024-04-01", "2024-03-29"), -1);
  });
});
