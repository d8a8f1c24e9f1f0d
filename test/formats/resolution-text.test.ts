import assert from "node:assert/strict";
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import JSZip from "jszip";
import { resolutionText, ResolutionFileError } from "../../src/formats/resolution-text";
import { parseResolution } from "../../src/core/parse";

const LEVELS = [
  { level: 0, format: LevelFormat.DECIMAL, text: "%1.", start: 1, alignment: AlignmentType.START },
  { level: 1, format: LevelFormat.DECIMAL, text: "%1.%2.", start: 1, alignment: AlignmentType.START },
  { level: 2, format: LevelFormat.DECIMAL, text: "%1.%2.%3.", start: 1, alignment: AlignmentType.START },
];

async function docxBytes(children: (Paragraph | Table)[], extraConfig: { reference: string; levels: typeof LEVELS }[] = []) {
  const doc = new Document({
    numbering: { config: [{ reference: "items", levels: LEVELS }, ...extraConfig] },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const p = (text: string, level?: number, reference = "items", instance?: number) =>
  new Paragraph(level === undefined ? { text } : { text, numbering: { reference, level, ...(instance ? { instance } : {}) } });

const summary = (text: string) =>
  parseResolution(text).directives.map((d) => ({ n: d.n, text: d.text, executors: d.executors, deadline: d.deadline }));

describe("resolutionText: .txt", () => {
  const sample = "Коллегия РЕШИЛА:\n1. Принять к сведению.";
  it("reads UTF-8 with and without BOM", async () => {
    const utf8 = new TextEncoder().encode(sample);
    assert.equal(await resolutionText(utf8, "a.txt"), sample);
    assert.equal(await resolutionText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), "a.txt"), sample);
  });
  it("reads windows-1251", async () => {
    // «Срок» in windows-1251
    const bytes = new Uint8Array([0xd1, 0xf0, 0xee, 0xea]);
    assert.equal(await resolutionText(bytes, "a.txt"), "Срок");
  });
  it("reads UTF-16 with a BOM", async () => {
    const body = [...sample].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
    assert.equal(await resolutionText(new Uint8Array([0xff, 0xfe, ...body]), "a.txt"), sample);
  });
  it("refuses empty, binary, old Word and PDF files with the file's name", async () => {
    await assert.rejects(resolutionText(new Uint8Array(), "пусто.txt"), /«пусто\.txt» пуст/);
    await assert.rejects(resolutionText(new Uint8Array([0, 1, 2, 3, 0, 0, 9]), "x.txt"), ResolutionFileError);
    await assert.rejects(resolutionText(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), "старый.doc"), /«старый\.doc».*\.docx/);
    await assert.rejects(resolutionText(new TextEncoder().encode("%PDF-1.4"), "r.pdf"), /PDF/);
  });
});

describe("resolutionText: .docx", () => {
  it("writes Word's automatic numbering out as printed, with nesting, restarts and start values", async () => {
    const bytes = await docxBytes(
      [
        p("Коллегия РЕШИЛА:"),
        p("Принять к сведению доклад.", 0),
        p("Управлению образования:", 0),
        p("Провести мониторинг.", 1),
        p("Обеспечить сопровождение.", 2),
        p("Подготовить отчёт.", 2),
        p("Организовать семинар.", 1),
        p("Школам:", 0),
        p("Провести урок.", 1),
        p("Внести изменения в план.", 0, "late"),
        p("Пункт нового списка.", 0, "items", 2),
      ],
      [{ reference: "late", levels: [{ ...LEVELS[0], start: 7 }] as typeof LEVELS }],
    );
    const text = await resolutionText(bytes, "r.docx");
    // Word puts a tab between the label and the text unless the level says otherwise
    const lines = text.split("\n").filter(Boolean).map((l) => l.replace(/^([\d.]+)\t/, "$1 "));
    assert.deepEqual(lines.slice(1), [
      "1. Принять к сведению доклад.",
      "2. Управлению образования:",
      "2.1. Провести мониторинг.",
      "2.1.1. Обеспечить сопровождение.",
      "2.1.2. Подготовить отчёт.",
      "2.2. Организовать семинар.",
      "3. Школам:",
      "3.1. Провести урок.",
      "7. Внести изменения в план.",
      "1. Пункт нового списка.",
    ]);
  });

  it("parses to the same directives as the same text typed with numbers", async () => {
    const typed = [
      "Коллегия РЕШИЛА:",
      "1. Принять к сведению доклад.",
      "2. Управлению образования (Петрова И.И.):",
      "2.1. Провести мониторинг. Срок: до 01.10.2022",
      "2.2. обеспечить сопровождение:",
      "2.2.1. изучения технологий;",
      "2.2.2. работы с детьми.",
    ];
    const bytes = await docxBytes([
      p(typed[0]),
      p("Принять к сведению доклад.", 0),
      p("Управлению образования (Петрова И.И.):", 0),
      p("Провести мониторинг. Срок: до 01.10.2022", 1),
      p("обеспечить сопровождение:", 1),
      p("изучения технологий;", 2),
      p("работы с детьми.", 2),
    ]);
    const fromDocx = summary(await resolutionText(bytes, "r.docx"));
    assert.deepEqual(fromDocx, summary(typed.join("\n")));
    assert.deepEqual(fromDocx.map((d) => d.n), ["1", "2.1", "2.2.1", "2.2.2"]);
  });

  it("reads a plan table with «Срок» and «Ответственный» columns as items", async () => {
    const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
    const row = (...c: string[]) => new TableRow({ children: c.map(cell) });
    const bytes = await docxBytes([
      p("Коллегия РЕШИЛА:"),
      new Table({ rows: [row("№", "Мероприятие", "Срок", "Ответственный"), row("1", "Провести конкурс", "до 1 декабря 2022 г.", "МКУ «ИМЦ»")] }),
    ]);
    const doc = parseResolution(await resolutionText(bytes, "plan.docx"));
    assert.equal(doc.directives.length, 1);
    assert.equal(doc.directives[0].deadline.due, "2022-12-01");
    assert.deepEqual(doc.directives[0].executors, ["МКУ «ИМЦ»"]);
  });

  it("names the file and the problem for broken archives", async () => {
    await assert.rejects(resolutionText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "битый.docx"), /«битый\.docx» повреждён/);
    const zip = new JSZip();
    zip.file("hello.txt", "x");
    const notWord = new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
    await assert.rejects(resolutionText(notWord, "архив.docx"), /не является документом Word/);
    await assert.rejects(resolutionText(new TextEncoder().encode("просто текст"), "текст.docx"), /не документ Word/);
  });
});
