// Deadlines as the genre writes them inside an item's sentence, not after «Срок:».
// Expected readings written first, from SPEC.md's table of kinds.
import assert from "node:assert/strict";
import { findDeadline, parseDeadline } from "../../../../src/core/parse/deadline";
import { DEFAULT_PARSE_SETTINGS } from "../../../../src/core/model";

const ctx = { schoolYear: "2025-2026", documentDate: "2025-09-10", settings: DEFAULT_PARSE_SETTINGS };

describe("deadline phrases after «Срок:»", () => {
  const cases: [string, string, string][] = [
    ["с 25.08.2025 по 15.09.2025", "period", "2025-09-15"],
    ["с 10.11.2025 по 12.12.2025.", "period", "2025-12-12"],
    ["в период с 02.06.2025 по 26.06.2025", "period", "2025-06-26"],
    ["с 12.01.26 по 19.01.26", "period", "2026-01-19"],
    ["ноябрь 2025 г. – март 2026 г.", "period", "2026-03-31"],
    ["с ноября 2025 года по март 2026 года", "period", "2026-03-31"],
    ["в 2025-2026 уч. г.", "period", "2026-08-31"],
  ];
  for (const [raw, kind, due] of cases) {
    it(`«${raw}» → ${kind} ${due}`, () => {
      const r = parseDeadline(raw, ctx);
      assert.deepEqual([r.kind, r.due], [kind, due]);
    });
  }
});

describe("a deadline in the middle of an item's sentence", () => {
  const found: [string, string, string, string][] = [
    ["Управлению образования провести 14 ноября 2025 года муниципальный этап олимпиады по математике.", "14 ноября 2025 года", "date", "2025-11-14"],
    ["провести с 22.09.2025 по 24.10.2025 школьный этап олимпиады на платформе «Сириус.Курсы».", "с 22.09.2025 по 24.10.2025", "period", "2025-10-24"],
    ["организовать в период с\n02.06.2026 по 26.06.2026 работу лагерей с дневным пребыванием детей;", "в период с\n02.06.2026 по 26.06.2026", "period", "2026-06-26"],
    ["профсоюзу проведение 5 октября 2026 года торжественного мероприятия, посвящённого Дню учителя.", "5 октября 2026 года", "date", "2026-10-05"],
    ["продолжить работу по привлечению молодых специалистов с 10 января 2026 года, обеспечив долю педагогов не менее 25 %.", "с 10 января 2026 года", "date", "2026-01-10"],
    ["провести 12.03.2026 районный семинар для заместителей директоров;", "12.03.2026", "date", "2026-03-12"],
    ["обеспечить в 2026 г. прохождение курсов повышения квалификации не менее 50 % классных руководителей.", "в 2026 г.", "period", "2026-12-31"],
    ["обеспечить в 2025-2026 уч. году создание специальных условий для обучающихся с ОВЗ.", "в 2025-2026 уч. году", "period", "2026-08-31"],
    ["Руководителям ОО, в т.ч. филиалов, в 2026 году обеспечить", "в 2026 году", "period", "2026-12-31"],
  ];
  for (const [text, raw, kind, due] of found) {
    it(`«${text.slice(0, 50)}…» → ${kind} ${due}`, () => {
      const f = findDeadline(text, ctx);
      assert.deepEqual([f?.raw, f?.kind, f?.due], [raw, kind, due]);
    });
  }

  const none: string[] = [
    "подготовить справку об итогах конкурса, проведённого 14 сентября 2025 года, для министерства образования;",
    "обобщить опыт проекта, стартовавшего 1 октября 2025 года, на совещании руководителей;",
    "продолжить работу, начатую 15 сентября 2025 года, по наставничеству;",
    "в соответствии с приказом министерства от 19.11.2025 № 1407 провести родительские собрания;",
    "представить сведения о вакансиях по состоянию на 1 октября 2025 года в управление образования;",
    "Провести анализ результатов ЕГЭ в 2025 году с постановкой задач на 2026 год.",
    "организовать работу по программе «Развитие образования на 2024-2028 годы» в школах района;",
  ];
  for (const text of none) {
    it(`no deadline in «${text.slice(0, 60)}…»`, () => {
      assert.equal(findDeadline(text, ctx), null);
    });
  }
});

describe("a start a little before the document", () => {
  it("«с 1 сентября» of the document's own school year is the start it sets, even when the document is later", () => {
    const f = findDeadline("обеспечить с 1 сентября 2025 года введение учебного курса «Основы безопасности».", ctx);
    assert.deepEqual([f?.raw, f?.kind, f?.due], ["с 1 сентября 2025 года", "date", "2025-09-01"]);
  });
  it("a start in an earlier school year describes the past", () => {
    assert.equal(findDeadline("продолжить работу кружков, открытых с 1 сентября 2024 года, в школах района.", ctx), null);
  });
});

describe("the words a deadline keeps", () => {
  it("keeps the dot of «г.» and «т.г.»", () => {
    assert.equal(findDeadline("в срок до 01.10.2025 г. разработать планы.", ctx)?.raw, "до 01.10.2025 г.");
    assert.equal(findDeadline("провести с 20 по 24 октября т.г. неделю математики.", ctx)?.raw, "с 20 по 24 октября т.г.");
  });
});

describe("the words a recurring deadline keeps", () => {
  it("keeps the rhythm, not the rest of the sentence", () => {
    const f = findDeadline("еженедельно представлять информацию о работе лагерей в отдел образования;", ctx);
    assert.deepEqual([f?.raw, f?.kind], ["еженедельно", "recurring"]);
  });
  it("keeps the day the rhythm names", () => {
    const f = findDeadline("представлять отчёт ежеквартально, до 5 числа месяца, следующего за отчётным кварталом;", ctx);
    assert.equal(f?.raw, "ежеквартально, до 5 числа месяца, следующего за отчётным кварталом");
  });
  it("keeps the day and the month it is counted from, not the work that follows", () => {
    const monthly = findDeadline("ежемесячно до 5 числа месяца, следующего за отчётным, проводить мониторинг выполнения плана;", ctx);
    assert.equal(monthly?.raw, "ежемесячно до 5 числа месяца, следующего за отчётным");
    const yearly = findDeadline("ежегодно до 1 сентября утверждать составы бракеражных комиссий;", ctx);
    assert.equal(yearly?.raw, "ежегодно до 1 сентября");
  });
  it("a time beside the verb needs no comma between: «в феврале, обобщить» is not one", () => {
    assert.equal(findDeadline("сведения, полученные в феврале, обобщить и направить в министерство", ctx), null);
  });
});

