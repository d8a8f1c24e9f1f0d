// How a schema appears in Excel: number format codes, column widths in points, header matching.
import { columnLetters } from "../../core/workbook/columns";
export { columnLetters, headerKey, locateColumns, numberFormatFor } from "../../core/workbook/columns";

/** Excel column width in points for a width in characters (Calibri 11: 7 px per character + 5 px). */
export function widthInPoints(chars: number): number {
  return Math.round(chars * 7 + 5) * 0.75;
}

/** "A1:C5" for zero-based row/column, size. */
export function a1(row: number, col: number, rows = 1, cols = 1): string {
  const start = `${columnLetters(col)}${row + 1}`;
  return rows === 1 && cols === 1 ? start : `${start}:${columnLetters(col + cols - 1)}${row + rows}`;
}

/** True for the blank row Excel keeps in a table that has no data yet. */
export function isBlankRow(row: unknown[] | undefined): boolean {
  return !!row && row.every((v) => v === "" || v === null);
}
