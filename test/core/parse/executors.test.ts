import assert from "node:assert/strict";
import { executorsFromPhrase, isExecutorHeading } from "../../../src/core/parse/executors";
import { inlineExecutorSplit } from "../../../src/core/parse/executor-inline";

describe("executors", () => {
  it("splits a heading on commas and takes the person out of brackets", () => {
    const e = executorsFromPhrase("Отделу образования, МКУ «Центр, который помогает» (Иванова А.А.):");
    assert.deepEqual(e.executors, ["Отделу образования", "МКУ «Центр, который помогает»"]);
    assert.equal(e.person, "Иванова А.А.");
  });
  it("drops the role before the person", () => {
    assert.equal(executorsFromPhrase("МКУ «Ресурсный центр» (и.о. директора А.Е.Евтухович)").person, "А.Е.Евтухович");
  });
  it("splits on «и» only between executors", () => {
    assert.deepEqual(executorsFromPhrase("отделу образования и образовательным организациям").executors, [
      "отделу образования",
      "образовательным организациям",
    ]);
    assert.deepEqual(executorsFromPhrase("администрациям муниципальных районов и городских округов").executors, [
      "администрациям муниципальных районов и городских округов",
    ]);
    assert.deepEqual(executorsFromPhrase("Центру профориентации и развития «Перспектива»").executors, [
      "Центру профориентации и развития «Перспектива»",
    ]);
  });
  it("keeps co-executors after «совместно с» / «во взаимодействии с»", () => {
    assert.deepEqual(executorsFromPhrase("Управлению образования во взаимодействии с руководителями школ").executors, [
      "Управлению образования",
      "руководителями школ",
    ]);
    assert.deepEqual(executorsFromPhrase("Рекомендовать школам совместно с ЦДТ").executors, ["школам", "ЦДТ"]);
  });
  it("tells a heading from a lead-in", () => {
    assert.ok(isExecutorHeading("Руководителям образовательных организаций:"));
    assert.ok(isExecutorHeading("Рекомендовать руководителям ОО:"));
    assert.ok(!isExecutorHeading("обеспечить методическое сопровождение:"));
    assert.ok(!isExecutorHeading("Управлению образования обеспечить:"));
    assert.ok(isExecutorHeading("Заместителю директора по УВР Ивановой О. П.:"));
    assert.ok(!isExecutorHeading("Руководителям ОО обеспечитьучастие:"));
    assert.ok(isExecutorHeading("Руководителю ШМО учителей математики Петренко А.С. и руководителю ШМО учителей физики Гусейновой Л.Р.:"));
    assert.ok(!isExecutorHeading("Отделу образования отчёт принят."));
  });
  it("finds an executor at the start of an item", () => {
    assert.equal(inlineExecutorSplit("МУ «ИМЦ» организовать сопровождение")?.executorPart, "МУ «ИМЦ»");
    assert.equal(inlineExecutorSplit("Рекомендовать руководителям ОО обеспечить участие")?.executorPart, "руководителям ОО");
    assert.equal(inlineExecutorSplit("Управлению образования (Наумова С.Е.) продолжить работу")?.executorPart, "Управлению образования (Наумова С.Е.)");
    assert.equal(inlineExecutorSplit("Продолжить работу по развитию"), null);
    assert.equal(inlineExecutorSplit("Эффективно использовать ресурсы"), null);
  });

  it("reads past an abbreviation with a dot between the executor and the verb", () => {
    const part = (t: string) => inlineExecutorSplit(t)?.executorPart;
    assert.equal(part("Руководителям общеобразовательных организаций в 2024-2025 уч. году организовать участие"), "Руководителям общеобразовательных организаций");
    assert.equal(part("МОУ СОШ им. А.С. Пушкина г. Пензы организовать работу кружков"), "МОУ СОШ им. А.С. Пушкина г. Пензы");
    assert.equal(part("Администрации Ленинского р-на г. Пензы обеспечить подвоз"), "Администрации Ленинского р-на г. Пензы");
    assert.equal(part("Учреждениям культуры, спорта и т.д. организовать работу"), "Учреждениям культуры, спорта и т.д.");
    assert.deepEqual(executorsFromPhrase(part("Руководителям дошкольных образовательных организаций, в т.ч. частных, организовать работу") ?? "").executors, [
      "Руководителям дошкольных образовательных организаций, в т.ч. частных",
    ]);
    // a sentence still ends at a dot before a capital letter
    assert.equal(inlineExecutorSplit("Отделу образования отчёт. Подготовить справку"), null);
  });

  it("leaves a circumstance between the executor and the verb out of the executor", () => {
    const part = (t: string) => inlineExecutorSplit(t)?.executorPart;
    assert.equal(part("Отделу образования при проведении мониторинга качества образования организовать сбор данных"), "Отделу образования");
    assert.equal(part("МКУ «ИМЦ» в рамках реализации проекта «Учитель будущего» провести семинары"), "МКУ «ИМЦ»");
    assert.equal(part("Руководителям ОО в целях профилактики правонарушений усилить работу"), "Руководителям ОО");
    assert.equal(part("Отделу образования по итогам проверки подготовить справку"), "Отделу образования");
    assert.equal(part("Руководителям ОО в срок до 15.05.2024 обеспечить участие"), "Руководителям ОО");
    assert.equal(part("Учителям, работающим в 5–8 классах, провести диагностические работы"), "Учителям, работающим в 5–8 классах");
    assert.equal(part("Классным руководителям в 9 классах провести собрания"), "Классным руководителям в 9 классах");
    assert.equal(part("Рекомендовать руководителям ОО по результатам ВПР провести анализ"), "руководителям ОО");
    // a council «при» an office is a name, not a circumstance
    assert.equal(part("Общественному совету при управлении образования рассмотреть вопрос"), "Общественному совету при управлении образования");
  });

  it("takes the dative after «Поручить/Рекомендовать» when a noun phrase stands for the verb", () => {
    const part = (t: string) => inlineExecutorSplit(t)?.executorPart;
    assert.equal(part("Рекомендовать руководителям ОО участие в муниципальном конкурсе «Педагог года»"), "руководителям ОО");
    assert.equal(part("Поручить ИМЦ подготовку методических рекомендаций"), "ИМЦ");
    assert.equal(part("Поручить отделу образования организацию летнего отдыха детей"), "отделу образования");
    assert.equal(part("Рекомендовать педагогам-психологам проведение тренингов"), "педагогам-психологам");
    assert.equal(part("Рекомендовать руководителям школ практику наставничества"), "руководителям школ");
    assert.equal(part("Поручить ИМЦ методическое сопровождение молодых педагогов"), "ИМЦ");
    assert.equal(part("Рекомендовать к использованию методические рекомендации"), undefined);
    assert.equal(part("Рекомендовать для использования в работе опыт школы № 2"), undefined);
  });

  it("takes a person in brackets written initials first, with a space or a Latin letter", () => {
    const spaced = executorsFromPhrase("МКУ «ИМЦ» (А. Б. Петрова)");
    assert.deepEqual(spaced, { executors: ["МКУ «ИМЦ»"], person: "А. Б. Петрова" });
    assert.equal(inlineExecutorSplit("МКУ «ИМЦ» (А. Б. Петрова) подготовить отчёт")?.executorPart, "МКУ «ИМЦ» (А. Б. Петрова)");
    assert.equal(inlineExecutorSplit("Отделу образования (заместитель начальника А. Б. Петрова) провести совещание")?.executorPart, "Отделу образования (заместитель начальника А. Б. Петрова)");
    assert.deepEqual(executorsFromPhrase("Отделу образования (заместитель начальника А. Б. Петрова)"), { executors: ["Отделу образования"], person: "А. Б. Петрова" });
  });

  it("splits two executors on «и» before a feminine dative, not «и» inside one name", () => {
    assert.deepEqual(executorsFromPhrase("отделу образования и муниципальной комиссии по делам несовершеннолетних").executors, [
      "отделу образования",
      "муниципальной комиссии по делам несовершеннолетних",
    ]);
    assert.deepEqual(executorsFromPhrase("Управлению образования и Центральной районной больнице").executors, ["Управлению образования", "Центральной районной больнице"]);
    assert.deepEqual(executorsFromPhrase("Отделу образования и молодёжной политики").executors, ["Отделу образования и молодёжной политики"]);
    assert.deepEqual(executorsFromPhrase("отделу полиции по городскому округу и районной детской поликлинике").executors, [
      "отделу полиции по городскому округу",
      "районной детской поликлинике",
    ]);
    assert.deepEqual(executorsFromPhrase("комитету по физической культуре и спорту").executors, ["комитету по физической культуре и спорту"]);
    assert.deepEqual(executorsFromPhrase("Центру психолого-педагогической, медицинской и социальной помощи").executors, [
      "Центру психолого-педагогической, медицинской и социальной помощи",
    ]);
    assert.deepEqual(executorsFromPhrase("руководителям школ и заведующим детскими садами").executors, ["руководителям школ", "заведующим детскими садами"]);
  });

  it("keeps «КДН и ЗП» and «ГО и ЧС» as one body", () => {
    assert.deepEqual(executorsFromPhrase("Отделу образования совместно с ТКДН и ЗП").executors, ["Отделу образования", "ТКДН и ЗП"]);
    assert.deepEqual(executorsFromPhrase("Отделу по делам ГО и ЧС").executors, ["Отделу по делам ГО и ЧС"]);
    assert.deepEqual(executorsFromPhrase("ДОУ и ОО").executors, ["ДОУ", "ОО"]);
  });

  it("leaves a circumstance of a heading out of its executor and says when it is", () => {
    assert.deepEqual(executorsFromPhrase("Руководителям ОО в срок до 01.09.2024:").executors, ["Руководителям ОО"]);
    assert.equal(inlineExecutorSplit("Руководителям ОО в 2024-2025 уч. году организовать участие")?.when, "в 2024-2025 уч. году");
    assert.equal(inlineExecutorSplit("Отделу образования при проведении мониторинга организовать сбор")?.when, null);
  });

  it("takes the dative before a noun phrase when a lead-in above asks («5. Рекомендовать:» · «5.2. …»)", () => {
    assert.equal(
      inlineExecutorSplit("Ладожинской районной организации профсоюза проведение 5 октября 2026 года мероприятия", true)?.executorPart,
      "Ладожинской районной организации профсоюза",
    );
    assert.equal(inlineExecutorSplit("Ладожинской районной организации профсоюза проведение мероприятия"), null);
  });

  it("reads past a name whose inner quote closes both quotes («МКУ «Центр «Доверие» …»)", () => {
    const split = inlineExecutorSplit("МКУ «Центр психолого-педагогической помощи «Доверие» в 2025-2026 уч. году организовать работу");
    assert.equal(split?.executorPart, "МКУ «Центр психолого-педагогической помощи «Доверие»");
    assert.deepEqual(executorsFromPhrase("МКУ «Центр «Доверие», школам").executors, ["МКУ «Центр «Доверие»", "школам"]);
  });

  it("keeps a list of organisation kinds under one role («руководителям ОО, ДОО и УДО»)", () => {
    assert.deepEqual(executorsFromPhrase("руководителям ОО, ДОО и УДО").executors, ["руководителям ОО, ДОО и УДО"]);
    assert.deepEqual(executorsFromPhrase("Руководителям ДОУ и ОО").executors, ["Руководителям ДОУ и ОО"]);
    // named organisations and offices stay apart
    assert.deepEqual(executorsFromPhrase("Руководителям ОО, МКУ «ИМЦ»").executors, ["Руководителям ОО", "МКУ «ИМЦ»"]);
    assert.deepEqual(executorsFromPhrase("Руководителям ОО и ИМЦ").executors, ["Руководителям ОО", "ИМЦ"]);
    assert.deepEqual(executorsFromPhrase("ДОУ и ОО").executors, ["ДОУ", "ОО"]);
  });

  it("drops remarks in brackets from an executor: «(по согласованию)», «(далее – ИМЦ)»", () => {
    assert.deepEqual(executorsFromPhrase("МКУ «Информационно-методический центр» (далее – ИМЦ), ОГИБДД (по согласованию)").executors, [
      "МКУ «Информационно-методический центр»",
      "ОГИБДД",
    ]);
  });

  it("takes who a duty is laid on («Возложить на руководителей ОО ответственность за …»)", () => {
    assert.equal(inlineExecutorSplit("Возложить на руководителей ОО ответственность за организацию горячего питания")?.executorPart, "руководителей ОО");
    assert.equal(inlineExecutorSplit("Возложить на МКУ «ИМЦ» функции муниципального оператора")?.executorPart, "МКУ «ИМЦ»");
  });

  it("reads an executor followed by a colon and the verb on the same line («Руководителям ОО: обеспечить…»)", () => {
    assert.equal(inlineExecutorSplit("Руководителям ОО: обеспечить участие педагогов")?.executorPart, "Руководителям ОО");
    assert.equal(inlineExecutorSplit("Руководителям ОО: участие педагогов"), null);
  });

  it("splits two executors written in the nominative on «и» («Отдел образования и муниципальная комиссия …»)", () => {
    assert.deepEqual(executorsFromPhrase("Отдел образования и муниципальная комиссия по приёмке ППЭ").executors, ["Отдел образования", "муниципальная комиссия по приёмке ППЭ"]);
    assert.deepEqual(executorsFromPhrase("Управление образования и районный методический центр").executors, ["Управление образования", "районный методический центр"]);
    assert.deepEqual(executorsFromPhrase("Отдел опеки и попечительства").executors, ["Отдел опеки и попечительства"]);
    assert.deepEqual(executorsFromPhrase("Управление образования и молодёжной политики").executors, ["Управление образования и молодёжной политики"]);
  });

  it("keeps a list of school numbers with its school («МБОУ СОШ № 1, 3, 5»)", () => {
    assert.deepEqual(executorsFromPhrase("Руководителям МБОУ СОШ № 1, 3, 5 и 7").executors, ["Руководителям МБОУ СОШ № 1, 3, 5 и 7"]);
    assert.deepEqual(executorsFromPhrase("МБОУ «СОШ № 2», МБОУ «СОШ № 4»").executors, ["МБОУ «СОШ № 2»", "МБОУ «СОШ № 4»"]);
  });
});
