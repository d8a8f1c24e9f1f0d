// The collegium document («Информация о ходе исполнения решений … по состоянию на …») as
// .docx bytes: portrait A4, Times New Roman 14 for text and 12 in tables, as Russian
// offices print it. The wording comes from src/core/summary/collegium.ts; this module only lays it out.

import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import { COLLEGIUM_HEADERS, TARGET_HEADERS, type CollegiumContent } from "../core/summary/collegium";

const FONT = "Times New Roman";
/** Half-points. */
const TEXT_SIZE = 28;
const TABLE_SIZE = 24;

// A4 landscape in twips: an eight-column table needs the width to stay readable on paper
// (in portrait, «Ответственный» and dates break mid-word). Margins 20 mm, 15 mm at the bottom.
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { left: 1134, right: 1134, top: 1134, bottom: 850 };
const TEXT_WIDTH = PAGE.height - MARGIN.left - MARGIN.right;

/** Column widths as shares of the text width, in twips; they add up to the text width. */
function widths(shares: number[]): number[] {
  const total = shares.reduce((a, b) => a + b, 0);
  const w = shares.map((x) => Math.floor((x * TEXT_WIDTH) / total));
  w[w.length - 1] += TEXT_WIDTH - w.reduce((a, b) => a + b, 0);
  return w;
}
// № | Пункт решения | Содержание | Ответственный | Срок | Информация | Статус | Предложение
// «Информация об исполнении» holds what the schools did: it gets the most room.
const MAIN_WIDTHS = widths([4, 7, 17, 12, 11, 27, 11, 11]);
const TARGET_WIDTHS = widths([9, 26, 13, 13, 18, 21]);

const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const borders = { top: border, bottom: border, left: border, right: border };

function textParagraph(text: string, opts: { bold?: boolean; center?: boolean; size?: number; before?: number; after?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : AlignmentType.BOTH,
    spacing: { before: opts.before ?? 0, after: opts.after ?? 0 },
    children: [new TextRun({ text, bold: opts.bold, font: FONT, size: opts.size ?? TEXT_SIZE })],
  });
}

function cell(lines: string[], width: number, header = false): TableCell {
  const paragraphs = (lines.length ? lines : [""]).map(
    (line) =>
      new Paragraph({
        alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [new TextRun({ text: line, bold: header, font: FONT, size: TABLE_SIZE })],
      }),
  );
  return new TableCell({
    children: paragraphs,
    width: { size: width, type: WidthType.DXA },
    borders,
    verticalAlign: header ? VerticalAlign.CENTER : VerticalAlign.TOP,
    margins: { top: 40, bottom: 40, left: 60, right: 60 },
  });
}

function table(headers: readonly string[], rows: string[][], widths: number[]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      // The header row repeats on every printed page.
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell([h], widths[i], true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((v, i) => cell(v.split("\n"), widths[i])) })),
    ],
  });
}

export async function collegiumDocx(content: CollegiumContent): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    textParagraph(content.title, { bold: true, center: true, after: 120 }),
    ...content.resolutionLines.map((line) => textParagraph(line, { center: true })),
    textParagraph(content.countsLine, { before: 240, after: 240 }),
    table(
      COLLEGIUM_HEADERS,
      content.rows.map((r) => r.cells),
      MAIN_WIDTHS,
    ),
  ];
  if (content.targetRows.length) {
    children.push(textParagraph("Целевые показатели", { bold: true, center: true, before: 360, after: 120 }));
    children.push(table(TARGET_HEADERS, content.targetRows, TARGET_WIDTHS));
  }
  children.push(textParagraph("Организации, не представившие отчёт", { bold: true, center: true, before: 360, after: 120 }));
  if (content.silentLines.length) content.silentLines.forEach((line) => children.push(textParagraph(line)));
  else children.push(textParagraph("Отчёты представили все организации."));

  const doc = new Document({
    creator: "Сводка",
    title: content.title,
    styles: { default: { document: { run: { font: FONT, size: TEXT_SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
            margin: MARGIN,
          },
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
