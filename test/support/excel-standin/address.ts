// A1 addresses ↔ zero-based rectangles. Supports what add-ins write: "A1", "$A$1:C5",
// "A:C", "2:4", and a sheet prefix ("Лист1!A1", "'Сводка 2024-Q1'!A1:B2").
import { invalidArgument } from "./errors";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** Zero-based top-left corner and size. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

type Corner = { row: number | null; col: number | null };

function parseCorner(text: string): Corner | null {
  let m = CELL.exec(text);
  if (m) return { col: columnIndex(m[1]), row: Number(m[2]) - 1 };
  m = COLUMN.exec(text);
  if (m) return { col: columnIndex(m[1]), row: null };
  m = ROW.exec(text);
  if (m) return { col: null, row: Number(m[1]) - 1 };
  return null;
}

/** Splits "Sheet!A1:B2" into the sheet name (unquoted) and the cell part. */
export function splitSheet(address: string): { sheet: string | null; cells: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, cells: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, cells: address.slice(bang + 1) };
}

export function parseRect(cells: string): Rect {
  const parts = cells.trim().split(":");
  if (parts.length > 2 || !parts[0]) throw invalidArgument(`address "${cells}"`);
  const a = parseCorner(parts[0]);
  const b = parts.length === 2 ? parseCorner(parts[1]) : a;
  if (!a || !b) throw invalidArgument(`address "${cells}"`);
  if ((a.row === null) !== (b.row === null) || (a.col === null) !== (b.col === null)) {
    throw invalidArgument(`address "${cells}"`);
  }
  const r0 = a.row ?? 0;
  const r1 = b.row ?? MAX_ROWS - 1;
  const c0 = a.col ?? 0;
  const c1 = b.col ?? MAX_COLS - 1;
  const rect = {
    row: Math.min(r0, r1),
    col: Math.min(c0, c1),
    rows: Math.abs(r1 - r0) + 1,
    cols: Math.abs(c1 - c0) + 1,
  };
  if (rect.row + rect.rows > MAX_ROWS || rect.col + rect.cols > MAX_COLS) throw invalidArgument(`address "${cells}" is outside the sheet`);
  return rect;
}

export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function rectAddress(rect: Rect): string {
  const a = `${columnLetters(rect.col)}${rect.row + 1}`;
  if (rect.rows === 1 && rect.cols === 1) return a;
  return `${a}:${columnLetters(rect.col + rect.cols - 1)}${rect.row + rect.rows}`;
}

export function fullAddress(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${rectAddress(rect)}`;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export function contains(outer: Rect, row: number, col: number): boolean {
  return row >= outer.row && row < outer.row + outer.rows && col >= outer.col && col < outer.col + outer.cols;
}
