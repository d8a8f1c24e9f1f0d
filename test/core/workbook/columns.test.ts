import assert from "node:assert/strict";
import { columnLetters, headerKey, locateColumns, numberFormatFor } from "../../../src/core/workbook/columns";
import { DIRECTIVES } from "../../../src/core/workbook/schema";

describe("core/workbook/columns", () => {
  it("finds columns by header whatever the order, case, spacing or ё", () => {
    const headers = ["Моя колонка", "текст  поручения", "КЛЮЧ", "Изменение при импорте"];
    const { positions, missing } = locateColumns(DIRECTIVES, headers);
    assert.equal(positions.get("key"), 2);
    assert.equal(positions.get("text"), 1);
    assert.equal(positions.get("revision"), 3);
    assert.ok(missing.includes("note"));
    assert.equal(headerKey(" Срок  продлён до "), "срок продлен до");
  });
  it("shows dates as ДД.ММ.ГГГГ and keeps text as text", () => {
    assert.equal(numberFormatFor("date"), "dd.mm.yyyy");
    assert.equal(numberFormatFor("longtext"), "@");
    assert.equal(numberFormatFor("percent"), "0.0%");
  });
  it("names columns as Excel does", () => {
    assert.deepEqual([0, 25, 26, 27, 701, 702].map(columnLetters), ["A", "Z", "AA", "AB", "ZZ", "AAA"]);
  });
});
