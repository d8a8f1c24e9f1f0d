import assert from "node:assert/strict";
import { normaliseText } from "../../../src/core/parse/normalise";
import { parseResolution } from "../../../src/core/parse";

describe("word repair (lost line breaks, Latin look-alike letters)", () => {
  it("splits a directive verb glued to the next word at a lost line break", () => {
    assert.equal(normaliseText("Руководителям ОО обеспечитьучастие педагогов"), "Руководителям ОО обеспечить участие педагогов");
    assert.equal(normaliseText("МКУ «ИМЦ» организоватьработу кружков"), "МКУ «ИМЦ» организовать работу кружков");
    assert.equal(normaliseText("провестимониторинг; продолжитьработу"), "провести мониторинг; продолжить работу");
    assert.equal(normaliseText("1. Обеспечитьучастие; организоватьв течение года"), "1. Обеспечить участие; организовать в течение года");
  });

  it("leaves real words that start like a verb alone", () => {
    for (const w of ["обеспечиться", "провестись", "организоваться", "обеспечительный", "Обеспечить", "представительство", "подготовительный"]) {
      assert.equal(normaliseText(w), w);
    }
  });

  it("reads Latin look-alike letters inside a Russian word or initials as Russian", () => {
    assert.equal(normaliseText("MБOУ «COШ № 1»"), "МБОУ «СОШ № 1»");
    assert.equal(normaliseText("(A.Б. Петрова)"), "(А.Б. Петрова)");
    assert.equal(normaliseText("(A. B. Пeтрова)"), "(А. В. Петрова)");
    assert.equal(normaliseText("Cрок: до 01.02.2024"), "Срок: до 01.02.2024");
  });

  it("keeps Latin words, Latin abbreviations and Latin in a hyphenated word", () => {
    for (const t of ["IT-куб", "платформа Microsoft Teams", "в Zoom", "формат PDF", "проект «IT-класс»", "e-mail", "СОШ № 5 (корпус B)", "XXI век"]) {
      assert.equal(normaliseText(t), t);
    }
  });

  it("finds the executor and the person once the words are repaired", () => {
    const [one, two] = parseResolution("РЕШИЛИ:\n1. Отделу образования (A.Б. Петрова) провести совещание.\n2. Руководителям ОО обеспечитьучастие педагогов в семинаре.").directives;
    assert.deepEqual([one.executors, one.person], [["Отделу образования"], "А.Б. Петрова"]);
    assert.deepEqual(two.executors, ["Руководителям ОО"]);
    assert.match(two.text, /обеспечить участие/);
  });
});
