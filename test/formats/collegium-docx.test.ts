import assert from "node:assert/strict";
import JSZip from "jszip";
import { collegiumContent } from "../../src/core/summary";
import { collegiumDocx } from "../../src/formats/collegium-docx";
import { DOCUMENT_ROWS, scenarioSummary } from "../core/summary/scenario";
import { readBack } from "../support/docx-read";

describe("collegiumDocx: the collegium document as .docx", () => {
  let xml = "";
  let parts: ReturnType<typeof readBack>;

  before(async () => {
    const resolutions = DOCUMENT_ROWS.map((r) => ({ id: String(r.id), kind: String(r.kind), title: String(r.title), date: String(r.date) }));
    const bytes = await collegiumDocx(collegiumContent(scenarioSummary(), { resolutions }));
    assert.equal(String.fromCharCode(bytes[0], bytes[1]), "PK");
    const zip = await JSZip.loadAsync(bytes);
    xml = await zip.file("word/document.xml")!.async("string");
    parts = readBack(xml);
  });

  it("opens with the title and the resolution", () => {
    assert.equal(parts.paragraphs[0], "Информация о ходе исполнения решений коллегии по состоянию на 31.03.2024");
    assert.equal(parts.paragraphs[1], "Решение коллегии «О качестве образования» от 25.01.2024");
  });

  it("states the counts line", () => {
    assert.ok(
      parts.paragraphs.includes(
        "Поручений на контроле: 5; из них выполнено в срок — 1, выполнено с нарушением срока — 0, выполняется — 3, просрочено — 1. " +
          "Исполнено в срок — 50 % (1 из 2 поручений, выполненных или просроченных).",
      ),
    );
  });

  it("has the table of directives with the eight columns and the overdue school", () => {
    const main = parts.tables[0];
    assert.deepEqual(main[0], ["№ п/п", "Пункт решения", "Содержание поручения", "Ответственный", "Срок", "Информация об исполнении", "Статус", "Предложение"]);
    assert.equal(main.length, 6);
    assert.deepEqual(main[1].slice(0, 5), ["1", "п. 1", "Провести школьный этап олимпиады", "Иванова А.А.", "15.03.2024"]);
    assert.match(main[1][5], /Не выполнено в срок: МБОУ «СОШ № 3» \(просрочено на 16 дней\)/);
    assert.equal(main[1][6], "просрочено (1 из 3)");
    assert.equal(main[1][7], "продлить срок до __.__.____");
    assert.match(xml, /<w:tblHeader\/>/, "the header row repeats on every page");
  });

  it("has the target table with the district figure", () => {
    const targets = parts.tables[1];
    assert.equal(targets[0][3], "Значение по району");
    assert.deepEqual(targets[1].slice(0, 4), ["п. 2", "Доля обучающихся, охваченных дополнительным образованием", "75 %", "76,67 %"]);
    assert.equal(targets[1][5], "МБОУ «СОШ № 2» (70 %)");
  });

  it("names the organisations that did not report", () => {
    const at = parts.paragraphs.indexOf("Организации, не представившие отчёт");
    assert.ok(at > 0);
    assert.deepEqual(parts.paragraphs.slice(at + 1), ["МБОУ «СОШ № 3» — нет отчёта по 1 из 2 поручений"]);
  });

  it("is landscape A4 (the eight-column table stays readable) in Times New Roman, 14 pt text and 12 pt tables", () => {
    assert.match(xml, /<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
    assert.match(xml, /w:ascii="Times New Roman"/);
    assert.match(xml, /<w:sz w:val="28"\/>/);
    assert.match(xml, /<w:sz w:val="24"\/>/);
  });
});
