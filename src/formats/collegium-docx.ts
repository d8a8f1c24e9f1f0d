// The collegium document («Информация о ходе исполнения решений … по состоянию на …») as
// .docx bytes, laid out as a head of office signs it: the office's name, the title and the
// resolution once, the table of directives grouped by the resolution's sections, targets,
// charts, who sent no report, the signature and «Исполнитель». A4, Times New Roman 14 for text
// and 10 in tables; portrait when the table's columns fit, landscape otherwise; page numbers at
// the top from page 2. The wording comes from src/core/summary/collegium.ts; this module only
// lays it out.

import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import { COLLEGIUM_HEADERS, TARGET_HEADERS, type CollegiumContent } from "../core/summary/collegium";
import { pointsToPixels, type ChartData } from "./chart-part";
import { docxChartRun } from "./docx-chart";

const FONT = "Times New Roman";
/** Half-points. */
const TEXT_SIZE = 28;
const TABLE_SIZE = 20;
const SMALL_SIZE = 20;
/** Table headers: bold, a size smaller than the cells, so «Ответственный» stays whole in a narrow column. */
const HEADER_SIZE = 18;

// A4 in twips. Margins as Russian offices set them: 30 mm on the binding side, 10–15 mm opposite, 20 mm top and bottom.
const A4 = { short: 11906, long: 16838 };
const PORTRAIT_MARGIN = { left: 1701, right: 567, top: 1134, bottom: 1134 };
const LANDSCAPE_MARGIN = { left: 1134, right: 1134, top: 1134, bottom: 850 };
const PORTRAIT_WIDTH = A4.short - PORTRAIT_MARGIN.left - PORTRAIT_MARGIN.right;
const LANDSCAPE_WIDTH = A4.long - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right;

/** Twips one character of Times New Roman takes at `halfPoints`, generously (capitals, «», №). */
const charTwips = (halfPoints: number) => halfPoints * 5.5;
const CELL_PADDING = 120;
/** The two text columns («Содержание», «Информация») need this many characters a line to read well. */
const TEXT_COLUMN_CHARS = 20;

// Numbers stay with their units and signs: «80 %», «№ 3», «5 дней», «п. 3.1».
function keepTogether(text: string): string {
  return text
    .replace(/(\d) (%|‰|дн|руб|чел|ед|шт)/g, "$1\u00a0$2")
    .replace(/(№|п\.|пп\.|ст\.) (\d)/g, "$1\u00a0$2")
    .replace(/(\d) (из) (\d)/g, "$1\u00a0$2\u00a0$3");
}

/** The longest unbreakable piece of a column's texts, in characters. */
function longestWord(texts: string[]): number {
  let max = 0;
  for (const t of texts) for (const w of keepTogether(t).split(/[ \t\n]+/)) max = Math.max(max, [...w].length);
  return max;
}

interface MainLayout {
  orientation: "portrait" | "landscape";
  width: number;
  widths: number[];
}

/**
 * Column widths that keep every word and number whole: «№», «Ответственный», «Срок» and
 * «Статус» take what their longest word (and a short line) needs; the two text columns share
 * the rest, «Информация об исполнении» the larger part. Portrait when that leaves the text
 * columns a readable line, landscape otherwise.
 */
export function mainLayout(content: CollegiumContent): MainLayout {
  const ch = charTwips(TABLE_SIZE);
  const column = (i: number) => content.rows.map((r) => r.cells[i] ?? "");
  // Bold capitals and «щ», «ы» are wide: «Ответственный» broke at the plain estimate.
  const headerCh = HEADER_SIZE * 6.5;
  const fit = (i: number, minChars: number, maxChars: number) =>
    Math.round(Math.max(Math.min(maxChars, Math.max(minChars, longestWord(column(i)))) * ch, longestWord([COLLEGIUM_HEADERS[i]]) * headerCh) + CELL_PADDING);
  // № | Содержание | Ответственный | Срок | Информация | Статус, предложение
  const fixed = [fit(0, 4, 6), 0, fit(2, 8, 16), fit(3, 10, 14), 0, fit(5, 11, 16)];
  const used = fixed.reduce((a, b) => a + b, 0);
  // The text columns hold a readable line and their longest word.
  const textMin = (i: number) => Math.max(TEXT_COLUMN_CHARS, longestWord(column(i))) * ch + CELL_PADDING;
  const mins = { content: textMin(1), info: textMin(4) };
  const textNeed = mins.content + mins.info;
  const orientation = used + textNeed <= PORTRAIT_WIDTH ? "portrait" : "landscape";
  const width = orientation === "portrait" ? PORTRAIT_WIDTH : LANDSCAPE_WIDTH;
  const rest = width - used;
  // Line estimates use the average letter, narrower than the widest words are measured with.
  const contentShare = Math.round(rest * bestShare(content, rest, TABLE_SIZE * 4.4, mins));
  const widths = [...fixed];
  widths[1] = contentShare;
  widths[4] = rest - contentShare;
  return { orientation, width, widths };
}

