// How a schema appears in Excel: number format codes, column widths in points, header matching.
export { headerKey, locateColumns, numberFormatFor } from "../../core/workbook/columns";

/** Excel column width in points for a width in characters (Calibri 11: 7 px per character + 5 px). */
export function widthInPoints(chars: number): number {
  return Math.round(chars * 7 + 5) * 0.75;
}

export function columnLetters(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
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
