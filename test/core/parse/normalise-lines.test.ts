import assert from "node:assert/strict";
import { normaliseText } from "../../../src/core/parse/normalise";
import { classifyLine } from "../../../src/core/parse/lines";
import { findOperativeStart } from "../../../src/core/parse/operative";
import { findTitle, mentionedSchoolYear } from "../../../src/core/parse/meta";

describe("normalise and classify lines", () => {
  it("cleans line endings, spaces, bookmarks and quotes", () => {
    assert.equal(normaliseText('a\r\n\u00A0 [bookmark: b1]повысить\t"качество"\u2011x'), "a\nповысить «качество»-x");
  });
  it("classifies markers", () => {
    assert.deepEqual(classifyLine("2.1.1.Обеспечить"), { kind: "numbered", number: "2.1.1", text: "Обеспечить" });
    assert.deepEqual(classifyLine("1 .принять"), { kind: "numbered", number: "1", text: "принять" });
    assert.deepEqual(classifyLine("- 3. продолжить"), { kind: "numbered", number: "3", text: "продолжить", bulleted: true });
    assert.equal(classifyLine("2021-2022 году;").kind, "text");
    assert.equal(classifyLine("· Провести").kind, "bullet");
    assert.deepEqual(classifyLine("Срок:2020-2021 учебный год"), { kind: "deadline", text: "2020-2021 учебный год" });
    assert.equal(classifyLine("с. Акуша, 29 августа 2018 года").kind, "place-date");
    assert.equal(classifyLine("Начальник отдела образования И.В. Абрамова").kind, "signature");
    assert.equal(classifyLine("Начальнику отдела образования:").kind, "text");
  });
  it("finds the operative formula", () => {
    for (const f of ["конференция РЕШИЛА:", "Подводя итоги, Коллегия рекомендует:", "Участники совещания считают необходимым:", "участники предлагают реализовать следующие меры по развитию."]) {
      assert.equal(findOperativeStart(["Преамбула.", f, "1. Текст"]).line, 2, f);
    }
    assert.equal(findOperativeStart(["Коллегия отмечает,", "Деятельность была направлена на решение задач."]).found, false);
  });
  it("builds the title from the heading lines", () => {
    assert.equal(findTitle(["ПРОЕКТ", "", "РЕШЕНИЕ", "", "от 22 апреля 2022г.", "", "«О реализации проекта «Образование»", "", "Заслушав…"]).title, "Решение «О реализации проекта «Образование»»");
  });
  it("picks the forward-looking school year", () => {
    assert.equal(mentionedSchoolYear("подведение итогов 2020-2021 учебного года и задачи на 2021-2022 учебный год"), 2021);
  });
});
