import assert from "node:assert/strict";
import JSZip from "jszip";
import { collegiumContent } from "../../src/core/summary";
import { collegiumDocx, mainLayout } from "../../src/formats/collegium-docx";
import { DOCUMENT_ROWS, scenarioSummary } from "../core/summary/scenario";
import { readBack } from "../support/docx-read";

describe("collegiumDocx: the collegium document as .docx", () => {
  let xml = "";
  let headerXml = "";
  let parts: ReturnType<typeof readBack>;

  before(async () => {
    const resolutions = DOCUMENT_ROWS.map((r) => ({ id: String(r.id), kind: String(r.kind), title: String(r.title), date: String(r.date) }));
    const bytes = await collegiumDocx(collegiumContent(scenarioSummary(), { resolutions }));
    assert.equal(String.fromCharCode(bytes[0], bytes[1]), "PK");
    const zip = await JSZip.loadAsync(bytes);
    xml = await zip.file("word/document.xml")!.async("string");
    headerXml = (await Promise.all(Object.keys(zip.files).filter((n) => /^word\/header\d*\.xml$/.test(n)).map((n) => zip.file(n)!.async("string")))).join("");
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

  it("has the table of directives: six columns, the number, a short «Ответственный», status and proposal together", () => {
    const main = parts.tables[0];
    assert.deepEqual(main[0], ["№ п.", "Содержание поручения", "Ответственный", "Срок", "Информация об исполнении", "Статус, предложение"]);
    assert.equal(main.length, 6);
    assert.deepEqual(main[1].slice(0, 4), ["1", "Провести школьный этап олимпиады", "Иванова А.А.", "15.03.2024"]);
    assert.match(main[1][4], /Не выполнено в срок: МБОУ «СОШ № 3» \(просрочено на 16 дней\)/);
    assert.equal(main[1][5], "просрочено (1 из 3)продлить срок до __.__.____");
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
    assert.deepEqual(parts.paragraphs.slice(at + 1, at + 2), ["МБОУ «СОШ № 3» — нет отчёта по 1 из 2 поручений"]);
  });

  it("is A4 in Times New Roman, 14 pt text and 10 pt tables, numbered from page 2, signed, with «Исполнитель»", () => {
    assert.match(xml, /<w:pgSz w:w="(16838|11906)" w:h="(11906|16838)"/);
    assert.match(xml, /w:ascii="Times New Roman"/);
    assert.match(xml, /<w:sz w:val="28"\/>/);
    assert.match(xml, /<w:sz w:val="20"\/>/);
    assert.match(xml, /<w:titlePg\/>/, "no number on the first page");
    assert.ok(headerXml.includes("PAGE"), "the page number field");
    assert.match(parts.paragraphs[parts.paragraphs.length - 1], /^Исполнитель: /);
    assert.match(parts.paragraphs[parts.paragraphs.length - 2], /^Руководитель\t?.*____________/);
  });

  it("keeps numbers with their units: «80 %» never splits", async () => {
    const c = collegiumContent(scenarioSummary(), { resolutions: [] });
    const bytes = await collegiumDocx({ ...c, countsLine: "Охват — 80 %, п. 3.1, № 3, 5 из 6." });
    const doc = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
    assert.ok(doc.includes("Охват — 80\u00a0%, п.\u00a03.1, №\u00a03, 5\u00a0из\u00a06."));
  });

  it("is portrait when the table's columns fit and landscape when they do not, every word whole", () => {
    const c = collegiumContent(scenarioSummary(), { resolutions: [] });
    const ch = 20 * 5.5; // twips of the widest letters at 10 pt, as the layout measures them
    const check = (layout: ReturnType<typeof mainLayout>, rows: string[][]) => {
      assert.equal(layout.widths.reduce((a, b) => a + b, 0), layout.width, "the columns fill the text width");
      layout.widths.forEach((w, i) => {
        const longest = Math.max(...rows.map((r) => Math.max(...r[i].split(/[ \n]+/).map((x) => [...x].length))));
        assert.ok(w - 120 >= Math.min(longest, 16) * ch - 1, `column ${i}: ${w} twips for a word of ${longest} letters`);
      });
    };
    const short = mainLayout(c);
    assert.equal(short.orientation, "portrait", "short words in every column: portrait");
    check(short, c.rows.map((r) => r.cells));
    const long = c.rows.map((r) => ({ ...r, cells: [r.cells[0], r.cells[1], "МБОУ «Заречная средняя общеобразовательная школа»", "ежеквартально", r.cells[4], r.cells[5]] }));
    const wide = mainLayout({ ...c, rows: long });
    assert.equal(wide.orientation, "landscape", "long names and deadlines do not fit a portrait page");
    check(wide, long.map((r) => r.cells));
  });

});
