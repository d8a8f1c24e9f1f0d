import assert from "node:assert/strict";
import { readDate, readNumber, readStatus } from "../../../src/core/ingest/values";

const text = (t: string) => ({ kind: "text" as const, text: t });
const value = <T>(r: { ok: true; value: T } | { ok: false; reason: string }) => (r.ok ? r.value : `ERR ${r.reason}`);

describe("ingest values", () => {
  it("reads statuses written in free words", () => {
    for (const s of ["Выполнено.", "выполнено", "ВЫПОЛНЕНО полностью", "исполнено"]) assert.equal(value(readStatus(s)), "выполнено", s);
    for (const s of ["в работе", "частично", "Выполняется", "в процессе"]) assert.equal(value(readStatus(s)), "выполняется", s);
    for (const s of ["не выполнено", "Не выполнено!", "нет", "не начато"]) assert.equal(value(readStatus(s)), "не выполнено", s);
    assert.match(String(value(readStatus("может быть"))), /статус «может быть» не распознан/);
  });

  it("reads percents as 0.75, 75, «75 %», «75,5%», a percent-formatted cell and «0,755»", () => {
    assert.equal(value(readNumber({ kind: "number", value: 0.75 }, true)), 75);
    assert.equal(value(readNumber({ kind: "number", value: 75 }, true)), 75);
    assert.equal(value(readNumber(text("75 %"), true)), 75);
    assert.equal(value(readNumber(text("75,5%"), true)), 75.5);
    assert.equal(value(readNumber({ kind: "number", value: 0.755, percent: true }, true)), 75.5);
    assert.equal(value(readNumber(text("0,755"), true)), 75.5);
    assert.equal(value(readNumber(text("1\u00a0234,5"), false)), 1234.5);
    assert.match(String(value(readNumber(text("много"), false))), /не число/);
    assert.match(String(value(readNumber({ kind: "error", code: "#DIV/0!" }, false))), /ошибка #DIV\/0!/);
  });

  const Q1_2024 = { start: "2024-01-01", end: "2024-03-31" };
  const Q4_2023 = { start: "2023-10-01", end: "2023-12-31" };

  it("reads dates as cells, ISO, «01.10.2023» and «1 окт»", () => {
    assert.equal(value(readDate({ kind: "date", iso: "2024-02-20" }, Q1_2024)), "2024-02-20");
    assert.equal(value(readDate(text("2024-02-20"), Q1_2024)), "2024-02-20");
    assert.equal(value(readDate(text("01.10.2023"), Q1_2024)), "2023-10-01");
    assert.equal(value(readDate(text("1 окт 2023 г."), Q1_2024)), "2023-10-01");
    assert.match(String(value(readDate(text("31.02.2024"), Q1_2024))), /такой даты нет/);
    assert.match(String(value(readDate({ kind: "formula-uncached", formula: "TODAY()" }, Q1_2024))), /формула без вычисленного значения/);
  });

  it("a date without a year takes the year that puts it nearest the report period, whenever the file is read", () => {
    // Q1 2024: October is the autumn before, March is in the quarter, early April just after it.
    assert.equal(value(readDate(text("1 окт"), Q1_2024)), "2023-10-01");
    assert.equal(value(readDate(text("01.10"), Q1_2024)), "2023-10-01");
    assert.equal(value(readDate(text("15 марта"), Q1_2024)), "2024-03-15");
    assert.equal(value(readDate(text("15.03"), Q1_2024)), "2024-03-15");
    assert.equal(value(readDate(text("2 апр."), Q1_2024)), "2024-04-02");
    // Q4 2023 read in 2025: still 2023, not the year of reading.
    assert.equal(value(readDate(text("1 окт"), Q4_2023)), "2023-10-01");
    assert.equal(value(readDate(text("20.12"), Q4_2023)), "2023-12-20");
    assert.equal(value(readDate(text("15 янв"), Q4_2023)), "2024-01-15");
    assert.match(String(value(readDate(text("30.02"), Q1_2024))), /такой даты нет/);
  });
});
