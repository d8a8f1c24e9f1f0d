import assert from "node:assert/strict";
import { readRecurrence, recurrenceDue } from "../../../../src/core/parse/deadline/recurrence";
import { parseResolution } from "../../../../src/core/parse";
import type { Quarter } from "../../../../src/core/periods";

const Q1: Quarter = { year: 2024, q: 1 };
const Q2: Quarter = { year: 2024, q: 2 };
const Q4: Quarter = { year: 2024, q: 4 };

// Expected control dates written first, from the words of each phrase.
const cases: [string, Quarter, string | null][] = [
  ["ежеквартально, до 5 числа месяца, следующего за отчётным кварталом", Q1, "2024-04-05"],
  ["ежеквартально до 5 числа месяца, следующего за отчетным", Q4, "2025-01-05"],
  ["ежеквартально, не позднее 10-го числа месяца, следующего за отчётным периодом", Q2, "2024-07-10"],
  ["ежемесячно до 25 числа", Q1, "2024-03-25"],
  ["до 5-го числа каждого месяца", Q1, "2024-03-05"],
  ["ежеквартально до 25 числа последнего месяца квартала", Q2, "2024-06-25"],
  ["ежемесячно до 31 числа", Q2, "2024-06-30"],
  ["1 раз в полугодие до 10 числа месяца, следующего за отчётным полугодием", Q1, null],
  ["1 раз в полугодие до 10 числа месяца, следующего за отчётным полугодием", Q2, "2024-07-10"],
  ["ежегодно до 1 сентября", Q1, null],
  ["ежегодно до 20 декабря", Q4, "2024-12-20"],
  ["ежеквартально", Q1, null],
  ["постоянно", Q1, null],
  ["2 раза в год", Q2, null],
];

describe("recurrence: the control date a recurring deadline names for a quarter", () => {
  for (const [raw, p, due] of cases) {
    it(`«${raw}», ${p.year}-Q${p.q} → ${due ?? "no date"}`, () => {
      assert.equal(recurrenceDue(readRecurrence(raw), p), due);
    });
  }

  it("reads the parts of the structure", () => {
    assert.deepEqual(readRecurrence("ежеквартально, до 5 числа месяца, следующего за отчётным кварталом"), { every: "quarter", day: 5, month: "next" });
    assert.deepEqual(readRecurrence("ежемесячно до 25 числа"), { every: "month", day: 25, month: "last" });
    assert.equal(readRecurrence(""), null);
    assert.equal(readRecurrence("по мере необходимости"), null);
  });

  it("is handed to the check by the parser, with the words kept as written", () => {
    const doc = parseResolution(
      [
        "РЕШЕНИЕ коллегии управления образования от 20.01.2024",
        "1. Руководителям общеобразовательных организаций:",
        "1.1. Представлять отчёт о реализации плана.",
        "Срок: ежеквартально, до 5 числа месяца, следующего за отчётным кварталом.",
        "1.2. Обеспечить охват горячим питанием.",
        "Срок: постоянно.",
      ].join("\n"),
    );
    const [first, second] = doc.directives;
    assert.equal(first.deadline.kind, "recurring");
    assert.match(first.deadline.raw ?? "", /ежеквартально, до 5 числа/);
    assert.deepEqual(first.deadline.recurrence, { every: "quarter", day: 5, month: "next" });
    assert.equal(second.deadline.recurrence, undefined);
  });
});