/** Estimated lines of a cell's text in a column of `width` twips. */
function lines(text: string, width: number, ch: number): number {
  const perLine = Math.max(1, Math.floor((width - CELL_PADDING) / ch));
  return text.split("\n").reduce((n, p) => n + Math.max(1, Math.ceil([...p].length / perLine)), 0);
}

/**
 * The share of the text columns' room given to «Содержание»: the one that makes the table
 * shortest, each row as tall as its taller text, between a quarter and a half, neither column
 * narrower than its minimum.
 */
function bestShare(content: CollegiumContent, rest: number, ch: number, mins: { content: number; info: number }): number {
  let best = { share: 0.33, height: Infinity };
  for (let share = 0.25; share <= 0.5; share += 0.01) {
    const a = rest * share;
    if (a < mins.content || rest - a < mins.info) continue;
    const height = content.rows.reduce((h, r) => h + Math.max(lines(r.cells[1], a, ch), lines(r.cells[4], rest - a, ch)), 0);
    if (height < best.height) best = { share, height };
  }
  return best.share;
}

/** Shares of a width, in twips, adding up to it. */
function split(width: number, shares: number[]): number[] {
  const total = shares.reduce((a, b) => a + b, 0);
  const w = shares.map((x) => Math.floor((x * width) / total));
  w[w.length - 1] += width - w.reduce((a, b) => a + b, 0);
  return w;
}

const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const borders = { top: line, bottom: line, left: line, right: line };
const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };

function run(text: string, opts: { bold?: boolean; italics?: boolean; size?: number } = {}): TextRun {
  return new TextRun({ text: keepTogether(text), bold: opts.bold, italics: opts.italics, font: FONT, size: opts.size ?? TEXT_SIZE });
}

function textParagraph(
  text: string,
  opts: { bold?: boolean; center?: boolean; size?: number; before?: number; after?: number; keepNext?: boolean; indent?: boolean } = {},
): Paragraph {
  return new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : AlignmentType.BOTH,
    spacing: { before: opts.before ?? 0, after: opts.after ?? 0 },
    indent: opts.indent ? { firstLine: 709 } : undefined,
    keepNext: opts.keepNext,
    children: [run(text, { bold: opts.bold, size: opts.size })],
  });
}

function cell(lines: string[], width: number, opts: { header?: boolean; span?: number; shade?: boolean; center?: boolean; keepNext?: boolean } = {}): TableCell {
  const paragraphs = (lines.length ? lines : [""]).map(
    (text, i) =>
      new Paragraph({
        alignment: opts.header || opts.center ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: { before: i ? 40 : 0 },
        keepNext: opts.keepNext,
        children: [run(text, { bold: opts.header || opts.shade, size: opts.header ? HEADER_SIZE : TABLE_SIZE })],
      }),
  );
  return new TableCell({
    children: paragraphs,
    width: { size: width, type: WidthType.DXA },
    columnSpan: opts.span,
    borders,
    shading: opts.shade || opts.header ? { type: ShadingType.CLEAR, fill: "F2F2F2", color: "auto" } : undefined,
    verticalAlign: opts.header ? VerticalAlign.CENTER : VerticalAlign.TOP,
    margins: { top: 30, bottom: 30, left: 60, right: 60 },
  });
}

function headerRow(headers: readonly string[], widths: number[]): TableRow {
  // The header row repeats on every printed page.
  return new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell([h], widths[i], { header: true })) });
}

