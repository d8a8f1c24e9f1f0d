// The cell grid every returned file is turned into before it is read: the xlsx reader
// (src/formats/xlsx-grid.ts) and the CSV reader (src/formats/csv.ts) both produce it, so the
// report reader in this folder never sees a file format. Dates are ISO strings.
import { columnLetters } from "../workbook/columns";

export type GridCell =
  | { kind: "text"; text: string }
  /** `percent` is true when the cell is formatted as a percentage (0.75 shown as 75 %). */
  | { kind: "number"; value: number; percent?: boolean }
  /** `iso` is `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` when the cell holds a time of day too. */
  | { kind: "date"; iso: string }
  | { kind: "bool"; value: boolean }
  | { kind: "error"; code: string }
  /** A formula the file was saved without a computed value for (e.g. written by a script). */
  | { kind: "formula-uncached"; formula: string };

export interface GridSheet {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  /** rows[r][c], 0-based; missing and empty cells are undefined. Merged followers are empty. */
  rows: (GridCell | undefined)[][];
  /** Merged ranges as 0-based inclusive bounds. */
  merges: { top: number; left: number; bottom: number; right: number }[];
}

export interface Grid {
  sheets: GridSheet[];
  /** Where the grid came from, for messages. */
  format: "xlsx" | "csv" | "ods" | "xls";
  /**
   * When the file says it was last saved (ISO, UTC, to the second), where the format records it:
   * of two files of one school in one batch, the one saved later wins.
   */
  savedAt?: string;
}

/** «A1»-style reference of a 0-based cell. */
export function cellRef(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** 0-based column of «AB12»'s letters; -1 if none. */
export function columnIndex(ref: string): number {
  const m = /^([A-Za-z]{1,3})/.exec(ref);
  if (!m) return -1;
  let n = 0;
  for (const ch of m[1].toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The text a person sees in a cell, for header matching and messages. */
export function cellText(cell: GridCell | undefined): string {
  if (!cell) return "";
  switch (cell.kind) {
    case "text":
      return cell.text;
    case "number":
      return String(cell.value);
    case "date":
      return cell.iso;
    case "bool":
      return cell.value ? "ИСТИНА" : "ЛОЖЬ";
    case "error":
      return cell.code;
    case "formula-uncached":
      return "";
  }
}

/** True when the cell holds something (a blank text is nothing). */
export function isFilled(cell: GridCell | undefined): boolean {
  if (!cell) return false;
  if (cell.kind === "text") return cell.text.trim() !== "";
  return true;
}

export function hasAnyCell(grid: Grid): boolean {
  return grid.sheets.some((s) => s.rows.some((r) => r && r.some(isFilled)));
}
