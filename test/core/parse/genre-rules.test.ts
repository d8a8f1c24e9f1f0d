// Genre rules added for documents beyond the five known ones: protocols, pasted tables, one-paragraph
// texts, letter-spaced headings, inline executors in lower case, summer periods, scores as targets.
import assert from "node:assert/strict";
import { parseResolution, parseDeadline } from "../../../src/core/parse";
import { tableRowsToItems } from "../../../src/core/parse/table-rows";
import { splitLongLines } from "../../../src/core/parse/long-lines";
import { findTarget } from "../../../src/core/parse/targets";
import { isControlled } from "../../../src/core/parse/controlled";
import { executorsFromPhrase } from "../../../src/core/parse/executors";
import { inlineExecutorSplit } from "../../../src/core/parse/executor-inline";
import { responsibleExecutors } from "../../../src/core/parse/executor-responsible";

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

describe("genre rules: sections, questions, responsible paragraphs, names with commas", () => {
  it("cites items of «I. По первому вопросу» sections with the section's number and keeps the heading out", () => {
    const doc = parseResolution(
      "Решение совета от 10.10.2024\nсовет РЕШИЛ:\nI. По первому вопросу\n1. Информацию принять к сведению.\n2. Школам провести анализ до 01.11.2024.\nII. По второму вопросу\n1. Отделу образования провести семинар.",
    );
    assert.deepEqual(doc.directives.map((d) => d.n), ["I.1", "I.2", "II.1"]);
    assert.deepEqual(doc.directives[2].executors, ["Отделу образования"]);
  });

  it("treats a topic line followed by items numbered from 1 as a section, not a directive", () => {
    const doc = parseResolution("РЕШИЛИ:\nI. Об итогах ГИА\n1. Школам провести анализ результатов.\n2. Информацию принять к сведению.\nII. О летнем отдыхе\n1. Школам открыть лагеря до 01.06.2024.");
    assert.deepEqual(doc.directives.map((d) => d.n), ["I.1", "I.2", "II.1"]);
    assert.equal(doc.directives[2].deadline.due, "2024-06-01");
  });

  it("does not spread a section's last «Срок:» line over the whole section", () => {
    const doc = parseResolution("РЕШИЛ:\nI. По первому вопросу\n1. Школам провести анализ результатов.\n2. ИМЦ размещать материалы на сайте.\nСрок: постоянно.");
    assert.deepEqual(doc.directives.map((d) => d.deadline.kind), ["none", "ongoing"]);
  });

  it("reads «По первому вопросу выступила … / Решение:» protocols question by question", () => {
    const doc = parseResolution(
      [
        "ПРОТОКОЛ совещания от 11.04.2023",
        "Повестка:",
        "1. О комплектовании ДОО.",
        "2. Об отчётах.",
        "По первому вопросу выступила Зуева Г.Н., сообщила, что очереди нет.",
        "Решение:",
        "1. Заведующим ДОО обеспечить комплектование до 01.06.2023.",
        "2. Отделу образования сформировать списки.",
        "По второму вопросу выступил Ткаченко И.П.",
        "Решение: представить отчёты в срок до 05.05.2023.",
        "Ответственные: заведующие ДОО.",
      ].join("\n"),
    );
    assert.deepEqual(doc.directives.map((d) => d.n), ["1.1", "1.2", "2.1"]);
    assert.deepEqual(doc.directives[2].executors, ["заведующие ДОО"]);
    assert.equal(doc.directives[2].deadline.due, "2023-05-05");
  });

  it("takes executors from a trailing «Ответственные исполнители:» / «Исполнители:» paragraph", () => {
    const doc = parseResolution(
      "ПРИКАЗЫВАЮ:\n1. Провести месячник профориентации.\nОтветственные исполнители: отдел общего образования, руководители ОО.\n2. Представить отчёты до 07.04.2025.\nИсполнители: заместители директоров.",
    );
    assert.equal(doc.directives.length, 2);
    assert.deepEqual(doc.directives[0].executors, ["отдел общего образования", "руководители ОО"]);
    assert.deepEqual(doc.directives[1].executors, ["заместители директоров"]);
  });

  it("keeps «психолого-педагогической, медицинской и социальной помощи» inside one name", () => {
    const name = "Центру психолого-педагогической, медицинской и социальной помощи «Доверие»";
    assert.deepEqual(executorsFromPhrase(`МБУ ДО «ЦДТ», ${name}`).executors, ["МБУ ДО «ЦДТ»", name]);
    assert.deepEqual(executorsFromPhrase("Управлению образования и молодёжной политики и Отделу культуры").executors, ["Управлению образования и молодёжной политики", "Отделу культуры"]);
    assert.deepEqual(
      executorsFromPhrase("Руководителям ОО совместно с Центром психолого-педагогической, медицинской и социальной помощи").executors,
      ["Руководителям ОО", "Центром психолого-педагогической, медицинской и социальной помощи"],
    );
    assert.deepEqual(executorsFromPhrase("Управлению образования, отделу культуры и школам").executors, ["Управлению образования", "отделу культуры", "школам"]);
  });

  it("reads an executor that opens with a feminine adjective in the dative", () => {
    assert.equal(
      inlineExecutorSplit("Территориальной психолого-медико-педагогической комиссии и отделу опеки обеспечить обмен сведениями")?.executorPart,
      "Территориальной психолого-медико-педагогической комиссии и отделу опеки",
    );
    assert.equal(inlineExecutorSplit("Первой задачей считать развитие"), null);
  });

  it("splits a role ending in an abbreviation from the responsible person's name", () => {
    assert.deepEqual(responsibleExecutors("руководитель РМО Кравец О.Н."), { executors: ["руководитель РМО"], person: "Кравец О.Н." });
  });
});

