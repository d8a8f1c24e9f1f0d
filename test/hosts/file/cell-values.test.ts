import assert from "node:assert/strict";
import { fromExcel, toExcel } from "../../../src/hosts/file/cell-values";

describe("file host cell values", () => {
  it("turns ISO dates into Excel serials and back, in both date systems", () => {
    assert.equal(toExcel("2024-09-01", "date"), 45536);
    assert.equal(fromExcel(45536, "date"), "2024-09-01");
    assert.equal(toExcel("2024-09-01", "date", true), 45536 - 1462);
    assert.equal(fromExcel(45536 - 1462, "date", true), "2024-09-01");
    assert.equal(fromExcel(new Date(Date.UTC(2024, 8, 1)), "date"), "2024-09-01");
  });

  it("reads dates a user typed as text in ДД.ММ.ГГГГ", () => {
    assert.equal(fromExcel("01.10.2024", "date"), "2024-10-01");
    assert.equal(toExcel("01.10.2024", "date"), 45566);
    assert.equal(fromExcel("до конца года", "date"), "до конца года");
  });

  it("keeps times to the minute", () => {
    assert.equal(fromExcel(toExcel("2024-09-02T08:05", "datetime"), "datetime"), "2024-09-02T08:05");
    assert.equal(fromExcel(new Date(Date.UTC(2024, 8, 2, 8, 5, 0, 2)), "datetime"), "2024-09-02T08:05");
  });

  it("reads numbers typed with a decimal comma and writes codes as text", () => {
    assert.equal(fromExcel("75,5", "number"), 75.5);
    assert.equal(toExcel("80", "number"), 80);
    assert.equal(toExcel(7, "text"), "7");
    assert.equal(fromExcel(7, "text"), "7");
  });

  it("unwraps rich text, links and formula results", () => {
    assert.equal(fromExcel({ richText: [{ text: "Школа " }, { text: "№ 1" }] }, "text"), "Школа № 1");
    assert.equal(fromExcel({ text: "отчёт", hyperlink: "https://example.ru" }, "text"), "отчёт");
    assert.equal(fromExcel({ formula: "A1*2", result: 42 }, "number"), 42);
  });

  it("removes characters that would break the file and cuts text at Excel's cell limit", () => {
    assert.equal(toExcel("Шко\u0007ла", "text"), "Школа");
    const long = toExcel("я".repeat(40000), "longtext") as string;
    assert.equal(long.length, 32767);
    assert.ok(long.endsWith("…"));
  });
});
