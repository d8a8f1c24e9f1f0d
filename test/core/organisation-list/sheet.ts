// A cell grid sheet from plain rows, as the readers would produce it.
import type { GridSheet } from "../../../src/core/ingest/grid";

export function sheetOf(rows: (string | number | null)[][], name = "Лист1", state: GridSheet["state"] = "visible"): GridSheet {
  return {
    name,
    state,
    rows: rows.map((r) =>
      r.map((v) => (v === null || v === "" ? undefined : typeof v === "number" ? { kind: "number" as const, value: v } : { kind: "text" as const, text: v })),
    ),
    merges: [],
  };
}
