import assert from "node:assert/strict";
import { findTarget } from "../../../src/core/parse/targets";
import { isControlled } from "../../../src/core/parse/controlled";

describe("targets", () => {
  it("reads «до 75 %», «75%», «не менее 90 процентов»", () => {
    assert.deepEqual(findTarget("обеспечить охват детей к концу 2021 года до 75 %;"), { raw: "до 75 %", value: 75, unit: "%" });
    assert.equal(findTarget("Достичь выполнения показателя 75% по охвату")?.value, 75);
    assert.equal(findTarget("обеспечить не менее 90 процентов участников")?.value, 90);
  });
  it("marks lower-is-better indicators", () => {
    assert.equal(findTarget("снизить долю школ с низкими результатами до 5 %")?.lowerIsBetter, true);
  });
  it("ignores the present, asides and ages", () => {
    assert.equal(findTarget("охват детей составил 44 %"), null);
    assert.equal(findTarget("во вторую смену обучается 1096 человек (18,8%)"), null);
    assert.equal(findTarget("детей в возрасте от 5 до 18 лет"), null);
  });
  it("reads a bounded target in brackets and after «по итогам» when a directive verb asks for it", () => {
    assert.equal(findTarget("обеспечить прохождение курса (не менее 95 % учителей)")?.value, 95);
    assert.equal(findTarget("Повышение квалификации педагогов (доля педагогов, прошедших курсы, – не менее 95 %)")?.value, 95);
    assert.equal(findTarget("обеспечить долю выпускников, получивших по итогам ОГЭ отметку «3» и выше, не менее 95 %.")?.value, 95);
    assert.equal(findTarget("по итогам года охват составил не менее 80 %"), null);
  });
  it("reads a target after a name whose inner quote closes both quotes", () => {
    assert.equal(findTarget("МКУ «Центр помощи «Доверие» организовать службу, охватив консультациями не менее 60 % семей")?.value, 60);
  });
});

describe("controlled", () => {
  it("items that require nothing later are not controlled", () => {
    for (const t of [
      "Принять к сведению доклад начальника",
      "Принять ск сведению выступление",
      "Информацию о ходе работы принять к сведению.",
      "Согласиться с выводами и оценками",
      "Признать результаты реализации проектов удовлетворительными.",
      "Утвердить прилагаемый план мероприятий.",
      "Снять с контроля решение коллегии от 12.03.2021 № 2.",
      "Настоящее решение вступает в силу со дня подписания.",
      "Опубликовать настоящее решение на сайте.",
      "Контроль за исполнением решения возложить на заместителя.",
      "Принять информацию О. Ю. Захарченко о состоянии работы по профилактике за 9 месяцев 2025 года к сведению.",
      "Решение Совета руководителей от 22.10.2024 № 3 «Об организации занятости» снять с контроля.",
      "Возложить на заместителя начальника управления образования Петрову А.А. контроль за исполнением решения.",
    ]) assert.equal(isControlled(t), false, t);
  });
  it("ordinary directives are controlled", () => {
    assert.equal(isControlled("Обеспечить участие школ в олимпиаде"), true);
    assert.equal(isControlled("Провести мониторинг и принять меры"), true);
    assert.equal(isControlled("Принять меры по устранению нарушений и довести информацию к сведению родителей"), true);
  });
});
