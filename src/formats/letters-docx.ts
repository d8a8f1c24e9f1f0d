// The letters on paper: one .docx, one letter a page (a section each), in the form Russian
// offices print: the office's heading, the date and number to fill in, the addressee on the
// right, the subject, the text, the attachment, the signature and the executor.

import { AlignmentType, Document, Packer, Paragraph, TabStopType, TextRun, type ISectionOptions } from "docx";
import type { Letter } from "../core/letters";

const FONT = "Times New Roman";
/** Half-points: 14 pt text, 12 pt for the executor line. */
const SIZE = 28;
const SMALL = 24;
// A4 portrait in twips, margins 30 mm left, 15 mm right, 20 mm top and bottom.
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { left: 1701, right: 850, top: 1134, bottom: 1134 };

function p(text: string, o: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; before?: number; after?: number; indent?: number; size?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: o.align ?? AlignmentType.BOTH,
    spacing: { before: o.before ?? 0, after: o.after ?? 0 },
    indent: o.indent ? { firstLine: o.indent } : undefined,
    children: [new TextRun({ text, bold: o.bold, font: FONT, size: o.size ?? SIZE })],
  });
}

/** The address block: «Руководителю <организации>» and the head's name, on the right half. */
function addressee(letter: Letter): Paragraph[] {
  const lines = [`Руководителю ${letter.to.name}`];
  if (letter.to.head) lines.push(letter.to.head);
  return lines.map((line) => new Paragraph({ indent: { left: 4800 }, children: [new TextRun({ text: line, font: FONT, size: SIZE })] }));
}

function letterSection(letter: Letter, officeName: string): ISectionOptions {
  const children: Paragraph[] = [];
  if (officeName) children.push(p(officeName.toUpperCase(), { bold: true, align: AlignmentType.CENTER, after: 240 }));
  children.push(
    new Paragraph({
      tabStops: [{ type: TabStopType.LEFT, position: 4800 }],
      spacing: { after: 240 },
      children: [new TextRun({ text: "от ____________ № ______", font: FONT, size: SIZE })],
    }),
  );
  children.push(...addressee(letter));
  children.push(p(letter.subject, { align: AlignmentType.LEFT, before: 360, after: 240 }));
  children.push(p(letter.greeting, { align: AlignmentType.CENTER, after: 240 }));
  for (const para of letter.paragraphs) {
    const item = para.startsWith("— ");
    children.push(p(para, { indent: item ? 0 : 709, after: item ? 60 : 120 }));
  }
  if (letter.attachmentName) children.push(p(`Приложение: ${letter.attachmentName} — в электронном виде.`, { before: 240 }));
  const [signature, ...executor] = letter.closing;
  children.push(p(signature, { align: AlignmentType.LEFT, before: 480 }));
  for (const line of executor) children.push(p(line, { align: AlignmentType.LEFT, before: 480, size: SMALL }));
  return {
    properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: MARGIN } },
    children,
  };
}

export async function lettersDocx(letters: Letter[], officeName: string, title: string): Promise<Uint8Array> {
  const doc = new Document({
    creator: "Сводка",
    title,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    // Each section starts on a new page: one letter a page.
    sections: letters.map((l) => letterSection(l, officeName)),
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
