import assert from "node:assert/strict";
import { count, DIRECTIVE_FORMS, plural, shorten } from "../../src/taskpane/russian";

describe("taskpane/russian", () => {
  it("picks the Russian plural form", () => {
    assert.equal(count(1, DIRECTIVE_FORMS), "1 поручение");
    assert.equal(count(3, DIRECTIVE_FORMS), "3 поручения");
    assert.equal(count(5, DIRECTIVE_FORMS), "5 поручений");
    assert.equal(count(11, DIRECTIVE_FORMS), "11 поручений");
    assert.equal(count(12, DIRECTIVE_FORMS), "12 поручений");
    assert.equal(count(21, DIRECTIVE_FORMS), "21 поручение");
    assert.equal(count(24, DIRECTIVE_FORMS), "24 поручения");
    assert.equal(plural(0, DIRECTIVE_FORMS), "поручений");
  });

  it("shortens long directive texts at a word boundary with an ellipsis", () => {
    const long = "Обеспечить участие педагогов в курсах повышения квалификации по вопросам ".repeat(4);
    const short = shorten(long, 60);
    assert.ok(short.length <= 61, short);
    assert.ok(short.endsWith("…"));
    assert.ok(long.startsWith(short.slice(0, -1)), short);
    assert.doesNotMatch(short, /\s…$/);
    assert.equal(shorten("  Короткий\n текст  "), "Короткий текст");
  });
});
