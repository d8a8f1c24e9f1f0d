// Genre rules added for documents beyond the five known ones: protocols, pasted tables, one-paragraph
// texts, letter-spaced headings, inline executors in lower case, summer periods, scores as targets.
import assert from "node:assert/strict";
import { parseResolution, parseDeadline } from "../../../src/core/parse";
import { tableRowsToItems } from "../../../src/core/parse/table-rows";
import { splitLongLines } from "../../../src/core/parse/long-lines";
import { findTarget } from "../../../src/core/parse/targets";
import { isControlled } from "../../../src/core/parse/controlled";
import { executorsFromPhrase, inlineExecutorSplit, responsibleExecutors } from "../../../src/core/parse/executors";

describe("genre rules: structure", () => {
  it("keeps each question of a protocol apart and skips what was heard", () => {
    const doc = parseResolution(
      [
        "ПРОТОКОЛ совещания от 10.03.2024",
        "По первому вопросу СЛУШАЛИ:",
        "Петрову А.А. о ходе подготовки к ГИА. Предложила провести консультации.",
        "РЕШИЛИ:",
        "1. Руководителям ОО провести консультации до 01.04.2024.",
        "2. СЛУШАЛИ:",
        "Иванова И.И. об отдыхе детей.",
        "ВЫСТУПИЛИ:",
        "Сидорова В.В. предложила обеспечить охват.",
        "РЕШИЛИ:",
        "Информацию принять к сведению.",
      ].join("\n"),
    );
    assert.deepEqual(doc.directives.map((d) => d.n), ["1.1", "2.1"]);
    assert.equal(doc.directives[1].controlled, false);
  });

  it("turns a plan pasted with tabs or «|» into items with deadline and executor", () => {
    const text = tableRowsToItems("РЕШИЛИ:\n№\tМероприятие\tСрок\tОтветственный\n1.\tПровести семинар\tоктябрь 2023 г.\tМКУ «ИМЦ»");
    assert.match(text, /1\. Провести семинар\nСрок: октябрь 2023 г\.\nОтветственный: МКУ «ИМЦ»/);
    const doc = parseResolution("Решение от 12.09.2023\nРЕШИЛИ:\n| № | Мероприятие | Срок | Ответственный |\n|---|---|---|---|\n| 1 | Провести семинар | до 01.11.2023 | Управление образования, школы |");
    assert.equal(doc.directives.length, 1);
    assert.deepEqual(doc.directives[0].executors, ["Управление образования", "школы"]);
    assert.equal(doc.directives[0].deadline.due, "2023-11-01");
  });

  it("cuts a decision run into one paragraph at its item numbers and signature", () => {
    const line = "Коллегия РЕШИЛА: 1. Информацию принять к сведению. 2. Отделу образования провести семинар до 01.02.2023. 3. Контроль возложить на Орлову Г.Н. " + "x".repeat(400) + ". Председатель коллегии А.М. Кольцов";
    const parts = splitLongLines([line]);
    assert.equal(parts.length, 5);
    assert.match(parts[2], /^2\. Отделу/);
    assert.match(parts[4], /^Председатель/);
  });

  it("reads letter-spaced «п р и к а з ы в а ю:» as the operative formula", () => {
    const doc = parseResolution("П Р И К А З\n09.01.2025 № 3\nО конкурсе\nп р и к а з ы в а ю:\n1. Руководителям ОО направить заявки до 24.01.2025.");
    assert.equal(doc.date, "2025-01-09");
    assert.deepEqual(doc.directives[0].executors, ["Руководителям ОО"]);
  });

  it("«- 1.» items belong to their group, a plain «4.» after them does not", () => {
    const ns = parseResolution("РЕШИЛИ:\n3. Руководителям ОО рекомендовать:\n- 1. утвердить программы;\n- 2. предусмотреть меры.\n4. Опубликовать резолюцию форума на сайте.").directives.map((d) => d.n);
    assert.deepEqual(ns, ["3.1", "3.2", "4"]);
  });

  it("finds no directives in a report without an operative part", () => {
    const doc = parseResolution("СПРАВКА\nУстановлено:\n1. Сайты всех школ содержат раздел.\n2. В 5 школах не размещены акты.");
    assert.equal(doc.directives.length, 0);
    assert.ok(doc.warnings.some((w) => /Пункты решения не найдены/.test(w)));
  });
});

