// The school report file as a file: validations Excel opens without «repair», the target's
// direction, and how it prints (A4 landscape, fitted to the width, the header on every page,
// rows tall enough for the directive texts).
import assert from "node:assert/strict";
import { strFromU8, unzipSync } from "fflate";
import { makeReportTemplate, type TemplateDirective } from "../../src/formats/report-template";
import { wrappedLines } from "../../src/formats/sheet-print";

const LONG = "Довести охват обучающихся 5-11 классов дополнительным образованием до 80 %, в том числе за счёт сетевого взаимодействия с Домом детского творчества и учреждениями культуры района.";

const directive = (n: number, over: Partial<TemplateDirective> = {}): TemplateDirective => ({
  key: `Р-1/${n}`,
  n: String(n),
  text: `Поручение ${n}`,
  deadline: "до 31.12.2024",
  indicator: "",
  target: null,
  unit: "",
  ...over,
});

/** Twelve directives: rows 9–20, enough to cross the «G9» < «G10» text ordering. */
const DIRECTIVES: TemplateDirective[] = [
  directive(1, { text: LONG, indicator: "Доля охваченных детей", target: 80, unit: "%" }),
  directive(2, { text: "Снизить долю обучающихся 9 классов, не допущенных к ГИА, до 1 %", target: 1, unit: "%", lowerIsBetter: true }),
  directive(3, { target: 12.5, unit: "", lowerIsBetter: true }),
  ...Array.from({ length: 9 }, (_, i) => directive(i + 4)),
];

function sheetXml(bytes: Uint8Array, path: string): string {
  return strFromU8(unzipSync(bytes, { filter: (f) => f.name === path })[path]);
}

describe("the school report file", () => {
  let bytes: Uint8Array;
  let sheet: string;
  before(async () => {
    bytes = await makeReportTemplate({ orgCode: "ОО-01", orgName: "МБОУ СОШ № 1", period: "2024-Q4", reportDate: "2024-12-31", directives: DIRECTIVES });
    sheet = sheetXml(bytes, "xl/worksheets/sheet1.xml");
  });

  it("has one status list and one date check, each over the whole column range, none overlapping", () => {
    const sqrefs = [...sheet.matchAll(/<dataValidation\b[^>]*\bsqref="([^"]+)"/g)].map((m) => m[1]).sort();
    assert.deepEqual(sqrefs, ["G9:G20", "K9:K20"]);
  });

  it("shows the target as the school must read it: «не более» where lower is better", () => {
    const shared = sheetXml(bytes, "xl/sharedStrings.xml");
    assert.match(shared, /<t>80 %<\/t>/);
    assert.match(shared, /<t>не более 1 %<\/t>/);
    assert.match(shared, /<t>не более 12,5<\/t>/);
    assert.doesNotMatch(shared, /не более 80/);
  });

  it("prints on A4 landscape, fitted to the page width, with the table header on every page", () => {
    assert.match(sheet, /<pageSetUpPr fitToPage="1"\/>/);
    const setup = /<pageSetup\b[^>]*>/.exec(sheet)?.[0] ?? "";
    assert.match(setup, /paperSize="9"/);
    assert.match(setup, /orientation="landscape"/);
    assert.match(setup, /fitToWidth="1"/);
    assert.match(setup, /fitToHeight="0"/);
    const workbook = sheetXml(bytes, "xl/workbook.xml");
    assert.match(workbook, /<definedName name="_xlnm.Print_Titles" localSheetId="0">(&apos;|')Отчёт(&apos;|')!\$8:\$8<\/definedName>/);
  });

  it("gives a row with a long directive text the height of its lines, and short rows none", () => {
    const height = (r: number) => Number(new RegExp(`<row r="${r}"[^>]*\\sht="([\\d.]+)"`).exec(sheet)?.[1] ?? 0);
    // The long text in a column 60 wide takes three lines or more; 15 pt a line.
    assert.ok(height(9) >= 45, `row 9 is ${height(9)} pt`);
    assert.equal(height(12), 0, "a one-line row keeps the default height");
  });
});

describe("wrappedLines", () => {
  it("wraps by words, counts paragraphs, and breaks a word longer than the line", () => {
    assert.equal(wrappedLines("", 20), 1);
    assert.equal(wrappedLines("один два три", 20), 1);
    assert.equal(wrappedLines("один два три четыре пять шесть", 20), 2);
    assert.equal(wrappedLines("первая строка\nвторая строка", 40), 2);
    assert.equal(wrappedLines("x".repeat(50), 20), 3);
  });
});
