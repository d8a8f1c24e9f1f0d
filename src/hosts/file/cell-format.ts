// Formats of the свод's cells by column type: number format, wrapping, alignment.
// exceljs shares one style object between cells loaded with the same style, so styles are
// always replaced with a fresh object, never mutated in place.
import type { Alignment, Cell, Column, Fill, Font, Worksheet } from "exceljs";
import type { ColumnSchema } from "../../core/workbook/schema";
import { numFmtFor } from "./cell-values";

function alignmentOf(col: ColumnSchema): Partial<Alignment> {
  return col.type === "longtext" ? { wrapText: true, vertical: "top" } : { vertical: "top" };
}

/** Formats a body cell of a schema column. */
export function formatCell(cell: Cell, col: ColumnSchema): void {
  const numFmt = numFmtFor(col.type);
  const style = { ...cell.style, alignment: { ...cell.style.alignment, ...alignmentOf(col) } };
  if (numFmt) style.numFmt = numFmt;
  else delete style.numFmt;
  cell.style = style;
}

/** Formats a whole sheet column, so rows a user types in get the same format. */
export function formatColumn(column: Column, col: ColumnSchema): void {
  column.width = col.width;
  const numFmt = numFmtFor(col.type);
  column.style = { ...(numFmt ? { numFmt } : {}), alignment: alignmentOf(col) };
}

export function formatHeaderCell(cell: Cell): void {
  cell.style = {
    ...cell.style,
    numFmt: "General",
    font: { ...cell.style.font, bold: true },
    alignment: { wrapText: true, vertical: "middle" },
  };
}

/** "#F8CBAD" → exceljs ARGB "FFF8CBAD". */
export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

export function solidFill(hex: string): Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argb(hex) } };
}

export function withFill(cell: Cell, fill: Fill | undefined, fontColor: string | undefined): void {
  const font: Partial<Font> = { ...cell.style.font };
  if (fontColor) font.color = { argb: argb(fontColor) };
  else delete font.color;
  const style = { ...cell.style, font };
  if (fill) style.fill = fill;
  else delete style.fill;
  cell.style = style;
}

/**
 * The exceljs cell at row, col. (A named helper: the Office add-in lint rules take any
 * `getCell()` result for an Office.js proxy that must be loaded before it is read.)
 */
export function cellAt(sheet: Worksheet, row: number, col: number): Cell {
  return sheet.getCell(row, col);
}
