// Upsert by key, computed in the core so that both hosts behave the same:
// existing rows are matched by key; `system` columns are overwritten, `insert` columns are
// filled only on new rows (a methodologist's «нет» in «На контроле» survives), `user`
// columns are never written. Nothing is written when nothing changed.

import { numberFromText } from "./cell-text";
import type { CellValue, Row, TableWrite } from "./port";
import type { TableSchema } from "./schema";

export interface UpsertPlan {
  write: TableWrite;
  added: number;
  updated: number;
  unchanged: number;
  /** Desired body after the write (existing rows merged, new ones appended). */
  rows: Row[];
}

export function rowKey(table: TableSchema, row: Row): string {
  return table.key.map((id) => normaliseKeyPart(row[id])).join("\u0001");
}

function normaliseKeyPart(v: CellValue | undefined): string {
  return String(v ?? "")
    .trim()
    .replace(/\s+/g, " ")
    .toLowerCase();
}

/** Loose equality for cells read back from a host: "" and null are the same; numbers by value. */
export function sameCell(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const x = a ?? "";
  const y = b ?? "";
  if (typeof x === "number" || typeof y === "number") {
    // A number typed as text reads by the one rule both hosts use («1 234,5» is 1234.5).
    const nx = typeof x === "number" ? x : (numberFromText(String(x)) ?? NaN);
    const ny = typeof y === "number" ? y : (numberFromText(String(y)) ?? NaN);
    if (String(x) === "" || String(y) === "") return String(x) === String(y);
    return Math.abs(nx - ny) < 1e-9;
  }
  return String(x).trim() === String(y).trim();
}

/**
 * Plans the write that brings `incoming` into a table whose body is `existing`.
 * `missingColumns` (headers the user deleted) are never written.
 */
export function planUpsert(
  table: TableSchema,
  existing: Row[],
  incoming: Row[],
  missingColumns: string[] = [],
): UpsertPlan {
  const writable = table.columns.filter((c) => c.owner !== "user" && !missingColumns.includes(c.id));
  // Key columns identify the row: matched loosely, never rewritten.
  const system = writable.filter((c) => c.owner === "system" && !table.key.includes(c.id)).map((c) => c.id);
  const rows = existing.map((r) => ({ ...r }));
  const index = new Map<string, number>();
  if (table.key.length) rows.forEach((r, i) => index.set(rowKey(table, r), i));

  const changed = new Set<number>();
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const row of incoming) {
    const key = table.key.length ? rowKey(table, row) : null;
    const at = key === null ? undefined : index.get(key);
    if (at === undefined) {
      const fresh: Row = {};
      for (const c of table.columns) fresh[c.id] = c.owner === "user" ? null : (row[c.id] ?? null);
      rows.push(fresh);
      if (key !== null) index.set(key, rows.length - 1);
      added++;
      continue;
    }
    const target = rows[at];
    let differs = false;
    for (const id of system) {
      if (!(id in row)) continue;
      if (!sameCell(target[id], row[id])) {
        target[id] = row[id];
        differs = true;
      }
    }
    if (differs) {
      if (at < existing.length && !changed.has(at)) updated++;
      if (at < existing.length) changed.add(at);
    } else if (at < existing.length) unchanged++;
  }
  return {
    write: { table, rows, columns: writable.map((c) => c.id), changed: [...changed].sort((a, b) => a - b) },
    added,
    updated,
    unchanged,
    rows,
  };
}

/** Plans changes to existing rows only (e.g. statuses written by the check). */
export function planUpdate(table: TableSchema, existing: Row[], update: (row: Row, index: number) => Row | null, columns: string[]): UpsertPlan {
  const rows = existing.map((r) => ({ ...r }));
  const changed: number[] = [];
  rows.forEach((row, i) => {
    const patch = update(row, i);
    if (!patch) return;
    let differs = false;
    for (const id of columns) {
      if (id in patch && !sameCell(row[id], patch[id])) {
        row[id] = patch[id];
        differs = true;
      }
    }
    if (differs) changed.push(i);
  });
  return { write: { table, rows, columns, changed }, added: 0, updated: changed.length, unchanged: rows.length - changed.length, rows };
}

/** True when a write would change nothing. */
export function isEmptyWrite(w: TableWrite, existingCount: number): boolean {
  return w.changed.length === 0 && w.rows.length <= existingCount;
}