describe("genre rules: counting across groups, headings without a colon, «по … и …»", () => {
  it("keeps printed numbers that go on counting across unnumbered executor groups", () => {
    const doc = parseResolution("Решение от 28.08.2024\nРЕШИЛИ:\nУправлению образования:\n1. Организовать курсы.\n2. Провести конкурс.\nРуководителям ОО:\n3. Обеспечить участие.\n4. Провести мониторинг до 01.12.2024.");
    assert.deepEqual(doc.directives.map((d) => d.n), ["1", "2", "3", "4"]);
    assert.deepEqual(doc.directives[3].executors, ["Руководителям ОО"]);
  });

  it("still prefixes numbers that restart in each unnumbered group", () => {
    const doc = parseResolution("РЕШИЛИ:\nУправлению образования:\n1. Организовать курсы.\nРуководителям ОО:\n1. Обеспечить участие.\n2. Провести мониторинг.");
    assert.deepEqual(doc.directives.map((d) => d.n), ["1.1", "2.1", "2.2"]);
  });

  it("opens a group at an executor line without a colon when capitalised orders follow", () => {
    const doc = parseResolution("РЕШИЛИ:\nУправлению образования\nОрганизовать курсы.\nПровести конкурс.\nРуководителям ОО\nОбеспечить участие.");
    assert.deepEqual(doc.directives.map((d) => [d.n, d.executors[0]]), [
      ["1.1", "Управлению образования"],
      ["1.2", "Управлению образования"],
      ["2.1", "Руководителям ОО"],
    ]);
  });

  it("does not split «по культуре и туризму», but splits before an office word or after a proper name", () => {
    assert.deepEqual(executorsFromPhrase("Управлению образования и комитету по культуре и туризму").executors, ["Управлению образования", "комитету по культуре и туризму"]);
    assert.deepEqual(executorsFromPhrase("Комитету по образованию и отделу культуры").executors, ["Комитету по образованию", "отделу культуры"]);
    assert.deepEqual(executorsFromPhrase("Отделу МВД по Глинскому району и главному врачу ЦРБ").executors, ["Отделу МВД по Глинскому району", "главному врачу ЦРБ"]);
  });
});

