// Free-form sheets (the quarterly summary): a title, a subtitle and blocks of rows, each
// block a small bordered table with a bold header. The sheet is replaced as a whole and
// keeps its place among the sheets. exceljs cannot draw charts, so `chart` is left to the
// Office host; the numbers the chart shows are in the block anyway.
import type { Borders, Workbook } from "exceljs";
import { isoToSerial } from "../../core/dates";
import type { SheetBlock, SheetContent } from "../../core/workbook/port";
import { solidFill } from "./cell-format";
import { safeText } from "./cell-values";
import { uniqueSheetName } from "./table-create";

const BLOCK_FMT: Record<SheetBlock["types"][number], string | undefined> = {
  text: "@",
  number: "0.0",
  percent: "0.0%",
  date: "dd.mm.yyyy",
  integer: "0",
};

const THIN: Partial<Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

function blockValue(v: string | number | null, type: SheetBlock["types"][number]): string | number | null {
  if (typeof v === "string" && type !== "date") return safeText(v) || null;
  if (v === null || v === "") return null;
  if (type === "date" && typeof v === "string") return isoToSerial(v) ?? v;
  return v;
}

export function writeFreeSheet(workbook: Workbook, content: SheetContent): void {
  const existing = workbook.worksheets.find((s) => s.name.toLowerCase() === content.name.toLowerCase());
  // exceljs orders sheets by this field; its typings do not declare it.
  type Ordered = { orderNo?: number };
  const orderNo = (existing as Ordered | undefined)?.orderNo;
  if (existing) workbook.removeWorksheet(existing.id);
  const sheet = workbook.addWorksheet(uniqueSheetName(workbook, content.name));
  if (orderNo !== undefined) (sheet as Ordered).orderNo = orderNo;

  const widths: number[] = [];
  const measure = (col: number, text: string) => {
    widths[col] = Math.max(widths[col] ?? 10, Math.min(60, text.length + 2));
  };

  let r = 1;
  sheet.getCell(r, 1).value = content.title;
  sheet.getCell(r, 1).style = { font: { bold: true, size: 14 } };
  r++;
  if (content.subtitle) {
    sheet.getCell(r, 1).value = content.subtitle;
    sheet.getCell(r, 1).style = { font: { italic: true } };
    r++;
  }
  for (const block of content.blocks) {
    r++;
    sheet.getCell(r, 1).value = block.title;
    sheet.getCell(r, 1).style = { font: { bold: true, size: 12 } };
    r++;
    block.headers.forEach((h, i) => {
      const cell = sheet.getCell(r, i + 1);
      cell.value = h;
      cell.style = { font: { bold: true }, fill: solidFill("#D9E1F2"), border: THIN, alignment: { wrapText: true, vertical: "middle" } };
      measure(i + 1, h.length > 30 ? h.slice(0, 30) : h);
    });
    r++;
    for (const row of block.rows) {
      row.forEach((v, i) => {
        const type = block.types[i] ?? "text";
        const cell = sheet.getCell(r, i + 1);
        cell.value = blockValue(v, type);
        const numFmt = BLOCK_FMT[type];
        cell.style = { border: THIN, alignment: { vertical: "top", wrapText: type === "text" }, ...(numFmt ? { numFmt } : {}) };
        measure(i + 1, String(v ?? ""));
      });
      r++;
    }
    if (block.note) {
      sheet.getCell(r, 1).value = block.note;
      sheet.getCell(r, 1).style = { font: { italic: true } };
      r++;
    }
  }
  widths.forEach((w, i) => {
    if (w) sheet.getColumn(i).width = w;
  });
}
