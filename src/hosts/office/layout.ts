// How a schema appears in Excel: number format codes, column widths in points, header matching.
import type { ColumnType, TableSchema } from "../../core/workbook/schema";

/** Excel format codes; Russian users read ДД.ММ.ГГГГ, which is "dd.mm.yyyy" in a format code. */
export function numberFormatFor(type: ColumnType | "percent"): string {
  switch (type) {
    case "date":
      return "dd.mm.yyyy";
    case "datetime":
      return "dd.mm.yyyy hh:mm";
    case "integer":
      return "0";
    case "number":
      return "General";
    case "percent":
      return "0.0%";
    default:
      return "@";
  }
}

/** Excel column width in points for a width in characters (Calibri 11: 7 px per character + 5 px). */
export function widthInPoints(chars: number): number {
  return Math.round(chars * 7 + 5) * 0.75;
}

/** Headers match when they differ only in case, spacing or ё/е (users retype them). */
export function headerKey(text: unknown): string {
  return String(text ?? "")
    .trim()
    .replace(/\s+/g, " ")
    .replace(/ё/g, "е")
    .replace(/Ё/g, "Е")
    .toLowerCase();
}

/** Column id → zero-based position in the table, for every schema column found by header. */
export function locateColumns(schema: TableSchema, headers: unknown[]): { positions: Map<string, number>; missing: string[] } {
  const byHeader = new Map<string, number>();
  headers.forEach((h, i) => {
    const k = headerKey(h);
    if (k && !byHeader.has(k)) byHeader.set(k, i);
  });
  const positions = new Map<string, number>();
  const missing: string[] = [];
  for (const c of schema.columns) {
    const at = byHeader.get(headerKey(c.header));
    if (at === undefined) missing.push(c.id);
    else positions.set(c.id, at);
  }
  return { positions, missing };
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
