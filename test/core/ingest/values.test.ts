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

  it("reads dates as cells, ISO, «01.10.2023» and «1 окт» (year from the period)", () => {
    assert.equal(value(readDate({ kind: "date", iso: "2024-02-20" }, "2024-03-31")), "2024-02-20");
    assert.equal(value(readDate(text("2024-02-20"), "2024-03-31")), "2024-02-20");
    assert.equal(value(readDate(text("01.10.2023"), "2024-03-31")), "2023-10-01");
    assert.equal(value(readDate(text("1 окт"), "2024-03-31")), "2023-10-01");
    assert.equal(value(readDate(text("15 марта"), "2024-03-31")), "2024-03-15");
    assert.match(String(value(readDate(text("31.02.2024"), "2024-03-31"))), /такой даты нет/);
    assert.match(String(value(readDate({ kind: "formula-uncached", formula: "TODAY()" }, "2024-03-31"))), /формула без вычисленного значения/);
  });
});
