import assert from "node:assert/strict";
import type { Grid, GridCell } from "../../../src/core/ingest/grid";
import { periodFromText } from "../../../src/core/ingest/identity";
import { readReport, type Registry } from "../../../src/core/ingest/read-report";

const t = (s: string): GridCell => ({ kind: "text", text: s });
const registry: Registry = {
  directives: [
    { key: "Р-1/1", n: "1", unit: "%", addressees: ["ОО-01"], onControl: true },
    { key: "Р-1/2", n: "2", unit: "", addressees: ["ОО-01"], onControl: true },
  ],
  organisations: [{ code: "ОО-01", shortName: "СОШ № 1", fullName: "", aliases: [] }],
  expectedPeriod: "2024-Q1",
  today: "2024-04-05",
};

function grid(rows: (GridCell | undefined)[][]): Grid {
  return { format: "xlsx", sheets: [{ name: "Лист1", state: "visible", rows, merges: [] }] };
}

describe("readReport", () => {
  it("finds the table under title rows, by header text, with columns in any order", () => {
    const g = grid([
      [t("Отчёт")],
      [t("Код организации:"), undefined, t("ОО-01")],
      [t("Период:"), undefined, t("I квартал 2024 г.")],
      [],
      [t("Статус"), t("Факт"), t("Ключ поручения")],
      [t("выполнено"), t("80 %"), t("Р-1/1")],
      [t("в работе"), undefined, t("Р-1/2")],
      [undefined, undefined, t("Директор ____________")],
    ]);
    const r = readReport(g, "x.xlsx", registry);
    assert.equal(r.fileRefusal, null);
    assert.equal(r.accepted.length, 2);
    assert.equal(r.refused.length, 0, JSON.stringify(r.refused));
    assert.equal(r.accepted[0].actual, 80);
    assert.equal(r.accepted[0].sourceRow, 6);
    assert.equal(r.accepted[1].status, "выполняется");
  });

  it("refuses a row with an uncached formula or an error value, naming the cell", () => {
    const g = grid([
      [t("Ключ поручения"), t("Статус"), t("Фактическое значение")],
      [t("Р-1/1"), t("выполнено"), { kind: "formula-uncached", formula: "B5/C5" }],
      [t("Р-1/2"), t("выполнено"), { kind: "error", code: "#DIV/0!" }],
    ]);
    const r = readReport(g, "ОО-01 2024-Q1.xlsx", registry);
    assert.equal(r.accepted.length, 0);
    assert.deepEqual(r.refused.map((x) => x.cell), ["C2", "C3"]);
    assert.match(r.refused[0].reason, /формула без вычисленного значения/);
    assert.match(r.refused[1].reason, /ошибка #DIV\/0!/);
  });

  it("refuses a file without a recognisable table", () => {
    const r = readReport(grid([[t("Школа"), t("Показатель")], [t("СОШ"), t("1")]]), "ОО-01.xlsx", registry);
    assert.match(r.fileRefusal!, /не найдена таблица отчёта/);
  });

  it("reads periods written the usual ways", () => {
    assert.equal(periodFromText("I квартал 2024 г."), "2024-Q1");
    assert.equal(periodFromText("отчёт 3 кв. 2023"), "2023-Q3");
    assert.equal(periodFromText("Отчёт_ОО-01_2024-Q2.xlsx"), "2024-Q2");
    assert.equal(periodFromText("отчёт.xlsx"), null);
  });
});