describe("genre rules: executors at the end of an item, participle-like roles", () => {
  it("takes a closing «(отдел образования, до 01.10.2024)» as the executor and keeps the term", () => {
    const doc = parseResolution("Решение от 01.09.2024\nРЕШИЛИ:\n1. Провести анализ результатов ГИА (отдел образования, до 01.10.2024).\n2. Обеспечить участие в пробном экзамене (ОГЭ).");
    assert.deepEqual(doc.directives[0].executors, ["отдел образования"]);
    assert.equal(doc.directives[0].deadline.due, "2024-10-01");
    assert.deepEqual(doc.directives[1].executors, []);
    assert.match(doc.directives[1].text, /\(ОГЭ\)/);
  });

  it("keeps «заведующим ДОО» a separate executor, not a clause of the one before", () => {
    assert.deepEqual(executorsFromPhrase("Директорам школ, заведующим ДОО, руководителям УДО").executors, ["Директорам школ", "заведующим ДОО", "руководителям УДО"]);
  });
});

describe("genre rules: text hard-wrapped from a PDF", () => {
  it("keeps a wrapped line that starts with a date, «сроки…» or a lower-case role inside its item", () => {
    const doc = parseResolution(
      [
        "РЕШЕНИЕ от 30.08.2024",
        "РЕШИЛИ:",
        "1. Руководителям ОО представить отчёты в управление образования до",
        "15.10.2024 г. по установленной форме.",
        "2. Учителям обеспечить соблюдение порядка и",
        "сроки проведения контрольных работ согласовать с",
        "руководитель ШМО и завучем.",
        "3. ИМЦ провести семинар.",
      ].join("\n"),
    );
    assert.deepEqual(doc.directives.map((d) => d.n), ["1", "2", "3"]);
    assert.equal(doc.directives[0].deadline.due, "2024-10-15");
    assert.match(doc.directives[1].text, /согласовать с руководитель ШМО и завучем\.$/);
  });
});

describe("genre rules: control items and sub-items of an item with its own executor", () => {
  it("«Контроль возложить на …» is about the document; «Контроль качества питания возложить …» is not", () => {
    assert.equal(isControlled("Контроль возложить на заместителя начальника Иванову И.И."), false);
    assert.equal(isControlled("Контроль за ходом подготовки к ГИА возложить на отдел образования."), false);
    assert.equal(isControlled("Контроль качества питания возложить на медицинских работников."), true);
  });

  it("gives a sub-item the executor its parent item names", () => {
    const doc = parseResolution("РЕШИЛИ:\n1. Руководителям ОО обеспечить участие.\n2. ИМЦ провести семинар до 01.10.2024.\n2.1. подготовить программу семинара;");
    assert.deepEqual(doc.directives.map((d) => [d.n, d.executors.join()]), [
      ["1", "Руководителям ОО"],
      ["2", "ИМЦ"],
      ["2.1", "ИМЦ"],
    ]);
  });
});

describe("genre rules: executor headings wrapped over lines", () => {
  it("joins a heading hard-wrapped before its colon and gives its items the whole executor list", () => {
    const doc = parseResolution(
      "РЕШИЛИ:\n1. Отделу образования администрации района, муниципальным\nобщеобразовательным организациям:\n1.1. Продолжить работу по проектам.\nРуководителям дошкольных образовательных организаций и\nорганизаций дополнительного образования:\n- обеспечить участие;",
    );
    assert.deepEqual(doc.directives.map((d) => d.n), ["1.1", "2.1"]);
    assert.deepEqual(doc.directives[0].executors, ["Отделу образования администрации района", "муниципальным общеобразовательным организациям"]);
    assert.deepEqual(doc.directives[1].executors, ["Руководителям дошкольных образовательных организаций и организаций дополнительного образования"]);
  });

  it("joins a heading whose person in brackets wraps onto the next line («(А. П.» · «Николаева):»)", () => {
    const doc = parseResolution("ПРИКАЗЫВАЮ:\n3. МКУ «Информационно-методический центр» (А. П.\nНиколаева):\n3.1. обеспечить сопровождение Конкурса;\n3.2. подготовить наградные документы.");
    assert.deepEqual(
      doc.directives.map((d) => [d.n, d.executors, d.person]),
      [
        ["3.1", ["МКУ «Информационно-методический центр»"], "А. П. Николаева"],
        ["3.2", ["МКУ «Информационно-методический центр»"], "А. П. Николаева"],
      ],
    );
  });
});

