import assert from "node:assert/strict";
import { dateFromText, dateTimeFromText, numberFromText, typedText, yesNoFromText } from "../../../src/core/workbook/cell-text";

describe("what a text typed into a typed column means", () => {
  it("reads Russian numbers: comma decimals, spaces between thousands, percent points", () => {
    assert.equal(numberFromText("1 234,5"), 1234.5);
    assert.equal(numberFromText("1\u00a0234\u00a0567"), 1234567, "no-break spaces, as Excel formats thousands");
    assert.equal(numberFromText("75,5"), 75.5);
    assert.equal(numberFromText("75.5"), 75.5);
    assert.equal(numberFromText(" -3 "), -3);
    assert.equal(numberFromText("75 %"), 75, "targets are stated in percent points");
    assert.equal(numberFromText("75%"), 75);
  });

  it("leaves as text what a methodologist does not mean as a number", () => {
    assert.equal(numberFromText("1e3"), null, "never exponent notation");
    assert.equal(numberFromText("12 5"), null, "spaces only between groups of three");
    assert.equal(numberFromText("1.234,5"), null);
    assert.equal(numberFromText("около 80"), null);
    assert.equal(numberFromText(""), null);
  });

  it("reads dates ДД.ММ.ГГГГ and ISO, with a time in date-time columns", () => {
    assert.equal(dateFromText("01.10.2024"), "2024-10-01");
    assert.equal(dateFromText("1.10.2024"), "2024-10-01");
    assert.equal(dateFromText("2024-10-01"), "2024-10-01");
    assert.equal(dateFromText("31.02.2024"), null);
    assert.equal(dateTimeFromText("01.10.2024 14:30"), "2024-10-01T14:30");
    assert.equal(dateTimeFromText("01.10.2024 9:05"), "2024-10-01T09:05");
    assert.equal(dateTimeFromText("2024-10-01T14:30:00"), "2024-10-01T14:30");
    assert.equal(dateTimeFromText("01.10.2024"), "2024-10-01");
    assert.equal(dateTimeFromText("01.10.2024 25:00"), null);
  });

  it("reads «да» and «нет» in any case", () => {
    assert.equal(yesNoFromText("да"), true);
    assert.equal(yesNoFromText("Да"), true);
    assert.equal(yesNoFromText(" ДА "), true);
    assert.equal(yesNoFromText("НЕТ"), false);
    assert.equal(yesNoFromText("не знаю"), null);
  });

  it("gives what a column holds: numbers and ISO dates, else her text as typed", () => {
    assert.equal(typedText("1 234,5", "number"), 1234.5);
    assert.equal(typedText("1e3", "number"), "1e3");
    assert.equal(typedText("01.10.2024 14:30", "datetime"), "2024-10-01T14:30");
    assert.equal(typedText("01.10.2024 14:30", "date"), "2024-10-01");
    assert.equal(typedText("до конца года", "date"), "до конца года");
    assert.equal(typedText("  ", "number"), null);
    assert.equal(typedText("1 234,5", "text"), "1 234,5", "text columns keep the text");
  });
});
