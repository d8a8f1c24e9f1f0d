import assert from "node:assert/strict";
import type { Grid, GridCell } from "../../../src/core/ingest/grid";
import { periodFromText } from "../../../src/core/ingest/identity";
import { readReport, type Registry } from "../../../src/core/ingest/read-report";
import { fieldOfHeader } from "../../../src/core/ingest/columns";

const t = (s: string): GridCell => ({ kind: "text", text: s });
const registry: Registry = {
  directives: [
    { key: "Р-1/1", n: "1", unit: "%", addressees: ["ОО-01"], onControl: true },
    { key: "Р-1/2", n: "2", unit: "", addressees: ["ОО-01"], onControl: true },
    { key: "Р-1/3", n: "3", unit: "", addressees: ["ОО-01"], onControl: true },
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
    assert.deepEqual(r.refused.map((x) => x.column), ["Фактическое значение", "Фактическое значение"]);
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
  describe("what schools do to the form", () => {
    const HEAD = [t("Ключ поручения"), t("Статус"), t("Дата выполнения"), t("Что сделано")];
    const sheetOf = (rows: (GridCell | undefined)[][], merges: Grid["sheets"][0]["merges"] = []): Grid => ({
      format: "xlsx",
      sheets: [{ name: "Отчёт", state: "visible", rows, merges }],
    });
    const read = (g: Grid, reg: Partial<Registry> = {}) => readReport(g, "ОО-01 2024-Q1.xlsx", { ...registry, ...reg });

    it("a date without a year takes the report period's year, even when the file is read a year later", () => {
      const g = sheetOf([HEAD, [t("Р-1/1"), t("выполнено"), t("1 окт"), t("Кружки")], [t("Р-1/2"), t("выполнено"), t("15.03"), t("Собрания")]]);
      const r = read(g, { expectedPeriod: null, today: "2025-02-01" });
      assert.deepEqual(r.refused, []);
      assert.deepEqual(r.accepted.map((x) => x.doneDate), ["2023-10-01", "2024-03-15"]);
      assert.deepEqual(r.notes, []);
    });

    it("a date after the period's end is taken with a note; a date still to come refuses the row", () => {
      const g = sheetOf([HEAD, [t("Р-1/1"), t("выполнено"), t("2 апр"), t("Кружки")], [t("Р-1/2"), t("выполнено"), t("20.04.2024"), t("Собрания")]]);
      const r = read(g, { today: "2024-04-05" });
      assert.deepEqual(r.accepted.map((x) => [x.directiveKey, x.doneDate]), [["Р-1/1", "2024-04-02"]]);
      assert.equal(r.notes.length, 1);
      assert.equal(r.notes[0].place, "ячейка C2, колонка «Дата выполнения»");
      assert.match(r.notes[0].text, /02\.04\.2024 позже конца отчётного периода \(31\.03\.2024\)/);
      assert.equal(r.refused.length, 1);
      assert.deepEqual([r.refused[0].cell, r.refused[0].column], ["C3", "Дата выполнения"]);
      assert.match(r.refused[0].reason, /20\.04\.2024 ещё не наступила/);
    });

    it("a column with data under an unknown header is reported with its letter and header; an empty one is not", () => {
      const g = sheetOf([
        [...HEAD, t("Ответственный"), t("Резерв")],
        [t("Р-1/1"), t("выполнено"), t("01.02.2024"), t("Кружки"), t("Иванова И. И.")],
        [t("Р-1/2"), t("выполняется"), undefined, undefined, t("Петров П. П.")],
      ]);
      const r = read(g);
      assert.equal(r.accepted.length, 2);
      assert.equal(r.notes.length, 1);
      assert.equal(r.notes[0].place, "колонка E «Ответственный»");
      assert.match(r.notes[0].text, /заголовок не распознан.*не загружены \(заполнено строк: 2\)/);
    });

    it("reads the headers schools retype", () => {
      const cases: [string, string][] = [
        ["Проделанная работа", "whatDone"],
        ["Выполненные мероприятия", "whatDone"],
        ["Информация об исполнении", "whatDone"],
        ["Информация о проделанной работе", "whatDone"],
        ["Отметка о выполнении", "status"],
        ["Статус (выбрать из списка)", "status"],
        ["Дата исполнения", "doneDate"],
        ["Дата фактического выполнения", "doneDate"],
        ["Факт", "actual"],
        ["Значение показателя", "actual"],
        ["Фактическое значение, %", "actual"],
        ["Ссылка на сайт", "evidence"],
        ["Подтверждающие материалы (ссылка)", "evidence"],
        ["Срок исполнения", "deadline"],
        ["Ключ", "key"],
      ];
      for (const [header, field] of cases) assert.equal(fieldOfHeader(header), field, header);
      for (const header of ["Ответственный", "Дата отчёта", "Организация", ""]) assert.equal(fieldOfHeader(header), null, header);
    });

    it("a status and a date merged over two directive rows are taken for both", () => {
      const g = sheetOf(
        [HEAD, [t("Р-1/1"), t("выполнено"), t("01.03.2024"), t("Кружки")], [t("Р-1/2"), undefined, undefined, t("Собрания")]],
        [
          { top: 1, left: 1, bottom: 2, right: 1 },
          { top: 1, left: 2, bottom: 2, right: 2 },
        ],
      );
      const r = read(g);
      assert.deepEqual(r.refused, []);
      assert.equal(r.blankRows, 0);
      assert.deepEqual(r.accepted.map((x) => [x.directiveKey, x.status, x.doneDate, x.whatDone]), [
        ["Р-1/1", "выполнено", "2024-03-01", "Кружки"],
        ["Р-1/2", "выполнено", "2024-03-01", "Собрания"],
      ]);
    });

    it("a merged status reaching into empty lines under the table makes no rows of them; a blank directive row under it is taken", () => {
      const g = sheetOf([HEAD, [t("Р-1/1"), t("выполнено"), t("01.03.2024")], [t("Р-1/2")], [], [], [undefined, undefined, undefined, undefined, t("Директор")]], [{ top: 1, left: 1, bottom: 4, right: 1 }]);
      const r = read(g);
      assert.deepEqual(r.refused, []);
      assert.deepEqual(r.accepted.map((x) => [x.directiveKey, x.status]), [["Р-1/1", "выполнено"], ["Р-1/2", "выполнено"]]);
    });

    it("keeps a long «Что сделано» whole up to Excel's 32 767 characters; a longer one refuses the row in Russian", () => {
      const long = "Проведены занятия. ".repeat(300).trim();
      const g = sheetOf([HEAD, [t("Р-1/1"), t("выполнено"), t("01.03.2024"), t(long)], [t("Р-1/2"), t("выполнено"), t("01.03.2024"), t("я".repeat(32768))]]);
      const r = read(g);
      assert.equal(r.accepted.length, 1);
      assert.equal(r.accepted[0].whatDone, long);
      assert.equal(r.refused.length, 1);
      assert.deepEqual([r.refused[0].cell, r.refused[0].column], ["D3", "Что сделано"]);
      assert.match(r.refused[0].reason, /текст длиннее 32 767 знаков/);
      assert.doesNotMatch(r.refused[0].reason, /whatDone|строка не прошла проверку/, "no English field names");
    });

    it("two rows for one directive are combined: texts joined, the later status and value, the latest date, with a note", () => {
      const g = sheetOf([
        [...HEAD, t("Фактическое значение")],
        [t("Р-1/1"), t("выполняется"), t("01.02.2024"), t("Открыт кружок робототехники"), t("60")],
        [t("Р-1/1"), t("выполнено"), t("15.03.2024"), t("Открыта шахматная секция"), t("80")],
        [t("Р-1/2"), t("выполнено"), t("20.03.2024"), t("Собрания")],
        [t("Р-1/2"), t("выполнено"), t("01.03.2024"), t("Собрания")],
      ]);
      const r = read(g);
      assert.deepEqual(r.refused, []);
      assert.equal(r.accepted.length, 2);
      const [a, b] = r.accepted;
      assert.deepEqual([a.status, a.doneDate, a.actual, a.whatDone], ["выполнено", "2024-03-15", 80, "Открыт кружок робототехники\nОткрыта шахматная секция"]);
      assert.deepEqual([b.doneDate, b.whatDone], ["2024-03-20", "Собрания"], "the same text is not doubled; the latest date wins");
      assert.equal(r.notes.length, 2);
      assert.equal(r.notes[0].place, "строки 2 и 3");
      assert.match(r.notes[0].text, /обе по поручению Р-1\/1 — объединены в одну запись/);
    });

    it("blank template rows are counted apart, not refused; a file with nothing filled is refused as a blank form", () => {
      const g = sheetOf([HEAD, [t("Р-1/1"), t("выполнено"), t("01.03.2024"), t("Кружки")], [t("Р-1/2")], [t("Р-1/3")], [undefined, undefined, undefined, undefined, undefined, t("Директор ______")]]);
      const r = read(g);
      assert.equal(r.fileRefusal, null);
      assert.equal(r.accepted.length, 1);
      assert.deepEqual(r.refused, []);
      assert.equal(r.blankRows, 2);
      const empty = read(sheetOf([HEAD, [t("Р-1/1")], [t("Р-1/2")]]));
      assert.match(empty.fileRefusal!, /не заполнена ни одна строка \(пустых строк: 2\)/);
    });
  });
});