describe("genre rules: protocol questions written as topics", () => {
  it("numbers decisions by the topic line «2. Об отдыхе детей.» above «Слушали:»", () => {
    const doc = parseResolution(
      "ПРОТОКОЛ от 12.03.2024\nПовестка:\n1. О подготовке к ГИА.\n2. Об отдыхе детей.\n1. О подготовке к ГИА.\nСлушали: Иванову И.И.\nРешили:\n1.1. Руководителям ОО провести консультации.\n2. Об отдыхе детей.\nСлушали: Петрова П.П.\nРешили:\n2.1. Руководителям ОО открыть лагеря до 01.06.2024.",
    );
    assert.deepEqual(doc.directives.map((d) => d.n), ["1.1", "2.1"]);
    assert.equal(doc.directives[1].deadline.due, "2024-06-01");
  });

  it("reads «Вопрос 2. Об отдыхе детей.» as the second question", () => {
    const doc = parseResolution(
      "ПРОТОКОЛ от 12.03.2024\nВопрос 1. О подготовке к ГИА.\nСлушали: Иванову И.И.\nРешили: руководителям ОО провести консультации.\nВопрос 2. Об отдыхе детей.\nСлушали: Петрова П.П.\nРешили:\n1. Руководителям ОО открыть лагеря.\n2. ИМЦ провести семинар.",
    );
    assert.deepEqual(doc.directives.map((d) => d.n), ["1.1", "2.1", "2.2"]);
    assert.ok(!doc.directives.some((d) => /Вопрос/.test(d.text)));
  });
});

describe("genre rules: «Срок» and «Ответственный» closing one line in any order", () => {
  it("reads both whichever comes first, also inside one bracket", () => {
    const doc = parseResolution(
      "ПРИКАЗЫВАЮ:\n1. Провести семинар. Исполнитель: МКУ «ИМЦ». Срок: до 01.10.2024.\n2. Провести конкурс. Срок: до 01.11.2024. Ответственный: отдел образования.\n3. Организовать курсы (срок – до 01.12.2024, ответственный – ИМЦ).\n4. Провести акцию; ответственные – руководители ОО; срок – октябрь 2024 г.",
    );
    assert.deepEqual(doc.directives.map((d) => [d.executors.join(), d.deadline.due]), [
      ["МКУ «ИМЦ»", "2024-10-01"],
      ["отдел образования", "2024-11-01"],
      ["ИМЦ", "2024-12-01"],
      ["руководители ОО", "2024-10-31"],
    ]);
    assert.equal(doc.directives[0].text, "Провести семинар.");
  });
});

describe("genre rules: dots and asides inside an executor's name", () => {
  it("reads «г. Пензы», «им. А.С. Пушкина» inside the executor and drops «(по согласованию)»", () => {
    assert.equal(inlineExecutorSplit("Управлению образования г. Пензы обеспечить участие.")?.executorPart, "Управлению образования г. Пензы");
    assert.equal(inlineExecutorSplit("МБОУ СОШ № 1 им. А.С. Пушкина провести семинар.")?.executorPart, "МБОУ СОШ № 1 им. А.С. Пушкина");
    assert.deepEqual(executorsFromPhrase("ГБУ ДПО «ИРО» (по согласованию)").executors, ["ГБУ ДПО «ИРО»"]);
    assert.deepEqual(executorsFromPhrase("Руководителям ОО, в которых выявлены нарушения").executors, ["Руководителям ОО, в которых выявлены нарушения"]);
  });
});

