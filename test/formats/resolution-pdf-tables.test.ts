// Plans laid out as tables in PDFs made by LibreOffice from the .fodt documents in
// fixtures/pdf-tables: the reader gives the rows as the .docx reader gives a table's rows
// (the item, then «Срок: …» and «Ответственный: …»), cells wrapped over several lines joined,
// and the parser then finds every row's executor and deadline.
//  - plan-bordered: № | Мероприятие | Срок | Ответственный, borders, cells centred in their row,
//    the header repeated on page 2 and row 5 split by the page break;
//  - plan-borderless: Мероприятие | Срок исполнения | Исполнитель, no borders, no number column,
//    the header repeated on page 2 and the last row split by the page break;
//  - plan-word-style: set as Word sets a table (cells at the top, no padding: rows as close as the
//    lines in a cell), section titles in merged cells, the header not repeated, row 2.3 split by
//    the page break;
//  - plan-centred-cells: Мероприятие | Срок | Ответственный, cells centred, a cell of two
//    paragraphs, empty cells, and a short item and a signature under the table that fit its columns.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseResolution } from "../../src/core/parse";
import { readResolutionFile } from "../../src/formats/resolution-text";
import { convertWithLibreOffice } from "../support/libreoffice";

const FIXTURES = join(__dirname, "fixtures/pdf-tables");
const NAMES = ["plan-bordered.fodt", "plan-borderless.fodt", "plan-word-style.fodt", "plan-centred-cells.fodt"];

const ROWS_BORDERED: [string, string, string, string][] = [
  ["1.", "Провести муниципальный мониторинг функциональной грамотности обучающихся 7–9 классов общеобразовательных организаций района", "до 30.10.2024", "Руководители общеобразовательных организаций"],
  ["2.", "Организовать курсы повышения квалификации учителей математики по формированию математической грамотности", "до 29.11.2024", "МКУ «Информационно-методический центр»"],
  ["3.", "Провести районный методический семинар «Читательская грамотность на уроках литературы и истории»", "до 13.12.2024", "Методический отдел управления образования"],
  ["4.", "Обеспечить участие обучающихся в региональной олимпиаде по естественнонаучной грамотности", "до 24.01.2025", "Руководители общеобразовательных организаций"],
  ["5.", "Подготовить аналитическую справку по итогам мониторинга и направить её в общеобразовательные организации района", "до 14.02.2025", "МКУ «Информационно-методический центр»"],
  ["6.", "Скорректировать рабочие программы по учебным предметам с учётом результатов мониторинга, обратив особое внимание на задания, вызвавшие наибольшие затруднения у обучающихся, и на формирование умений работать с информацией, представленной в разных формах", "до 28.02.2025", "Заместители директоров по учебно-воспитательной работе"],
  ["7.", "Организовать работу школьных рабочих групп по сопровождению обучающихся, испытывающих трудности в обучении", "до 14.03.2025", "Руководители общеобразовательных организаций"],
  ["8.", "Провести открытые уроки с использованием заданий банка функциональной грамотности в каждой школе района", "до 11.04.2025", "Руководители районных методических объединений"],
  ["9.", "Обобщить опыт школ, показавших лучшие результаты, и разместить материалы на сайте управления образования", "до 16.05.2025", "МКУ «Информационно-методический центр»"],
  ["10.", "Представить в управление образования отчёт о выполнении плана мероприятий с предложениями на следующий учебный год", "до 20.06.2025", "Руководители общеобразовательных организаций"],
];

const ROWS_BORDERLESS: [string, string, string][] = [
  ["Разработать планы летней оздоровительной работы с воспитанниками с учётом их возраста", "до 15.04.2025", "Заведующие дошкольными образовательными организациями"],
  ["Провести инструктажи педагогов по охране жизни и здоровья детей в летний период", "до 23.05.2025", "Заведующие дошкольными образовательными организациями"],
  ["Обеспечить озеленение и благоустройство игровых площадок", "до 30.05.2025", "Заместители заведующих по административно-хозяйственной работе"],
  ["Организовать проверку состояния прогулочных участков, веранд и спортивного оборудования с составлением актов готовности", "до 16.05.2025", "Заместители заведующих по административно-хозяйственной работе"],
  ["Провести консультации для родителей по организации закаливания и двигательной активности детей летом", "до 27.05.2025", "Старшие воспитатели"],
  ["Обновить наглядную информацию для родителей о профилактике кишечных инфекций, солнечных ожогов и травматизма у детей дошкольного возраста", "до 28.05.2025", "Медицинские работники дошкольных образовательных организаций"],
  ["Подготовить выносное игровое оборудование и материалы для экспериментирования с песком и водой", "до 29.05.2025", "Воспитатели групп"],
  ["Представить в управление образования отчёт о готовности к летнему периоду", "до 02.06.2025", "Заведующие дошкольными образовательными организациями"],
];

