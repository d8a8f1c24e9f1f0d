import assert from "node:assert/strict";
import { badDateMessage, dateText, parseRuDate } from "../../src/taskpane/date-input";

describe("taskpane/date-input", () => {
  it("reads dates typed ДД.ММ.ГГГГ, the way a Russian user writes them", () => {
    assert.equal(parseRuDate("27.12.2024"), "2024-12-27");
    assert.equal(parseRuDate(" 1.2.2025 "), "2025-02-01");
    assert.equal(parseRuDate("27.12.24"), "2024-12-27");
    assert.equal(dateText("2024-12-27"), "27.12.2024");
  });

  it("refuses what is not a calendar date, with a Russian sentence", () => {
    for (const bad of ["31.02.2024", "2024-12-27", "12/27/2024", "завтра", ""]) assert.equal(parseRuDate(bad), null, bad);
    assert.equal(badDateMessage("31.02.2024"), "Дата «31.02.2024» не распознана: укажите её как ДД.ММ.ГГГГ, например 27.12.2024.");
    assert.match(badDateMessage(" "), /^Укажите дату/);
  });
});
