// A1-style addresses and ranges ("B2", "A1:H40"), 1-based rows and columns.
import { columnLetters as lettersOf } from "../../core/workbook/columns";

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Column letters of a 1-based column (exceljs counts from 1). */
export function columnLetters(col: number): string {
  return lettersOf(col - 1);
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const ADDRESS = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** "A1:C3" (or a single cell "A1") → range; null when it is not an address. */
export function parseRange(ref: string): CellRange | null {
  const [a, b = a] = ref.split(":");
  const p = ADDRESS.exec(a ?? "");
  const q = ADDRESS.exec(b ?? "");
  if (!p || !q) return null;
  const [c1, r1, c2, r2] = [columnNumber(p[1]), Number(p[2]), columnNumber(q[1]), Number(q[2])];
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

export function formatRange(r: CellRange): string {
  return `${columnLetters(r.left)}${r.top}:${columnLetters(r.right)}${r.bottom}`;
}

export function address(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}
