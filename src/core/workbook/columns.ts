// What both hosts need to lay a schema into a sheet the same way: Excel number format codes
// by column type, and finding schema columns by their header text.
import type { SheetBlock } from "./port";
import type { ColumnType, TableSchema } from "./schema";

/** Excel format codes (invariant, not localised): ДД.ММ.ГГГГ is "dd.mm.yyyy". */
export function numberFormatFor(type: ColumnType | SheetBlock["types"][number]): string {
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

/** Headers match when they differ only in case, spacing or ё/е (users retype them). */
export function headerKey(text: unknown): string {
  return String(text ?? "")
    .trim()
    .replace(/\s+/g, " ")
    .replace(/[ёЁ]/g, (c) => (c === "ё" ? "е" : "Е"))
    .toLowerCase();
}

/** Column id → zero-based position among `headers`, for every schema column found; the rest are missing. */
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

/** Excel column letters of a 0-based column index: 0 → «A», 26 → «AA». */
export function columnLetters(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