function table(rows: TableRow[], widths: number[], width: number): Table {
  return new Table({ width: { size: width, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, rows });
}

function mainTable(content: CollegiumContent, layout: MainLayout): Table {
  const rows: TableRow[] = [headerRow(COLLEGIUM_HEADERS, layout.widths)];
  for (const section of content.sections) {
    // A section's heading stays on the page of its first directive.
    if (section.heading) {
      rows.push(
        new TableRow({ cantSplit: true, children: [cell([section.heading], layout.width, { span: COLLEGIUM_HEADERS.length, shade: true, keepNext: true })] }),
      );
    }
    for (const r of section.rows) rows.push(new TableRow({ children: r.cells.map((v, i) => cell(v.split("\n"), layout.widths[i], { center: i === 0 })) }));
  }
  return table(rows, layout.widths, layout.width);
}

function targetTable(content: CollegiumContent, width: number): Table {
  const widths = split(width, [7, 30, 11, 11, 20, 21]);
  return table([headerRow(TARGET_HEADERS, widths), ...content.targetRows.map((r) => new TableRow({ children: r.map((v, i) => cell([v], widths[i])) }))], widths, width);
}

/** Pixels: a bar a category, room for a name on two lines. */
function chartHeight(c: ChartData): number {
  return pointsToPixels(c.kind === "bar" ? Math.max(200, 70 + c.categories.length * c.series.length * 24) : 240);
}

/** The charts side by side in a borderless table, the bar chart of organisations the wider. */
function chartsTable(charts: ChartData[], width: number): Table {
  const widths = split(
    width,
    charts.map((c) => (c.kind === "bar" ? 11 : 9)),
  );
  // Twips → pixels at 96 dpi: 1440 twips an inch.
  const px = (twips: number) => Math.floor((twips * 96) / 1440);
  const height = Math.max(...charts.map(chartHeight));
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: [
      new TableRow({
        cantSplit: true,
        children: charts.map(
          (c, i) =>
            new TableCell({
              width: { size: widths[i], type: WidthType.DXA },
              borders: noBorders,
              children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [docxChartRun(c, { width: px(widths[i]) - 12, height: Math.min(height, 560) })] })],
            }),
        ),
      }),
    ],
  });
}

function signatureParagraph(content: CollegiumContent, width: number): Paragraph {
  const { position, name } = content.signature;
  return new Paragraph({
    spacing: { before: 480 },
    keepLines: true,
    tabStops: [{ type: TabStopType.RIGHT, position: width }],
    children: [run(position), run(`\t${name ? `____________ ${name}` : "____________"}`)],
  });
}

export interface CollegiumDocxOptions {
  /** The summary's charts (discipline by organisation, target against district figure). */
  charts?: ChartData[];
}

export async function collegiumDocx(content: CollegiumContent, options: CollegiumDocxOptions = {}): Promise<Uint8Array> {
  const layout = mainLayout(content);
  const portrait = layout.orientation === "portrait";
  const children: (Paragraph | Table)[] = [];
  if (content.officeName) children.push(textParagraph(content.officeName, { center: true, after: 240 }));
  children.push(textParagraph(content.title, { bold: true, center: true, after: 60 }));
  content.resolutionLines.forEach((l) => children.push(textParagraph(l, { center: true })));
  children.push(textParagraph(content.countsLine, { before: 200, after: 200, indent: true }));
  children.push(mainTable(content, layout));
  children.push(textParagraph("Организации, не представившие отчёт", { bold: true, center: true, before: 240, after: 120, keepNext: true }));
  if (content.silentLines.length) content.silentLines.forEach((l) => children.push(textParagraph(l)));
  else children.push(textParagraph("Отчёты представили все организации."));
  if (content.targetRows.length) {
    children.push(textParagraph("Целевые показатели", { bold: true, center: true, before: 240, after: 120, keepNext: true }));
    children.push(targetTable(content, layout.width));
  }
  const charts = options.charts ?? [];
  if (charts.length) {
    children.push(textParagraph("Диаграммы", { bold: true, center: true, before: 240, after: 120, keepNext: true }));
    children.push(chartsTable(charts, layout.width));
  }
  children.push(signatureParagraph(content, layout.width));
  children.push(textParagraph(content.executorLine, { size: SMALL_SIZE, before: 360 }));

  const pageNumber = new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SMALL_SIZE })] })],
  });
  const doc = new Document({
    creator: "Сводка",
    title: content.title,
    styles: { default: { document: { run: { font: FONT, size: TEXT_SIZE } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: portrait
              ? { width: A4.short, height: A4.long, orientation: PageOrientation.PORTRAIT }
              : { width: A4.short, height: A4.long, orientation: PageOrientation.LANDSCAPE },
            margin: portrait ? PORTRAIT_MARGIN : LANDSCAPE_MARGIN,
          },
        },
        // Page numbers from the second page, at the top, as Russian office documents number them.
        headers: { default: pageNumber, first: new Header({ children: [] }) },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
