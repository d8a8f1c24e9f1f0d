// Hostile resolution texts: each is refused (or read) about as fast as an ordinary decision of its
// size is read, with a Russian message that says what is wrong, instead of hanging for minutes
// or importing 999 directives and a glued rest.
import assert from "node:assert/strict";
import { parseResolution } from "../../../src/core/parse";
import { MAX_DIRECTIVES, ResolutionRefusal } from "../../../src/core/parse/bounds";
import { syntheticResolution } from "../../support/synthetic-resolution";
import { pathologicalTexts } from "../../../bench/pathological-texts";
import { measured, refusedBy, type Benign } from "../../support/measured";

const HEAD = "РЕШЕНИЕ\nколлегии управления образования\n28.08.2024 № 5\n\nКоллегия РЕШИЛА:\n";

/**
 * An ordinary decision of about `chars` characters (at most 2,000 directives, about 200 KB),
 * parsed in full: hostile texts are timed against it, never against a clock.
 */
function ordinary(chars: number, factor: number): Benign {
  const perDirective = syntheticResolution(100).length / 100;
  const text = syntheticResolution(Math.min(2000, Math.max(10, Math.round(chars / perDirective))));
  assert.ok(parseResolution(text).directives.length >= 10);
  return { work: () => parseResolution(text), factor };
}

function refusal(text: string, label: string): ResolutionRefusal {
  return refusedBy(ResolutionRefusal, label, () => parseResolution(text), ordinary(text.length, FACTOR));
}

/**
 * Linear work stays within a small factor of an ordinary text (at most about 5 here, for 2.5 MB
 * against 200 KB); catastrophic backtracking is thousands of times.
 */
const FACTOR = 50;

describe("parser bounds", () => {
  it("refuses a 256 KB line «1.1.1.…» quickly, naming the paragraph", () => {
    const e = refusal(HEAD + "1." + "1.".repeat(128 * 1024) + " Провести мониторинг.", "256 KB «1.1.1…»");
    assert.match(e.message, /^Абзац «1\.1\.1\.1\./);
    assert.match(e.message, /слишком длинный/);
  });

  it("refuses 100,000 numbered paragraphs instead of gluing all after 999 into one directive", () => {
    const text = HEAD + Array.from({ length: 100_000 }, (_, i) => `${i + 1}. Провести мониторинг.`).join("\n");
    const e = refusal(text, "100 000 paragraphs");
    assert.match(e.message, /Нумерация пунктов доходит до 1000/);
  });

  it("refuses a directive that 10 MB of unnumbered text would be glued to", () => {
    const text = HEAD + "1. Провести мониторинг.\n" + "продолжение текста без номера пункта\n".repeat(300_000);
    // past MAX_TEXT_CHARS: refused before any rule runs
    assert.match(refusal(text, "10 MB text").message, /^Текст слишком длинный для решения: 11 100 \d{3} знаков/);
    const medium = HEAD + "1. Провести мониторинг.\n" + "продолжение текста без номера пункта\n".repeat(2_000);
    assert.match(refusal(medium, "72 KB glued to item 1").message, /^Пункт 1 получается длиннее 30 000 знаков/);
  });

  it("refuses more directives than one decision can hold", () => {
    const text = HEAD + "- провести мониторинг;\n".repeat(MAX_DIRECTIVES + 10);
    assert.match(refusal(text, `${MAX_DIRECTIVES + 10} bullets`).message, /больше 5 000 пунктов/);
  });

  it("still reads nine levels of numbering, and 1,000 directives", () => {
    const deep = parseResolution(HEAD + "1.2.3.4.5.6.7.8.9. Провести мониторинг до 01.10.2024.");
    assert.deepEqual(
      deep.directives.map((d) => d.n),
      ["1.2.3.4.5.6.7.8.9"],
    );
    // a quarter of the directives in at least a quarter of the time: quadratic would be 16 times
    const quarter = syntheticResolution(250);
    const thousand = measured("1,000 directives", () => parseResolution(syntheticResolution(1000)), { work: () => parseResolution(quarter), factor: 10 });
    assert.equal(thousand.directives.length, 1000);
  });

  it("reads or refuses each of the bench's pathological texts quickly", () => {
    for (const [name, text] of Object.entries(pathologicalTexts(128))) {
      measured(
        name,
        () => {
          try {
            parseResolution(text);
          } catch (e) {
            if (!(e instanceof ResolutionRefusal)) throw e;
          }
        },
        ordinary(text.length, FACTOR),
      );
    }
  });

  it("reads a long «срок: срок: …» line in linear time", () => {
    const text = HEAD + "1. Провести мониторинг " + "срок: ".repeat(4500) + "до 01.10.2024.";
    const doc = measured("27 KB of «срок:»", () => parseResolution(text), ordinary(text.length, FACTOR));
    assert.equal(doc.directives.length, 1);
  });
});
