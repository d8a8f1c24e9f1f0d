import assert from "node:assert/strict";
import { normaliseText } from "../../../src/core/parse/normalise";
import { foldLookalikes, gluedVerb, verbGluedAfter } from "../../../src/core/parse/word-repair";
import { parseResolution } from "../../../src/core/parse";

describe("word repair (lost line breaks, Latin look-alike letters)", () => {
  it("finds a directive verb glued to the next word at a lost line break", () => {
    assert.equal(gluedVerb("обеспечитьучастие"), "обеспечить");
    assert.equal(gluedVerb("Организоватьработу"), "Организовать");
    assert.equal(gluedVerb("провестимониторинг,"), "провести");
    assert.equal(gluedVerb("организоватьв"), "организовать");
  });

  it("finds a directive verb glued to the word before it", () => {
    assert.equal(verbGluedAfter("ООобеспечить"), 2);
    assert.equal(verbGluedAfter("образованияорганизовать"), 11);
    for (const w of ["реорганизовать", "переорганизовать", "обеспечить", "провести"]) assert.equal(verbGluedAfter(w), null, w);
  });

  it("does not take real words that start like a verb for glued ones", () => {
    for (const w of ["обеспечить", "обеспечиться", "провестись", "организоваться", "обеспечительный", "представительство", "подготовительный", "вестибюль"]) {
      assert.equal(gluedVerb(w), null, w);
    }
  });

  it("reads Latin look-alike letters inside a Russian word or initials as Russian, keeping the length", () => {
    assert.equal(foldLookalikes("MБOУ «COШ № 1»"), "МБОУ «СОШ № 1»");
    assert.equal(foldLookalikes("(A.Б. Петрова)"), "(А.Б. Петрова)");
    assert.equal(foldLookalikes("(A. B. Пeтрова)"), "(А. В. Петрова)");
    assert.equal(foldLookalikes("(Г. В. Cуханова)"), "(Г. В. Суханова)");
  });

  it("keeps Latin words, Latin abbreviations and Latin in a hyphenated word", () => {
    for (const t of ["IT-куб", "платформа Microsoft Teams", "в Zoom", "формат PDF", "проект «IT-класс»", "e-mail", "СОШ № 5 (корпус B)", "XXI век", "X. Развитие"]) {
      assert.equal(foldLookalikes(t), t);
    }
  });

  it("keeps the text as written", () => {
    assert.equal(normaliseText("обеспечитьучастие (A.Б. Петрова)"), "обеспечитьучастие (A.Б. Петрова)");
  });

  it("finds the executor and the person in damaged words, and shows them as written", () => {
    const [one, two, three] = parseResolution(
      "РЕШИЛИ:\n1. Отделу образования (A.Б. Петрова) провести совещание.\n2. Руководителям ОО обеспечитьучастие педагогов в семинаре.\n3. MБОУ «СОШ № 2» (Е. A. Сомова) провести семинар.",
    ).directives;
    assert.deepEqual([one.executors, one.person], [["Отделу образования"], "A.Б. Петрова"]);
    assert.deepEqual(two.executors, ["Руководителям ОО"]);
    assert.match(two.text, /обеспечитьучастие/);
    assert.deepEqual([three.executors, three.person], [["MБОУ «СОШ № 2»"], "Е. A. Сомова"]);
    const [glued] = parseResolution("РЕШИЛИ:\n1. Руководителям ООобеспечить участие педагогов.").directives;
    assert.deepEqual(glued.executors, ["Руководителям ОО"]);
  });
});