describe("genre rules: executors", () => {
  it("reads lower-case executors, names with initials and trailing asking verbs", () => {
    assert.equal(inlineExecutorSplit("учителям математики обеспечить средний балл")?.executorPart, "учителям математики");
    assert.equal(inlineExecutorSplit("Главному бухгалтеру МКУ «ЦБ» Лебедевой О.С. предусмотреть расходы")?.executorPart, "Главному бухгалтеру МКУ «ЦБ» Лебедевой О.С.");
    assert.equal(inlineExecutorSplit("Районному объединению ежеквартально проводить просмотры")?.executorPart, "Районному объединению");
    assert.equal(inlineExecutorSplit("организации работы с родителями;"), null);
    assert.deepEqual(executorsFromPhrase("Руководителям образовательных организаций рекомендовать:").executors, ["Руководителям образовательных организаций"]);
    assert.deepEqual(executorsFromPhrase("Руководителям трёх школ, не завершивших разработку программ").executors, ["Руководителям трёх школ, не завершивших разработку программ"]);
  });

  it("splits a role and a name in an «Ответственный» phrase", () => {
    assert.deepEqual(responsibleExecutors("главный специалист отдела образования Соловьёва Г.Р."), { executors: ["главный специалист отдела образования"], person: "Соловьёва Г.Р." });
    assert.deepEqual(responsibleExecutors("Иванова И.И.").executors, ["Иванова И.И"]);
  });
});

describe("genre rules: deadlines, targets, control", () => {
  const ctx = { schoolYear: "2024-2025", documentDate: "2024-11-05" };
  it("reads summer, «не реже раза в …», «до 25 числа … квартала», «не позднее 10 дней после …»", () => {
    assert.deepEqual(parseDeadline("в период летних каникул 2024 года", ctx).due, "2024-08-31");
    assert.equal(parseDeadline("не реже одного раза в четверть", ctx).kind, "recurring");
    assert.equal(parseDeadline("до 25 числа последнего месяца квартала", ctx).kind, "recurring");
    assert.equal(parseDeadline("не позднее 10 дней после проведения форума", ctx).due, "2024-11-15");
    assert.equal(parseDeadline("I полугодие", ctx).due, "2024-12-31");
    assert.equal(parseDeadline("II полугодие", ctx).due, "2025-06-30");
  });

  it("reads a month with its year anywhere in the item, but not a date before the document", () => {
    const doc = parseResolution("Приказ от 14.01.2025\nПРИКАЗЫВАЮ:\n1. ИМЦ организовать в феврале - марте 2025 г. занятия.\n2. ИМЦ обобщить опыт, накопленный в октябре 2024 г. в школах.");
    assert.equal(doc.directives[0].deadline.due, "2025-03-31");
    assert.equal(doc.directives[1].deadline.kind, "none");
  });

  it("reads a score bound as a target, not a score that describes the past", () => {
    assert.deepEqual(findTarget("обеспечить средний балл ОГЭ не ниже 4,2 балла"), { raw: "не ниже 4,2 балла", value: 4.2, unit: "балл" });
    assert.equal(findTarget("средний балл составил 54,2 балла"), null);
    assert.equal(findTarget("провести работу до 01.10.2024"), null);
  });

  it("marks approvals, publication and «довести до сведения» of the document itself as not controlled", () => {
    assert.equal(isControlled("Информацию заместителя председателя Ершовой М.Н. принять к сведению."), false);
    assert.equal(isControlled("Опубликовать резолюцию форума на официальном сайте."), false);
    assert.equal(isControlled("Решение педагогического совета довести до сведения всех работников."), false);
    assert.equal(isControlled("Разместить материалы форума на сайте центра."), true);
    const doc = parseResolution("РЕШИЛ:\n1) Утвердить план работы школы на 2024-2025 учебный год.\n2) Руководителям ШМО утвердить планы до 10.09.2024.");
    assert.deepEqual(doc.directives.map((d) => d.controlled), [false, true]);
  });
});
