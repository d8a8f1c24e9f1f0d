import assert from "node:assert/strict";
import { collegiumContent, COLLEGIUM_HEADERS, proposalFor, responsibleRu, sectionOf } from "../../../src/core/summary";
import { DOCUMENT_ROWS, ORGANISATION_ROWS, scenarioSummary } from "./scenario";

const resolutions = DOCUMENT_ROWS.map((r) => ({ id: String(r.id), kind: String(r.kind), title: String(r.title), date: String(r.date) }));

describe("collegiumContent: the wording of the collegium document", () => {
  const s = scenarioSummary();
  const c = collegiumContent(s, { resolutions });

  it("titles it with the body, the resolution and the report date", () => {
    assert.equal(c.title, "Информация о ходе исполнения решений коллегии по состоянию на 31.03.2024");
    assert.deepEqual(c.resolutionLines, ["Решение коллегии «О качестве образования» от 25.01.2024"]);
    const custom = collegiumContent(s, { resolutions, body: "коллегии управления образования Заречного района" });
    assert.match(custom.title, /^Информация о ходе исполнения решений коллегии управления образования Заречного района по состоянию на 31\.03\.2024$/);
  });

  it("states the counts line: directives, and what the share counts", () => {
    assert.equal(
      c.countsLine,
      "Поручений на контроле: 5; из них выполнено в срок — 1, выполнено с нарушением срока — 0, выполняется — 3, просрочено — 1. " +
        "Исполнено в срок — 50 % (1 из 2 поручений, выполненных или просроченных).",
    );
  });

  it("has one row per directive on control: what schools did, who did not, status and proposal", () => {
    assert.equal(c.rows.length, 5);
    for (const row of c.rows) assert.equal(row.cells.length, COLLEGIUM_HEADERS.length);
    const [first] = c.rows;
    assert.deepEqual(first.cells.slice(0, 2), ["1", "Провести школьный этап олимпиады"]);
    assert.equal(first.cells[2], "Иванова А.А.");
    assert.equal(first.cells[3], "15.03.2024");
    assert.deepEqual(first.info, [
      "Выполнено: МБОУ «СОШ № 1» (10.03.2024) — проведён школьный этап по 12 предметам, участвовали 214 обучающихся; " +
        "МБОУ «СОШ № 2» (20.03.2024, с опозданием на 5 дней).",
      "Не выполнено в срок: МБОУ «СОШ № 3» (просрочено на 16 дней).",
    ]);
    assert.equal(first.cells[5], "просрочено (1 из 3)\nпродлить срок до __.__.____");
    assert.equal(first.status, "просрочено (1 из 3)");
    assert.equal(first.proposal, "продлить срок до __.__.____");
    const done = c.rows.find((r) => r.cells[0] === "4")!;
    assert.equal(done.proposal, "снять с контроля");
    const ongoing = c.rows.find((r) => r.cells[0] === "2")!;
    assert.equal(ongoing.cells[3], "постоянно");
    assert.equal(ongoing.proposal, "оставить на контроле");
    assert.deepEqual(ongoing.info, [
      "Работа ведётся: МБОУ «СОШ № 1» — открыты кружки робототехники и шахмат; МБОУ «СОШ № 2».",
      "Не представили отчёт: МБОУ «СОШ № 3».",
      "Значение по району: 76,67 % при цели 75 %.",
      "Ниже целевого значения: МБОУ «СОШ № 2» (70 %).",
    ]);
    assert.ok(!c.rows.some((r) => r.cells[0] === "5"), "a directive off control is not listed");
  });

  it("never puts an organisation under a heading its mark contradicts", () => {
    const headingOf = (line: string) => line.slice(0, line.indexOf(":"));
    for (const row of c.rows) {
      const d = s.directives.find((x) => row.cells[0] === x.directive.n)!;
      for (const m of d.marks) {
        const name = s.organisations.find((o) => o.code === m.orgCode)!.name;
        const headings = row.info.filter((l) => l.includes(name) && !l.startsWith("Значение") && !l.startsWith("Ниже")).map(headingOf);
        const expected = {
          "Выполнено в срок": "Выполнено",
          "Выполнено с нарушением срока": "Выполнено",
          "На контроле": "Работа ведётся",
          "Срок истекает": "Работа ведётся",
          "Просрочено": "Не выполнено в срок",
          "Нет отчёта": "Не представили отчёт",
        }[m.mark as string];
        assert.deepEqual(headings, [expected], `${d.directive.n} ${name} ${m.mark}`);
      }
    }
  });

  it("lists targets and exactly the organisations with «Нет отчёта»", () => {
    assert.deepEqual(c.targetRows, [
      [
        "п. 2",
        "Доля обучающихся, охваченных дополнительным образованием",
        "75 %",
        "76,67 %",
        "сумма числителей / сумма знаменателей (2 орг.)",
        "МБОУ «СОШ № 2» (70 %)",
      ],
    ]);
    assert.deepEqual(c.silentLines, ["МБОУ «СОШ № 3» — нет отчёта по 1 из 2 поручений"]);
  });

  it("proposes from the marks: extension with a blank date where overdue, removal only when all are done", () => {
    const overdue = s.directives.find((d) => d.outcome === "overdue")!;
    const extended = { ...overdue, directive: { ...overdue.directive, extendedTo: "2024-03-20" } };
    assert.equal(proposalFor(extended), "продлить срок до __.__.____");
    const done = s.directives.find((d) => d.outcome === "onTime")!;
    assert.equal(proposalFor(done), "снять с контроля");
    assert.equal(proposalFor({ ...done, directive: { ...done.directive, kind: "ongoing" } }), "оставить на контроле");
    assert.equal(proposalFor({ ...done, belowTarget: 1 }), "оставить на контроле", "done, but a target missed");
    const notDueYet = s.directives.find((d) => d.directive.n === "6")!;
    assert.equal(proposalFor(notDueYet), "оставить на контроле");
  });

  it("names «Ответственный» in the nominative from the addressees: «УО», «все ОО», short names", () => {
    const orgs = [
      { code: "УО", shortName: "Управление образования", type: "УО" },
      { code: "ИМЦ", shortName: "МКУ «ИМЦ»", type: "МКУ" },
      { code: "ОО-01", shortName: "МБОУ «СОШ № 1»", type: "ОО" },
      { code: "ОО-02", shortName: "МБОУ «СОШ № 2»", type: "ОО" },
      { code: "ДОО-01", shortName: "МБДОУ «Детский сад № 1»", type: "ДОО" },
      { code: "ДОО-02", shortName: "МБДОУ «Детский сад № 2»", type: "ДОО" },
      { code: "УДО-01", shortName: "МБУ ДО «ДДТ»", type: "УДО" },
    ];
    assert.equal(responsibleRu(["УО"], orgs), "УО");
    assert.equal(responsibleRu(["ИМЦ"], orgs), "МКУ «ИМЦ»");
    assert.equal(responsibleRu(["ОО-02", "ОО-01"], orgs), "все ОО");
    assert.equal(responsibleRu(["ОО-01", "ОО-02", "ДОО-01", "ДОО-02"], orgs), "все ОО и ДОО");
    assert.equal(responsibleRu(["ОО-01", "ОО-02", "ДОО-01", "ДОО-02", "УДО-01"], orgs), "МБУ ДО «ДДТ», все ОО и ДОО");
    assert.equal(responsibleRu(["ОО-02", "ДОО-01"], orgs), "МБОУ «СОШ № 2», МБДОУ «Детский сад № 1»", "not every school: named one by one");
    assert.equal(responsibleRu(["УО", "ИМЦ"], orgs), "УО, МКУ «ИМЦ»");
  });

  it("groups the rows by the resolution's sections, with the executors' line when they share it", () => {
    assert.equal(sectionOf("3.1"), "3");
    assert.equal(sectionOf("12.4.1"), "12");
    assert.equal(sectionOf("4"), "");
    const renumbered = scenarioSummary();
    const numbers = ["1.1", "1.2", "2.1", "2.2", "2.3", "3.1"];
    renumbered.directives.forEach((d, i) => (d.directive = { ...d.directive, n: numbers[i] }));
    const sources = renumbered.directives.map((d) => ({
      key: d.directive.key,
      person: d.directive.n.startsWith("1.") ? "Иванова А.А." : null,
      executors: d.directive.n === "2.1" ? "Руководителям ДОО" : "Руководителям ОО",
    }));
    const orgs = ORGANISATION_ROWS.map((r) => ({ code: String(r.code), shortName: String(r.shortName), type: String(r.type) }));
    const grouped = collegiumContent(renumbered, { resolutions, directiveSources: sources, organisations: orgs });
    assert.deepEqual(
      grouped.sections.map((x) => [x.heading, x.rows.map((r) => r.cells[0])]),
      [
        ["1. Руководителям ОО (Иванова А.А.)", ["1.1", "1.2"]],
        ["2.", ["2.1", "2.2"]],
        ["3. Руководителям ОО", ["3.1"]],
      ],
      "2.3 is off control; section 2 mixes executors, so only its number",
    );
    assert.equal(grouped.rows[0].cells[2], "Иванова А.А.", "a person's name when the directive has one");
    assert.equal(grouped.rows[1].cells[2], "Иванова А.А.");
    assert.equal(grouped.rows[2].cells[2], "МБОУ «СОШ № 1», МБДОУ «Детский сад № 1»", "short names in the register's order");
    assert.equal(grouped.rows[3].cells[2], "МБОУ «СОШ № 1», МБОУ «СОШ № 2»", "two of three schools are not «все ОО»");
  });

  it("heads the document with the office and ends it with the signature and «Исполнитель»", () => {
    const signed = collegiumContent(s, {
      resolutions,
      officeName: "Управление образования администрации Заречного района",
      headSignature: "Начальник управления образования И.И. Иванова",
      executorName: "Белова Ольга Сергеевна",
      executorPhone: "8 (48555) 2-14-37",
    });
    assert.equal(signed.officeName, "Управление образования администрации Заречного района");
    assert.deepEqual(signed.signature, { position: "Начальник управления образования", name: "И.И. Иванова" });
    assert.equal(signed.executorLine, "Исполнитель: Белова Ольга Сергеевна, тел. 8 (48555) 2-14-37");
    const fromRegister = collegiumContent(s, {
      resolutions,
      organisations: [{ code: "УО", shortName: "Управление образования", fullName: "Управление образования администрации Н-ского района", type: "УО", head: "Петрова Анна Викторовна" }],
    });
    assert.equal(fromRegister.officeName, "Управление образования администрации Н-ского района", "the office from «Организации» when «Настройки» have none");
    assert.equal(fromRegister.signature.name, "А.В. Петрова");
    assert.equal(fromRegister.executorLine, "Исполнитель: ____________________, тел. ____________", "blanks to fill in by hand");
  });

  it("says once what several schools wrote alike", () => {
    const alike = scenarioSummary();
    const first = alike.directives[0];
    first.marks = first.marks.map((m) => (m.mark === "Выполнено в срок" || m.mark === "Выполнено с нарушением срока" ? { ...m, whatDone: "Проведён этап." } : m));
    const row = collegiumContent(alike, { resolutions }).rows[0];
    assert.equal(row.info[0], "Выполнено: МБОУ «СОШ № 1» (10.03.2024), МБОУ «СОШ № 2» (20.03.2024, с опозданием на 5 дней) — проведён этап.");
  });
});
