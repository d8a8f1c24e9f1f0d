import assert from "node:assert/strict";
import { parseDeadline, parseResolution } from "../../../src/core/parse";
import { findDeadline } from "../../../src/core/parse/deadline";
import { DEFAULT_PARSE_SETTINGS } from "../../../src/core/model";

const ctx = { schoolYear: "2021-2022", documentDate: "2021-08-25", settings: DEFAULT_PARSE_SETTINGS };

describe("parseDeadline: phrase families", () => {
  const cases: [string, string, string | null][] = [
    ["до 01.10.2020", "date", "2020-10-01"],
    ["до 01.10 2020 года", "date", "2020-10-01"],
    ["до 31.12.2020 года", "date", "2020-12-31"],
    ["в срок до 1 июня 2007 года", "date", "2007-06-01"],
    ["не позднее 15 сентября 2022 г.", "date", "2022-09-15"],
    ["(срок готовности – 1 ноября 2014 г.)", "date", "2014-11-01"],
    ["к началу 2012/2013 учебного года", "date", "2012-09-01"],
    ["к новому 2017-2018 учебному году", "date", "2017-09-01"],
    ["к концу 2021 года", "date", "2021-12-31"],
    ["декабрь 2023 г.", "date", "2023-12-31"],
    ["с 1 сентября 2021 года", "date", "2021-09-01"],
    ["IV квартал 2023 г.", "date", "2023-12-31"],
    ["до 2012г.", "date", "2012-12-31"],
    ["в течение года", "period", "2022-08-31"],
    ["2020-2021 учебный год", "period", "2021-08-31"],
    ["в 2021-2022 учебном году", "period", "2022-08-31"],
    ["в 2021-2022 году", "period", "2022-08-31"],
    ["2023/24 учебный год", "period", "2024-08-31"],
    ["в период с 25 по 27 августа т.г.", "period", "2021-08-27"],
    ["сентябрь-октябрь 2021 г.", "period", "2021-10-31"],
    ["постоянно", "ongoing", null],
    ["систематически", "ongoing", null],
    ["в течение всего периода", "ongoing", null],
    ["ежеквартально в срок до 3 числа месяца, следующего за отчетным кварталом", "recurring", null],
    ["ежемесячно", "recurring", null],
    ["2 раза в год", "recurring", null],
    ["своевременно", "none", null],
  ];
  for (const [raw, kind, due] of cases) {
    it(`«${raw}» → ${kind} ${due ?? ""}`, () => {
      const r = parseDeadline(raw, ctx);
      assert.equal(r.kind, kind);
      assert.equal(r.due, due);
    });
  }

  it("a month without a year lies inside the school year and says so", () => {
    const r = parseDeadline("февраль", ctx);
    assert.equal(r.due, "2022-02-28");
    assert.ok(r.implied.includes("Год срока не указан: взят 2022 из учебного года 2021-2022"));
    assert.ok(r.implied.some((w) => /последний день месяца/.test(w)));
  });

  it("an autumn day without a year takes the school year's first calendar year", () => {
    assert.equal(parseDeadline("01 сентября", ctx).due, "2021-09-01");
  });

  it("«в течение года» follows the settings and records it", () => {
    const school = parseDeadline("в течение года", ctx);
    assert.match(school.implied[0], /учебный год.*настройке/);
    const calendar = parseDeadline("в течение года", { ...ctx, settings: { ...DEFAULT_PARSE_SETTINGS, duringYear: "calendar" } });
    assert.equal(calendar.due, "2021-12-31");
  });

  it("the school year's end comes from the settings", () => {
    const r = parseDeadline("2020-2021 учебный год", { ...ctx, settings: { ...DEFAULT_PARSE_SETTINGS, schoolYearEnd: { month: 6, day: 30 } } });
    assert.equal(r.due, "2021-06-30");
  });

  it("a compound deadline takes the first control point and warns about the rest", () => {
    const r = parseDeadline("до 1 июня 2022 г., далее – один раз в полгода", ctx);
    assert.equal(r.kind, "date");
    assert.equal(r.due, "2022-06-01");
    assert.ok(r.implied.some((w) => /повторяется/.test(w)));
  });

  it("«в течение 10 дней» counts from the document's date", () => {
    const r = parseDeadline("в течение 10 дней", ctx);
    assert.equal(r.due, "2021-09-04");
    assert.match(r.implied[0], /25\.08\.2021/);
  });

  it("an unreadable phrase is none with a «не распознан» note", () => {
    const r = parseDeadline("по согласованию сторон", ctx);
    assert.equal(r.kind, "none");
    assert.match(r.implied[0], /не распознан/);
  });
});

describe("findDeadline: inside an item's text", () => {
  it("reads «срок до …» and brackets", () => {
    assert.equal(findDeadline("разработать Программу, срок до 31 декабря 2021 года;", ctx)?.due, "2021-12-31");
    assert.equal(findDeadline("Провести педсовет (февраль) в учреждениях", ctx)?.raw, "февраль");
    assert.equal(findDeadline("Внести изменения ( до 1 сентября 2021 года);", ctx)?.due, "2021-09-01");
  });
  it("reads a period that closes the item", () => {
    assert.equal(findDeadline("организовать наставничество в 2021-2022 учебном году;", ctx)?.kind, "period");
  });
  it("ignores years inside names, ages and citations", () => {
    assert.equal(findDeadline("в Стратегию развития системы образования на период до 2030 года;", ctx), null);
    assert.equal(findDeadline("в программу «Развитие образования» до 2024 года: создание условий", ctx), null);
    assert.equal(findDeadline("охват детей от 5 до 18 лет", ctx), null);
    assert.equal(findDeadline("в соответствии с Указом от 21 июля 2020 года", ctx), null);
    assert.equal(findDeadline("Провести анализ результатов ЕГЭ в 2020 году с постановкой задач на 2021 год.", ctx), null);
  });
});

describe("a directive's deadline from where the genre writes it", () => {
  it("reads «уч. году» as a school year", () => {
    assert.deepEqual(parseDeadline("в 2024-2025 уч. году", ctx).due, "2025-08-31");
  });
  it("takes a time between the executor and the verb, and a deadline in the group's heading", () => {
    const d = parseResolution(
      "РЕШИЛИ:\n1. Руководителям ОО в 2024-2025 уч. году организовать участие в олимпиаде.\n2. Руководителям ДОО в срок до 01.09.2024:\n2.1. Провести собрания.\n3. Отделу образования по итогам 2023-2024 учебного года подготовить анализ.",
    ).directives;
    assert.deepEqual(
      d.map((x) => [x.n, x.executors, x.deadline.kind, x.deadline.due]),
      [
        ["1", ["Руководителям ОО"], "period", "2025-08-31"],
        ["2.1", ["Руководителям ДОО"], "date", "2024-09-01"],
        ["3", ["Отделу образования"], "none", null],
      ],
    );
  });
});
