// The parser must never throw and must stay linear in the size of the text.
import assert from "node:assert/strict";
import fc from "fast-check";
import { parseResolution, parseDeadline } from "../../../src/core/parse";

const GENRE_LINES = [
  "РЕЗОЛЮЦИЯ",
  "Конференция РЕШИЛА:",
  "Коллегия рекомендует:",
  "1. Принять к сведению доклад.",
  "2. Управлению образования (Иванова И.И.):",
  "2.1. Провести мониторинг. Срок: до 01.10.2022",
  "2.1.1.обеспечить сопровождение:",
  "- организовать работу;",
  "· Внести изменения",
  "· в Положение;",
  "Срок исполнения: постоянно.",
  "Срок: в течение года",
  "Руководителям ОО:",
  "МУ «ИМЦ» организовать семинар до 75 %;",
  "с. Акуша, 29 августа 2018 года",
  "Начальник управления И.И. Петрова",
  "[bookmark: b1]повысить качество",
  "1",
  "",
  "«««(((",
  "до 1 июня 2022 г., далее – один раз в полгода",
];

describe("parser properties", () => {
  it("never throws on random strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const doc = parseResolution(s);
        assert.ok(Array.isArray(doc.directives));
        parseDeadline(s);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on random mixes of genre lines", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...GENRE_LINES), { maxLength: 60 }), (lines) => {
        const doc = parseResolution(lines.join("\n"));
        for (const d of doc.directives) {
          assert.equal(typeof d.n, "string");
          assert.ok(["date", "period", "ongoing", "recurring", "none"].includes(d.deadline.kind));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("running time grows linearly with the text", () => {
    const block = GENRE_LINES.join("\n") + "\n" + "x".repeat(200) + " до 5 % «а» (б) и в, г;\n";
    const time = (copies: number) => {
      const text = block.repeat(copies);
      const t0 = process.hrtime.bigint();
      parseResolution(text);
      return Number(process.hrtime.bigint() - t0);
    };
    time(20); // warm up
    const small = Math.min(time(40), time(40), time(40));
    const large = Math.min(time(160), time(160), time(160));
    // 4× the text may cost at most ~4× with generous slack; quadratic would be ~16×
    assert.ok(large / small < 10, `ratio ${(large / small).toFixed(1)}`);
  });

  // Compared with an ordinary line of the same length, not with a clock: a loaded machine slows both.
  it("long hostile lines do not backtrack catastrophically", () => {
    const hostile = ["1." + "1.".repeat(5000), "до " + "1 ".repeat(5000), "«".repeat(5000) + "срок", "в течение " + "года ".repeat(3000)];
    const time = (line: string) => {
      const t0 = process.hrtime.bigint();
      parseResolution(`РЕШИЛА:\n${line}`);
      return Number(process.hrtime.bigint() - t0);
    };
    for (const h of hostile) {
      const words = "1. Провести семинар для учителей района до 01.10.2024 ";
      const ordinary = words.repeat(Math.ceil(h.length / words.length)).slice(0, h.length);
      time(ordinary); // warm up
      const base = Math.min(time(ordinary), time(ordinary));
      const slow = Math.min(time(h), time(h));
      // Catastrophic backtracking is thousands of times slower; a linear parse stays within a small factor.
      assert.ok(slow / base < 50, `${h.slice(0, 12)}…: ${(slow / base).toFixed(1)}× an ordinary line`);
    }
  });
});