const ROWS_WORD_STYLE: (string | [string, string, string, string])[] = [
  "I. Организационные мероприятия",
  ["1.1.", "Провести сверку списков обучающихся, состоящих на профилактическом учёте, с территориальной комиссией по делам несовершеннолетних", "до 14.02.2025", "Руководители общеобразовательных организаций"],
  ["1.2.", "Обновить составы советов профилактики в общеобразовательных организациях", "до 28.02.2025", "Заместители директоров по воспитательной работе"],
  ["1.3.", "Организовать межведомственное совещание по вопросам занятости несовершеннолетних в каникулярное время", "до 21.03.2025", "Отдел общего образования"],
  "II. Работа с обучающимися и родителями",
  ["2.1.", "Провести единый день профилактики с участием инспекторов по делам несовершеннолетних и специалистов здравоохранения", "до 18.04.2025", "Руководители общеобразовательных организаций"],
  ["2.2.", "Организовать индивидуальное сопровождение обучающихся, состоящих на всех видах профилактического учёта, с составлением планов индивидуальной профилактической работы и ежемесячным анализом их выполнения классными руководителями и педагогами-психологами", "до 30.05.2025", "Педагоги-психологи, социальные педагоги"],
  ["2.3.", "Провести родительские собрания по вопросам безопасности детей в летний период", "до 23.05.2025", "Классные руководители"],
  ["2.4.", "Обеспечить занятость обучающихся, состоящих на профилактическом учёте, в летний период в лагерях с дневным пребыванием и трудовых бригадах", "до 02.06.2025", "Руководители общеобразовательных организаций"],
  "III. Контроль и анализ",
  ["3.1.", "Подготовить аналитическую справку о результатах профилактической работы за полугодие", "до 15.07.2025", "МКУ «Центр психолого-педагогической помощи»"],
  ["3.2.", "Рассмотреть итоги выполнения плана на совещании руководителей", "до 26.12.2025", "Управление образования"],
];

/** The lines the .docx reader gives for such a table: item, deadline, executor, blank line. */
const itemLines = (rows: (string | string[])[]) =>
  rows.flatMap((r) => (typeof r === "string" ? [r, ""] : r.length === 4 ? [`${r[0]} ${r[1]}`, `Срок: ${r[2]}`, `Ответственный: ${r[3]}`, ""] : [r[0], `Срок: ${r[1]}`, `Ответственный: ${r[2]}`, ""]));

/** The lines between the item that brings the table in and the item after it, blank lines not doubled. */
function tableBlock(text: string, before: string, after: string): string[] {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l.startsWith(before));
  const end = lines.findIndex((l) => l.startsWith(after));
  assert.ok(start >= 0 && end > start, text);
  return lines.slice(start + 1, end).filter((l, i, all) => l || all[i - 1] !== "");
}

/** ISO date of «до ДД.ММ.ГГГГ». */
const iso = (deadline: string) => deadline.replace(/^до (\d\d)\.(\d\d)\.(\d{4})$/, "$3-$2-$1");

