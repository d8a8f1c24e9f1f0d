// The line classifier: each line of the operative part gets one kind and a reason a person can read.
import assert from "node:assert/strict";
import { classifyLines } from "../../../src/core/parse/line-kinds";

describe("classifyLines: one kind per line, with the reason", () => {
  it("gives each line of a resolution its kind", () => {
    const lines = [
      "1. Управлению образования (Петрова И.И.):",
      "1.1. Провести мониторинг сайтов школ.",
      "Срок: до 01.10.2024",
      "Ответственный: Лукина О.В.",
      "- обеспечить участие школ в олимпиаде;",
      "а) подготовить отчёт;",
      "Для этого привлечь методистов ИМЦ.",
      "",
      "3",
      "Руководителям ОО:",
      "Обновить паспорта безопасности.",
      "г. Пенза, 15.03.2024",
      "Начальник управления И.И. Петрова",
      "Приложение 1",
    ];
    const kinds = classifyLines(lines).map((l) => l.kind);
    assert.deepEqual(kinds, [
      "heading",
      "item",
      "srok",
      "responsible",
      "item",
      "item",
      "plain",
      "blank",
      "bare-number",
      "heading",
      "plain",
      "place-date",
      "signature",
      "appendix",
    ]);
    for (const l of classifyLines(lines)) assert.match(l.reason, /[а-яё]{3,}/i, `a Russian reason for «${l.text}»`);
  });

  it("marks a protocol's hearing stretch as heard and reads the decision's own text", () => {
    const lines = ["1. СЛУШАЛИ: Иванову И.И. о подготовке к ГИА.", "Доклад прилагается.", "РЕШИЛИ: 1.1. Провести пробный экзамен."];
    const out = classifyLines(lines);
    assert.deepEqual(out.map((l) => l.kind), ["hearing", "heard", "decision"]);
    assert.equal(out[2].rest?.kind, "item");
    assert.equal(out[2].rest?.line.number, "1.1");
  });

  it("tells a section heading and a protocol topic from an item", () => {
    const section = classifyLines(["I. Об итогах ГИА", "1. Провести анализ."]);
    assert.deepEqual(section.map((l) => l.kind), ["section", "item"]);
    const topic = classifyLines(["2. Об отдыхе детей.", "Слушали: Петрову А.А."]);
    assert.deepEqual(topic.map((l) => l.kind), ["topic", "hearing"]);
  });

  it("gives a bare number's text line the number", () => {
    const out = classifyLines(["2", "Провести совещание."]);
    assert.deepEqual(out.map((l) => l.kind), ["bare-number", "item"]);
    assert.equal(out[1].line.number, "2");
  });

  it("gives a label alone on its line («2.», «2.1.») to the next line, a heading included", () => {
    const out = classifyLines(["2.", "Руководителям общеобразовательных организаций:", "2.1. открыть лагеря;", "3.1.", "Провести совещание."]);
    assert.deepEqual(out.map((l) => l.kind), ["bare-number", "heading", "item", "bare-number", "item"]);
    assert.equal(out[1].line.number, "2");
    assert.equal(out[4].line.number, "3.1");
  });

  it("reads a deadline alone on its line without «Срок:» as a deadline, not a place and date", () => {
    const out = classifyLines(["1.3. Подготовить справку.", "до 20.09.2025", "2. Провести семинар.", "не позднее 15 мая 2025 г.", "с. Акуша, 29 августа 2018 года"]);
    assert.deepEqual(out.map((l) => l.kind), ["item", "srok", "item", "srok", "place-date"]);
  });

  it("skips a page number and the running header under it inside an item (text copied from a PDF)", () => {
    const out = classifyLines([
      "3.",
      "Управлению образования:",
      "3.1. организовать подвоз обучающихся, обеспечив сопровождение",
      "2",
      "Решение Думы Старобельского муниципального округа от 19.12.2025 № 112",
      "обучающихся в пути следования.",
      "4.",
      "Провести семинар.",
    ]);
    assert.deepEqual(out.map((l) => l.kind), ["bare-number", "heading", "item", "page", "page", "plain", "bare-number", "item"]);
    assert.equal(out[7].line.number, "4");
  });

  it("skips page numbers written «- 2 -» or «Страница 2 из 3» wherever they stand", () => {
    const out = classifyLines(["2. Руководителям ОО обеспечить участие обучающихся в", "- 2 -", "муниципальном этапе олимпиады.", "Страница 2 из 3", "3. ИМЦ провести семинар."]);
    assert.deepEqual(out.map((l) => l.kind), ["item", "page", "plain", "page", "item"]);
  });
});
