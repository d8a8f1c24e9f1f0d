// Merged ranges in a grid read from .ods or .xls: only the top-left cell holds the value Excel
// shows, so the followers are cleared (some writers keep hidden values there). The visit is
// bounded by the cells the sheet really has, so a range over whole columns costs nothing.

import type { GridCell, GridSheet } from "../../core/ingest/grid";
import { FileRefusal } from "./refusal";

/** Cells the pass may visit; 10,000 merges of whole columns would be billions. */
const MAX_MERGE_VISITS = 20_000_000;

export function clearMergedFollowers(rows: (GridCell | undefined)[][], merges: GridSheet["merges"], sheet: string): void {
  let visits = 0;
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom && r < rows.length; r++) {
      const row = rows[r];
      if (!row || row.length <= m.left) continue;
      const last = Math.min(m.right, row.length - 1);
      visits += last - m.left + 1;
      if (visits > MAX_MERGE_VISITS) throw new FileRefusal("too-large", `${sheet}: merged ranges cover more than ${MAX_MERGE_VISITS} cells`);
      for (let c = m.left; c <= last; c++) if ((r !== m.top || c !== m.left) && row[c] !== undefined) row[c] = undefined;
    }
  }
}