describe("genre rules: an agenda list above a single «СЛУШАЛИ:»", () => {
  it("keeps the decisions numbered «1», «2», not under the last agenda topic", () => {
    const doc = parseResolution(
      [
        "ПРОТОКОЛ № 2 совещания от 05.02.2025",
        "ПОВЕСТКА ДНЯ:",
        "1. О проведении пробного экзамена.",
        "2. О летнем отдыхе детей.",
        "СЛУШАЛИ:",
        "1. Сомову Т.Е. – о пробном экзамене.",
        "2. Рябова К.Н. – о летнем отдыхе.",
        "РЕШИЛИ:",
        "1. Руководителям ОО провести пробный экзамен. Срок – до 20 февраля 2025 г. Ответственный – Сомова Т.Е.",
        "2. Отделу образования подготовить план летнего отдыха. Срок – март 2025 г.",
      ].join("\n"),
    );
    assert.deepEqual(doc.directives.map((d) => d.n), ["1", "2"]);
    assert.deepEqual(doc.directives[0].executors, ["Руководителям ОО"]);
    assert.equal(doc.directives[0].person, "Сомова Т.Е.");
    assert.equal(doc.directives[1].deadline.due, "2025-03-31");
  });

  it("still numbers a question by the topic line right above its own «Слушали:»", () => {
    const doc = parseResolution(
      [
        "ПРОТОКОЛ совещания от 10.03.2024",
        "1. О подготовке к ГИА.",
        "СЛУШАЛИ: Петрову А.А.",
        "РЕШИЛИ:",
        "1. Руководителям ОО провести консультации до 01.04.2024.",
        "2. Об отдыхе детей.",
        "СЛУШАЛИ: Иванова И.И.",
        "РЕШИЛИ:",
        "1. Отделу образования составить график до 01.05.2024.",
      ].join("\n"),
    );
    assert.deepEqual(doc.directives.map((d) => d.n), ["1.1", "2.1"]);
  });
});

describe("genre rules: a lower-case adjective and numbers inside an executor's name", () => {
  it("reads «классным руководителям 5–11 классов» as the executor of a lettered-list item", () => {
    assert.equal(inlineExecutorSplit("классным руководителям 5–11 классов провести собрания до 5 апреля 2025 г.")?.executorPart, "классным руководителям 5–11 классов");
    const doc = parseResolution(
      [
        "Решение педагогического совета от 27.03.2025",
        "Педагогический совет решил:",
        "1) учителям-предметникам:",
        "   а) провести консультации до 10 апреля 2025 г.;",
        "   б) скорректировать рабочие программы;",
        "2) классным руководителям 5–11 классов провести родительские собрания до 5 апреля 2025 г.;",
      ].join("\n"),
    );
    assert.deepEqual(doc.directives.map((d) => d.n), ["1.а", "1.б", "2"]);
    assert.deepEqual(doc.directives[2].executors, ["классным руководителям 5–11 классов"]);
    assert.equal(doc.directives[2].deadline.due, "2025-04-05");
  });
});

describe("genre rules: «Ответственный – <ФИО>» after an item that names its executor", () => {
  it("makes the name the responsible person, not a second executor", () => {
    const doc = parseResolution("Решение от 01.02.2025\nРЕШИЛИ:\n1. Отделу образования провести семинар. Срок – март 2025 г. Ответственный – Белова А.С.\n2. Провести совещание. Ответственный – Белова А.С.");
    assert.deepEqual(doc.directives[0].executors, ["Отделу образования"]);
    assert.equal(doc.directives[0].person, "Белова А.С.");
    // with no other executor named, the name alone still says who acts
    assert.deepEqual(doc.directives[1].executors.length, 1);
  });
});
