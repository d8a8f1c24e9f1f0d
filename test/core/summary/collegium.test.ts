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

  it("states the counts line with the share done on time", () => {
    assert.equal(
      c.countsLine,
      "Всего на контроле поручений: 5; выполнено в срок — 1, выполнено с нарушением срока — 0, выполняется — 3, просрочено — 1. Выполнено в срок: 20 %.",
    );
  });

  it("has one row per directive on control, with item, deadline, execution, status and proposal", () => {
    assert.equal(c.rows.length, 5);
    for (const row of c.rows) assert.equal(row.cells.length, COLLEGIUM_HEADERS.length);
    const [first] = c.rows;
    assert.deepEqual(first.cells.slice(0, 2), ["1", "п. 1, решение коллегии от 25.01.2024"]);
    assert.equal(first.cells[3], "Иванова А.А.");
    assert.equal(first.cells[4], "15.03.2024");
    assert.deepEqual(first.info, [
      "Выполнено в срок: МБОУ «СОШ № 1»",
      "Выполнено с нарушением срока: МБОУ «СОШ № 2»",
      "Просрочено: МБОУ «СОШ № 3» (16 дней)",
    ]);
    assert.equal(first.cells[6], "просрочено (1 из 3)");
    assert.equal(first.cells[7], "продлить срок до 30.06.2024");
    const done = c.rows.find((r) => r.cells[1].startsWith("п. 4,"))!;
    assert.equal(done.cells[7], "снять с контроля");
    const ongoing = c.rows.find((r) => r.cells[1].startsWith("п. 2,"))!;
    assert.equal(ongoing.cells[4], "постоянно");
    assert.equal(ongoing.cells[7], "оставить на контроле");
    assert.ok(ongoing.info.includes("Значение по району: 76,67 % при цели 75 %"));
    assert.ok(!c.rows.some((r) => r.cells[1].startsWith("п. 5,")), "a directive off control is not listed");
  });

  it("lists targets and the organisations that did not report", () => {
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
    assert.deepEqual(c.silentLines, ["МБДОУ «Детский сад № 1» — нет отчёта по 1 из 1 поручения", "МБОУ «СОШ № 3» — нет отчёта по 1 из 2 поручений"]);
  });

  it("does not propose a second extension of a deadline already extended", () => {
    const overdue = s.directives.find((d) => d.outcome === "overdue")!;
    const extended = { ...overdue, directive: { ...overdue.directive, extendedTo: "2024-03-20" } };
    assert.equal(proposalFor(extended, "2024-03-31"), "оставить на контроле");
    assert.equal(proposalFor(overdue, "2024-12-31"), "продлить срок до 31.03.2025");
  });
});
