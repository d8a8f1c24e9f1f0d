// Whole-document behaviour on small synthetic resolutions of the genre.
import assert from "node:assert/strict";
import { parseResolution } from "../../../src/core/parse";

const ns = (text: string) => parseResolution(text).directives.map((d) => d.n);

describe("parseResolution: structure and numbering", () => {
  it("skips preamble bullets and starts at the operative formula", () => {
    const doc = parseResolution(
      [
        "РЕЗОЛЮЦИЯ",
        "августовской конференции работников образования в 2022 году",
        "Среди задач выделены следующие:",
        "- повышение качества образования;",
        "- развитие дополнительного образования.",
        "Конференция РЕШИЛА:",
        "1. Принять к сведению доклад.",
        "2. Управлению образования (Петрова И.И.):",
        "2.1. Провести мониторинг. Срок: до 01.10.2022",
        "2.2. Обеспечить участие школ в олимпиаде.",
        "Срок: в течение года",
        "Начальник управления И.И. Петрова",
      ].join("\n"),
    );
    assert.deepEqual(doc.directives.map((d) => d.n), ["1", "2.1", "2.2"]);
    assert.equal(doc.directives[0].controlled, false);
    assert.deepEqual(doc.directives[1].executors, ["Управлению образования"]);
    assert.equal(doc.directives[1].person, "Петрова И.И.");
    assert.equal(doc.directives[1].deadline.due, "2022-10-01");
    assert.equal(doc.directives[2].deadline.due, "2023-08-31");
    assert.equal(doc.schoolYear, "2022-2023");
    assert.equal(doc.date, "2022-08");
    assert.equal(doc.kind, "резолюция конференции");
    assert.equal(doc.title, "Резолюция августовской конференции работников образования в 2022 году");
  });

  it("prefixes locally numbered items with their group and closes a group with one deadline", () => {
    const doc = parseResolution(
      ["Решение коллегии от 10 марта 2023 г.", "Коллегия решила:", "1", "Руководителям школ:", "1. Провести.", "Срок: май", "2. Управлению образованием:", "- 1. Принять меры;", "- 2. продолжить работу;", "Срок исполнения: постоянно."].join("\n"),
    );
    assert.deepEqual(doc.directives.map((d) => d.n), ["1.1", "2.1", "2.2"]);
    assert.equal(doc.directives[0].deadline.due, "2023-05-31");
    assert.equal(doc.directives[1].deadline.kind, "ongoing");
    assert.equal(doc.date, "2023-03-10");
    assert.equal(doc.schoolYear, "2022-2023");
  });

  it("numbers unnumbered groups after the numbered ones and bullets by position", () => {
    const text = [
      "Участники совещания считают необходимым:",
      "1. Принять к сведению доклад.",
      "2. Отделу образования и школам:",
      "- провести анализ;",
      "- обеспечить контроль.",
      "Школам:",
      "· Обеспечить условия;",
      "· Провести совет.",
      "Методическому центру",
      "· Организовать семинар.",
    ].join("\n");
    assert.deepEqual(ns(text), ["1", "2.1", "2.2", "3.1", "3.2", "4.1"]);
    const doc = parseResolution(text);
    assert.deepEqual(doc.directives[1].executors, ["Отделу образования", "школам"]);
    assert.deepEqual(doc.directives[5].executors, ["Методическому центру"]);
  });

  it("a single unnumbered group numbers its bullets 1, 2, 3", () => {
    assert.deepEqual(ns("Участники предлагают реализовать следующие меры.\nУправлению образования:\n- провести;\n- обеспечить;\n- МУ «ИМЦ» организовать семинар."), ["1", "2", "3"]);
    const last = parseResolution("Участники предлагают реализовать следующие меры.\nУправлению образования:\n- провести;\n- МУ «ИМЦ» организовать семинар.").directives[1];
    assert.deepEqual(last.executors, ["МУ «ИМЦ»"]);
  });

  it("a lead-in with a colon is not a directive; its sub-items carry it in front", () => {
    const doc = parseResolution("РЕШИЛА:\n3. МКУ «Центр»:\n3.1. обеспечить сопровождение:\n3.1.1. изучения технологий.\n3.1.2. работы с одарёнными детьми.");
    assert.deepEqual(doc.directives.map((d) => d.n), ["3.1.1", "3.1.2"]);
    assert.match(doc.directives[0].text, /^обеспечить сопровождение изучения технологий/);
    assert.deepEqual(doc.directives[1].executors, ["МКУ «Центр»"]);
  });

  it("bullets that continue one verb are one directive each", () => {
    const doc = parseResolution("РЕШИЛА:\nУправлению образования:\n· Внести изменения\n· в Стратегию развития;\n· в Положение о мониторинге;\n· Провести коллегию.\nШколам:\n· Провести урок.");
    assert.deepEqual(doc.directives.map((d) => d.n), ["1.1", "1.2", "1.3", "2.1"]);
    assert.match(doc.directives[1].text, /^Внести изменения в Положение/);
  });

  it("an item with text and children is a directive, and so are its children", () => {
    assert.deepEqual(ns("РЕШИЛА:\n2. Школам:\n2.1. Продолжить работу.\n2.1.1. Обеспечить показатели.\nСрок: 2022-2023 учебный год"), ["2.1", "2.1.1"]);
  });

  it("a place-and-date line under the title is the document's date", () => {
    const doc = parseResolution("РЕЗОЛЮЦИЯ\nавгустовской конференции\nЗаречного района\n\nг. Заречный, 28 августа 2024 года\n\nКонференция РЕШИЛА:\n1. Школам:\n1.1. Провести анализ.");
    assert.equal(doc.date, "2024-08-28");
  });

  it("continuation paragraphs stay in their item; a stray place-and-date line is skipped", () => {
    const doc = parseResolution("РЕШИЛА:\n1. Школам:\n1.1. Продолжить работу.\nАктивизировать наставничество.\nс. Акуша, 29 августа 2018 года\n1.2. Провести анализ.\n1.3. Обеспечить контроль.\n1.4. Подготовить отчёт.");
    assert.equal(doc.directives.length, 4);
    assert.match(doc.directives[0].text, /Активизировать наставничество/);
    assert.equal(doc.date, null);
  });

  it("warns about an item without an executor and a deadline it could not read", () => {
    const doc = parseResolution("РЕШИЛА:\n1. Провести конкурс.\nСрок: по согласованию сторон");
    const w = doc.directives[0].warnings.join(" ");
    assert.match(w, /Исполнитель не указан/);
    assert.match(w, /не распознан/);
  });

  it("reads «Ответственный:» lines as executors", () => {
    const doc = parseResolution("РЕШИЛА:\n1. Провести конкурс.\nСрок: до 1 декабря 2022 г.\nОтветственный: МКУ «ИМЦ»");
    assert.deepEqual(doc.directives[0].executors, ["МКУ «ИМЦ»"]);
  });

  it("gives a document-level warning when nothing is found", () => {
    const doc = parseResolution("Просто текст без пунктов.");
    assert.equal(doc.directives.length, 0);
    assert.ok(doc.warnings.some((w) => /Пункты решения не найдены/.test(w)));
  });

  it("a deadline on its own line without «Срок:» is the item's; a wrapped one stays in its sentence", () => {
    const d = parseResolution(
      "ПРИКАЗЫВАЮ:\n1. Подготовить справку об итогах кампании.\nдо 20.09.2025\n2. Обеспечить приёмку лагерей, завершить\nдо 20 мая 2025 года.\n3. Провести совещание.",
    ).directives;
    assert.deepEqual(
      d.map((x) => [x.n, x.deadline.kind, x.deadline.due]),
      [["1", "date", "2025-09-20"], ["2", "date", "2025-05-20"], ["3", "none", null]],
    );
    assert.match(d[1].text, /завершить до 20 мая 2025 года/);
  });

  it("a label alone on its line («2.» copied from a PDF) numbers the heading below it", () => {
    const d = parseResolution("ПРИКАЗЫВАЮ:\n1. Утвердить план.\n2.\nРуководителям ОО:\n2.1. открыть лагеря;\n2.2. назначить начальников лагерей.\n3. Контроль оставляю за собой.").directives;
    assert.deepEqual(d.map((x) => [x.n, x.executors]), [["1", []], ["2.1", ["Руководителям ОО"]], ["2.2", ["Руководителям ОО"]], ["3", []]]);
  });

  it("reads a plan in the appendix after the signature, its rows numbered as printed", () => {
    const text = [
      "Коллегия РЕШИЛА:",
      "1. Информацию принять к сведению.",
      "2. Утвердить план мероприятий (приложение).",
      "Председатель коллегии И. С. Вершинин",
      "С решением ознакомлены:",
      "1. Петрова А.А. ____",
      "Приложение",
      "к решению коллегии",
      "от 18.09.2025 № 3/2",
      "План мероприятий на 2025-2026 учебный год",
      "1. Актуализировать паспорта дорожной безопасности",
      "Срок: до 01.10.2025",
      "Ответственный: Руководители ОО",
      "2. Провести месячник безопасности",
      "Срок: до 30.09.2025",
      "Ответственный: Управление образования и МКУ «Методический центр»",
    ].join("\n");
    const d = parseResolution(text).directives;
    assert.deepEqual(
      d.map((x) => [x.n, x.executors, x.deadline.due, x.controlled]),
      [
        ["1", [], null, false],
        ["2", [], null, false],
        ["1", ["Руководители ОО"], "2025-10-01", true],
        ["2", ["Управление образования", "МКУ «Методический центр»"], "2025-09-30", true],
      ],
    );
  });

  it("ignores an appendix that is not a plan, and what follows the signature", () => {
    const text = ["РЕШИЛИ:", "1. Создать рабочую группу.", "Начальник управления И.И. Петрова", "Приложение", "Состав рабочей группы:", "1. Иванов И.И. – председатель", "2. Петров П.П. – секретарь"].join("\n");
    assert.deepEqual(ns(text), ["1"]);
  });

  it("a capitalised item numbered one past its group's heading leaves the group whose items were lower-case", () => {
    const text = [
      "ПРИКАЗЫВАЮ:",
      "1. Утвердить справку.",
      "2. МКУ «РМК»:",
      "1. организовать курсы;",
      "2. провести семинар;",
      "3. осуществлять мониторинг.",
      "3. Муниципальному методическому совету проанализировать ошибки.",
      "4. Контроль возложить на заместителя начальника.",
    ].join("\n");
    assert.deepEqual(
      parseResolution(text).directives.map((d) => [d.n, d.executors]),
      [["1", []], ["2.1", ["МКУ «РМК»"]], ["2.2", ["МКУ «РМК»"]], ["2.3", ["МКУ «РМК»"]], ["3", ["Муниципальному методическому совету"]], ["4", []]],
    );
  });

  it("an executor heading among a protocol question's decisions is cited inside the question", () => {
    const text = [
      "1. По первому вопросу слушали Пестову А.В.",
      "Решение:",
      "1. Информацию принять к сведению.",
      "2. Руководителям РМО:",
      "1) провести анализ заданий;",
      "2) разработать рекомендации.",
      "3. МКУ «ИМЦ» организовать наблюдение.",
      "2. По второму вопросу слушали Фролову Н.Г.",
      "Решение:",
      "1. Провести фестиваль.",
    ].join("\n");
    assert.deepEqual(
      parseResolution(text).directives.map((d) => [d.n, d.executors]),
      [["1.1", []], ["1.2.1", ["Руководителям РМО"]], ["1.2.2", ["Руководителям РМО"]], ["1.3", ["МКУ «ИМЦ»"]], ["2.1", []]],
    );
  });

  it("a short «Рекомендовать <кому> <глагол>» line is a directive, not the operative formula", () => {
    const text = "ПРОТОКОЛ\nУчастники семинара отмечают высокий уровень подготовки.\n1. Руководителям ОО обеспечить участие.\n2. ИМЦ провести семинар.\nРекомендовать руководителям ДОО продолжить работу.\n3. Отделу образования подготовить справку.";
    assert.deepEqual(
      parseResolution(text).directives.map((d) => [d.n, d.executors]),
      [["1", ["Руководителям ОО"]], ["2", ["ИМЦ"]], ["3", ["Отделу образования"]]],
    );
  });

  it("leaves a lead-in's executor out of its bullets' text, keeping the verb in front", () => {
    const d = parseResolution(
      "РЕШИЛА:\n3. Руководителям общеобразовательных организаций, в т.ч. филиалов, в 2026 году обеспечить:\n- укомплектованность штатов не менее 98 %;\n- закрепление наставников.",
    ).directives;
    assert.deepEqual(
      d.map((x) => [x.text, x.executors]),
      [
        ["обеспечить укомплектованность штатов не менее 98 %;", ["Руководителям общеобразовательных организаций, в т.ч. филиалов"]],
        ["обеспечить закрепление наставников.", ["Руководителям общеобразовательных организаций, в т.ч. филиалов"]],
      ],
    );
  });

  it("stops at a signature whose position is «Исполняющий обязанности главы» over two lines", () => {
    const d = parseResolution(
      "ПОСТАНОВЛЯЕТ:\n1. Руководителям ОО обеспечить участие.\n2. Контроль за исполнением постановления возложить на заместителя главы.\nИсполняющий обязанности главы\nадминистрации муниципального района\nН.П. Смирнов",
    ).directives;
    assert.equal(d[1].text, "Контроль за исполнением постановления возложить на заместителя главы.");
  });

  it("counts top-level bullets among unnumbered groups, and a bullet of the heading's kind leaves the group", () => {
    const text = [
      "участники РМО решили:",
      "• Информацию руководителя РМО принять к сведению.",
      "• Руководителям ШМО:",
      "- провести анализ результатов. Срок: до 28.11.2025",
      "- включить в планы открытые уроки.",
      "• Учителям начальных классов:",
      "- провести диагностическую работу.",
      "• Провести следующее заседание РМО. Срок: март 2026 г.",
      "Решение принято единогласно.",
      "--",
      "С уважением,",
      "Кожевникова Светлана Игоревна,",
    ].join("\n");
    assert.deepEqual(
      parseResolution(text).directives.map((d) => [d.n, d.executors]),
      [["1", []], ["2.1", ["Руководителям ШМО"]], ["2.2", ["Руководителям ШМО"]], ["3.1", ["Учителям начальных классов"]], ["4", []]],
    );
  });

  it("leaves a sub-item that only names executors out of its bullets' text", () => {
    const d = parseResolution(
      "РЕШИЛ:\n3. Рекомендовать:\n3.3. МКУ «Центр развития образования» (О. А. Тихонравова) и районному методическому объединению молодых педагогов:\n– представлять в управление образования информацию о работе наставнических пар.",
    ).directives;
    assert.deepEqual(
      d.map((x) => [x.text, x.executors, x.person]),
      [["Рекомендовать представлять в управление образования информацию о работе наставнических пар.", ["МКУ «Центр развития образования»", "районному методическому объединению молодых педагогов"], "О. А. Тихонравова"]],
    );
  });

  it("an approval whose object carries a year is not controlled and has no deadline; one due by a date is a task", () => {
    const d = parseResolution(
      "ПРИКАЗЫВАЮ:\n1. Утвердить план-график подготовки к ГИА в 2025-2026 учебном году (приложение 1).\n2. Утвердить учебные планы до 01.09.2025.",
    ).directives;
    assert.deepEqual(
      d.map((x) => [x.n, x.controlled, x.deadline.kind]),
      [["1", false, "none"], ["2", true, "date"]],
    );
  });
});