describe("plans laid out as tables in a PDF: rows and columns kept", function () {
  this.timeout(120000);
  const texts = new Map<string, string>();

  before(async () => {
    const pdfs = convertWithLibreOffice(
      NAMES.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(FIXTURES, name))) })),
      "pdf",
    );
    for (const name of NAMES) {
      const pdf = pdfs.get(name)!;
      texts.set(name, (await readResolutionFile(pdf, name.replace(/\.fodt$/, ".pdf"))).text);
    }
  });

  describe("a bordered plan over a page break, cells centred in their rows", () => {
    it("gives one item per row with its deadline and executor, wrapped cell text joined in reading order", () => {
      assert.deepEqual(tableBlock(texts.get("plan-bordered.fodt")!, "2. Утвердить план мероприятий", "3. Контроль"), ["", ...itemLines(ROWS_BORDERED)]);
    });

    it("keeps the paragraphs around the table as they were: whole, one line each", () => {
      const lines = texts.get("plan-bordered.fodt")!.split("\n");
      assert.ok(lines.includes("РЕШИЛА:"));
      assert.ok(lines.includes("1. Информацию заместителя начальника управления образования принять к сведению."));
      assert.ok(lines.includes("2. Утвердить план мероприятий по формированию функциональной грамотности обучающихся на 2024–2025 учебный год:"));
      assert.ok(lines.includes("3. Контроль за исполнением решения возложить на заместителя начальника управления образования Петрову А.Б."));
      assert.ok(lines.some((l) => /^Заслушав и обсудив .* ниже среднерегиональных\.$/.test(l)), "a justified paragraph stays one line");
      assert.ok(lines.includes("Председатель коллегии И.И. Сидоров"));
      // the repeated header is not read as a row, the cells of no row are left over as loose lines
      assert.equal(lines.filter((l) => /Ответственный$/.test(l) || l === "№ п/п").length, 0);
    });

    it("the parser finds each row's executor and deadline", () => {
      const directives = parseResolution(texts.get("plan-bordered.fodt")!).directives;
      const plan = directives.filter((d) => d.deadline.due);
      assert.deepEqual(
        plan.map((d) => [d.n, d.deadline.due, d.executors]),
        ROWS_BORDERED.map((r) => [r[0].replace(/\.$/, ""), iso(r[2]), [r[3]]]),
      );
      assert.equal(directives.length, 13, "items 1 and 2, the ten rows, item 3");
    });
  });

  describe("a plan without borders and without a number column, over a page break", () => {
    it("gives one item per row with its deadline and executor", () => {
      const text = texts.get("plan-borderless.fodt")!;
      assert.deepEqual(tableBlock(text, "1. Принять к исполнению план", "2. Контроль"), ["", ...itemLines(ROWS_BORDERLESS)]);
      assert.deepEqual(text.split("\n").slice(-3), ["2. Контроль за исполнением протокола оставляю за собой.", "", "Начальник управления образования О.В. Смирнова"]);
    });

    it("the parser finds each row's executor and deadline", () => {
      const plan = parseResolution(texts.get("plan-borderless.fodt")!).directives.filter((d) => d.deadline.due);
      assert.deepEqual(
        plan.map((d) => [d.deadline.due, d.executors]),
        ROWS_BORDERLESS.map((r) => [iso(r[1]), [r[2]]]),
      );
    });
  });

  describe("a plan set as Word sets it: no padding, section titles, a row split by the page break", () => {
    it("gives the section titles and one item per row, the split row joined back", () => {
      assert.deepEqual(tableBlock(texts.get("plan-word-style.fodt")!, "1. Утвердить план мероприятий", "2. Контроль"), ["", ...itemLines(ROWS_WORD_STYLE)]);
    });

    it("the parser finds each row's executor and deadline", () => {
      const plan = parseResolution(texts.get("plan-word-style.fodt")!).directives.filter((d) => d.deadline.due);
      const rows = ROWS_WORD_STYLE.filter((r) => typeof r !== "string");
      assert.deepEqual(
        plan.map((d) => [d.n, d.deadline.due, d.executors]),
        rows.map((r) => [r[0].replace(/\.$/, ""), iso(r[2]), r[3].split(", ")]),
      );
    });
  });

  describe("a plan with cells centred in their rows, empty cells, and short lines under it", () => {
    it("gives one item per row, a cell's two paragraphs joined, no deadline or executor where the cell is empty", () => {
      const text = texts.get("plan-centred-cells.fodt")!;
      assert.deepEqual(tableBlock(text, "1. Утвердить план:", "2. Контроль"), [
        "",
        "Провести заседание совета по вопросам качества образования",
        "Срок: до 10.02.2025",
        "Ответственный: Председатель совета",
        "",
        "Подготовить справку по итогам мониторинга. Направить справку в школы района для обсуждения на педсоветах",
        "Срок: до 20.02.2025",
        "",
        "Организовать семинар",
        "Срок: до 01.03.2025",
        "Ответственный: Методический центр, отдел образования",
        "",
        "Обобщить опыт работы школ",
        "Ответственный: Методический центр",
        "",
      ]);
      // the item and the signature under the table stay text, not rows of it
      assert.deepEqual(text.split("\n").slice(-3), ["2. Контроль оставляю за собой.", "", "Председатель И.И. Петров"]);
    });

    it("the parser finds each row's executor and deadline", () => {
      const directives = parseResolution(texts.get("plan-centred-cells.fodt")!).directives;
      assert.deepEqual(
        directives.map((d) => [d.deadline.due, d.executors]),
        [
          ["2025-02-10", ["Председатель совета"]],
          ["2025-02-20", []],
          ["2025-03-01", ["Методический центр", "отдел образования"]],
          [null, ["Методический центр"]],
          [null, []],
        ],
      );
    });
  });

  it("reads the blind set's plan b21 (cells centred, little padding between rows, a row over the page break) row by row", async () => {
    const path = join(__dirname, "../core/parse/genre-blind/b21_plan_gia.pdf");
    const lines = (await readResolutionFile(new Uint8Array(readFileSync(path)), "b21_plan_gia.pdf")).text.split("\n");
    assert.equal(lines.filter((l) => l.startsWith("Ответственный: ")).length, 10);
    const at = lines.indexOf("7. Организовать работу «горячей линии» по вопросам ГИА");
    assert.deepEqual(lines.slice(at, at + 3), [
      "7. Организовать работу «горячей линии» по вопросам ГИА",
      "Срок: в течение 2025-2026 учебного года",
      "Ответственный: Отдел образования, МБУ «Информационно-методический центр»",
    ]);
  });
});
