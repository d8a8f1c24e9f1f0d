// The PDF reader's lines from text pieces placed as a PDF places them (no PDF file needed):
// a table set as Word sets it (no padding between rows, cells at the top), lists and wrapped
// lines that must stay paragraphs.
import assert from "node:assert/strict";
import { pdfLines, type PdfPiece } from "../../src/formats/resolution/pdf-lines";
import { comparedWithSync } from "../support/measured";

/** A piece of 12 pt text at (x, y), `width` wide (by default 5.5 pt a letter). */
const piece = (str: string, x: number, y: number, width = str.length * 5.5): PdfPiece => ({
  str,
  transform: [12, 0, 0, 12, x, y],
  width,
  height: 12,
  hasEOL: false,
});

describe("PDF text pieces → lines", () => {
  describe("a table set as Word sets it: rows as close as the lines in a cell", () => {
    const page = [
      piece("Участники совещания РЕШИЛИ утвердить план мероприятий:", 60, 630),
      piece("№", 62, 600),
      piece("Мероприятие", 100, 600),
      piece("Срок", 300, 600),
      piece("Ответственный", 400, 600),
      piece("1.", 62, 588.5),
      piece("Провести стартовую", 100, 588.5),
      piece("диагностику", 100, 577),
      piece("обучающихся", 100, 565.5),
      piece("до 30.09.2023", 300, 588.5),
      piece("Руководители ОО", 400, 588.5),
      piece("2.", 62, 554),
      piece("Организовать работу", 100, 554),
      piece("творческой группы", 100, 542.5),
      piece("октябрь 2023 г.", 300, 554),
      piece("МКУ «Информационно-", 400, 554),
      piece("методический центр»", 400, 542.5),
      piece("3.", 62, 531),
      piece("Подготовить справку", 100, 531),
      piece("до 15.05.2024", 300, 531),
      piece("МКУ «ИМЦ»", 400, 531),
      piece("Заместитель начальника отдела образования", 60, 500),
      piece("С.П. Ильина", 480, 500),
    ];

    it("gives one item per row, the number column telling the rows apart", () => {
      assert.deepEqual(pdfLines([page]).split("\n"), [
        "Участники совещания РЕШИЛИ утвердить план мероприятий:",
        "",
        "1. Провести стартовую диагностику обучающихся",
        "Срок: до 30.09.2023",
        "Ответственный: Руководители ОО",
        "",
        "2. Организовать работу творческой группы",
        "Срок: октябрь 2023 г.",
        "Ответственный: МКУ «Информационно-методический центр»",
        "",
        "3. Подготовить справку",
        "Срок: до 15.05.2024",
        "Ответственный: МКУ «ИМЦ»",
        "",
        "Заместитель начальника отдела образования С.П. Ильина",
      ]);
    });

    it("keeps a header of two lines whole, the first without «Срок»", () => {
      const wrapped = [
        piece("№", 62, 612),
        piece("Наименование", 100, 612),
        piece("Ответственный", 400, 612),
        piece("мероприятия", 100, 600),
        piece("Срок", 300, 606),
        piece("исполнитель", 400, 600),
        ...page.slice(5),
      ];
      const lines = pdfLines([[page[0], ...wrapped]]).split("\n");
      assert.deepEqual(lines.slice(0, 6), ["Участники совещания РЕШИЛИ утвердить план мероприятий:", "", "1. Провести стартовую диагностику обучающихся", "Срок: до 30.09.2023", "Ответственный: Руководители ОО", ""]);
    });

    it("reads a table of thousands of rows, each row an item, in time growing linearly with the rows", () => {
      const table = (rows: number) => {
        const top = 40000;
        const big: PdfPiece[] = [piece("№", 62, top), piece("Мероприятие", 110, top), piece("Срок", 300, top), piece("Ответственный", 400, top)];
        // numbered by sections: 1.1.–30.100.
        for (let i = 0; i < rows; i++) {
          const y = top - 11.5 * (i + 1);
          const n = `${Math.floor(i / 100) + 1}.${(i % 100) + 1}.`;
          big.push(piece(n, 62, y), piece(`Провести мероприятие ${i + 1}`, 110, y), piece("до 30.09.2025", 300, y), piece("Руководители ОО", 400, y));
        }
        return [big];
      };
      const big = table(3000);
      const lines = pdfLines(big).split("\n");
      assert.equal(lines.filter((l) => l === "Ответственный: Руководители ОО").length, 3000);
      assert.equal(lines[lines.length - 3], "30.100. Провести мероприятие 3000");
      // Ten times the rows cost about ten times as long (n log n: ~13); comparing every row with
      // every other would be ~100 times.
      const small = table(300);
      comparedWithSync("3000 rows against 300", () => pdfLines(big), () => pdfLines(small), 40);
    });

    it("reads the same table whatever order its cells' pieces come in", () => {
      const cells = page.slice(1, -2);
      assert.equal(pdfLines([[page[0], ...cells.reverse(), ...page.slice(-2)]]), pdfLines([page]));
    });
  });

  describe("text that is not a table stays paragraphs", () => {
    it("a numbered list with hanging indents (label | text) is not read as a table", () => {
      const list = [
        piece("1.", 85, 700),
        piece("Руководителям общеобразовательных организаций обеспечить участие", 120, 700, 430),
        piece("обучающихся в олимпиаде.", 120, 686),
        piece("2.", 85, 672),
        piece("МКУ «Информационно-методический центр» подготовить аналитическую", 120, 672, 430),
        piece("справку до 01.02.2025.", 120, 658),
        piece("3.", 85, 644),
        piece("Контроль за исполнением настоящего приказа оставляю за собой.", 120, 644, 330),
      ];
      assert.deepEqual(pdfLines([list]).split("\n"), [
        "1. Руководителям общеобразовательных организаций обеспечить участие обучающихся в олимпиаде.",
        "2. МКУ «Информационно-методический центр» подготовить аналитическую справку до 01.02.2025.",
        "3. Контроль за исполнением настоящего приказа оставляю за собой.",
      ]);
    });

    it("a justified paragraph written word by word is one paragraph", () => {
      const words = (text: string, y: number, x0: number, x1: number) => {
        const ws = text.split(" ");
        const letters = ws.join("").length * 5.5;
        const gap = (x1 - x0 - letters) / (ws.length - 1);
        let x = x0;
        return ws.map((w) => {
          const p = piece(w, x, y);
          x += w.length * 5.5 + gap;
          return p;
        });
      };
      const para = [
        ...words("Заслушав и обсудив информацию заместителя начальника управления", 700, 120, 550),
        ...words("о результатах оценки функциональной грамотности обучающихся 8–9", 686, 85, 550),
        ...words("классов, коллегия отмечает, что доля обучающихся с базовым уровнем", 672, 85, 550),
        piece("выросла.", 85, 658),
      ];
      assert.deepEqual(pdfLines([para]).split("\n"), [
        "Заслушав и обсудив информацию заместителя начальника управления о результатах оценки функциональной грамотности обучающихся 8–9 классов, коллегия отмечает, что доля обучающихся с базовым уровнем выросла.",
      ]);
    });
  });

  describe("wrapped lines", () => {
    const page = [
      piece("1. Провести месячник профориентационной работы во всех общеобразовательных", 85, 700, 465),
      piece("организациях города.", 85, 686),
      piece("Ответственные исполнители: отдел общего образования, руководители общеобразовательных", 85, 672, 400),
      piece("организаций.", 85, 658, 66),
      piece("2. Управлению образования сформировать составы комиссий по проверке сочинения. Срок", 85, 644, 465),
      piece("– до 29 ноября 2024 г.", 85, 630),
      piece("3. Заместителям директоров по учебно-воспитательной работе обеспечить участие учебно-", 85, 616, 465),
      piece("методических объединений в семинаре.", 85, 602),
      piece("4. Провести семинар для педагогов района в соответствии с планом работы управления:", 85, 588, 465),
      piece("– для учителей начальных классов;", 85, 574),
    ];

    it("a line that stops short only because the next word would not fit goes on in the next line", () => {
      assert.ok(pdfLines([page]).split("\n").includes("Ответственные исполнители: отдел общего образования, руководители общеобразовательных организаций."));
    });

    it("a dash after a line that stops mid-sentence continues it; after a colon it is a bullet", () => {
      const lines = pdfLines([page]).split("\n");
      assert.ok(lines.includes("2. Управлению образования сформировать составы комиссий по проверке сочинения. Срок – до 29 ноября 2024 г."), lines.join("\n"));
      assert.ok(lines.includes("– для учителей начальных классов;"), lines.join("\n"));
    });

    it("a hyphen at the end of a line is a compound's and is kept", () => {
      assert.ok(pdfLines([page]).split("\n").includes("3. Заместителям директоров по учебно-воспитательной работе обеспечить участие учебно-методических объединений в семинаре."));
    });
  });
});
