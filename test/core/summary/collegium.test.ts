import assert from "node:assert/strict";
import { collegiumContent, COLLEGIUM_HEADERS, proposalFor } from "../../../src/core/summary";
import { DOCUMENT_ROWS, scenarioSummary } from "./scenario";

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
    assert.deepEqual(first.cells.slice(0, 2), ["1", "п. 1"]);
    assert.equal(first.cells[3], "Иванова А.А.");
    assert.equal(first.cells[4], "15.03.2024");
    assert.deepEqual(first.info, [
      "Выполнено: МБОУ «СОШ № 1» (10.03.2024) — проведён школьный этап по 12 предметам, участвовали 214 обучающихся; " +
        "МБОУ «СОШ № 2» (20.03.2024, с опозданием на 5 дней).",
      "Не выполнено в срок: МБОУ «СОШ № 3» (просрочено на 16 дней).",
    ]);
    assert.equal(first.cells[6], "просрочено (1 из 3)");
    assert.equal(first.cells[7], "продлить срок до __.__.____");
    const done = c.rows.find((r) => r.cells[1].startsWith("п. 4"))!;
    assert.equal(done.cells[7], "снять с контроля");
    const ongoing = c.rows.find((r) => r.cells[1].startsWith("п. 2"))!;
    assert.equal(ongoing.cells[4], "постоянно");
    assert.equal(ongoing.cells[7], "оставить на контроле");
    assert.deepEqual(ongoing.info, [
      "Работа ведётся: МБОУ «СОШ № 1» — открыты кружки робототехники и шахмат; МБОУ «СОШ № 2».",
      "Не представили отчёт: МБОУ «СОШ № 3».",
      "Значение по району: 76,67 % при цели 75 %.",
      "Ниже целевого значения: МБОУ «СОШ № 2» (70 %).",
    ]);
    assert.ok(!c.rows.some((r) => r.cells[1].startsWith("п. 5")), "a directive off control is not listed");
  });

  it("never puts an organisation under a heading its mark contradicts", () => {
    const headingOf = (line: string) => line.slice(0, line.indexOf(":"));
    for (const row of c.rows) {
      const d = s.directives.find((x) => row.cells[1] === `п. ${x.directive.n}`)!;
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
});
