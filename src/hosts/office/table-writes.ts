// Plans the Excel operations for one TableWrite, without touching Excel: changed existing rows
// become one range write per contiguous run of rows × contiguous block of written columns;
// new rows become table.rows.add(null, values) with every table column (unwritten ones blank).
// Each operation carries its JSON size so the caller can keep every sync under the limit, and
// which of its columns are text columns, whose cells the caller reads back to check them.
import type { TableWrite } from "../../core/workbook/port";
import { isTextColumn, toExcel, type ExcelScalar } from "./cells";
import { sliceRows } from "./payload";

/** What the first sync learned about a table in Excel. */
export interface TableLayout {
  /** Zero-based sheet row of the header and column of the first table column. */
  headerRow: number;
  firstColumn: number;
  /** Number of table columns (including ones users added). */
  width: number;
  /** Rows as the command read them; 0 when the body is Excel's single blank row. */
  existingRows: number;
  /**
   * Body position of each row as read, where the read skipped blank rows she left by clearing
   * cells (row i of the write is body row rowAt[i]); absent when every body row was read.
   */
  rowAt?: number[];
  /** The body is Excel's single blank row, which the first new row must fill. */
  blankPlaceholder: boolean;
  /** Column id → position in the table. */
  positions: Map<string, number>;
  /** The workbook counts dates from 1904. */
  date1904?: boolean;
}

interface OpBase {
  values: ExcelScalar[][];
  bytes: number;
  /** Offsets into each row of `values` of written text columns: what is sent there is the text itself. */
  textColumns: number[];
}

export type PlannedOp = (OpBase & { kind: "set"; row: number; col: number }) | (OpBase & { kind: "append" });

/** Groups sorted integers into runs of consecutive values. */
export function runs(sorted: number[]): { start: number; length: number }[] {
  const out: { start: number; length: number }[] = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last && n === last.start + last.length) last.length++;
    else out.push({ start: n, length: 1 });
  }
  return out;
}

export function planTableWrite(write: TableWrite, layout: TableLayout): PlannedOp[] {
  const types = new Map(write.table.columns.map((c) => [c.id, c.type]));
  const date1904 = layout.date1904 ?? false;
  const written = write.columns.filter((id) => layout.positions.has(id) && types.has(id));
  const byPosition = new Map(written.map((id) => [layout.positions.get(id)!, id]));
  const blocks = runs([...byPosition.keys()].sort((a, b) => a - b));
  const ops: PlannedOp[] = [];

  const bodyRow = (i: number) => layout.rowAt?.[i] ?? i;
  const changed = [...new Set(write.changed)].filter((i) => i >= 0 && i < layout.existingRows && i < write.rows.length);
  // Runs of adjacent body rows: rows as read are adjacent unless a blank row lies between them.
  const rowOfBody = new Map(changed.map((i) => [bodyRow(i), i]));
  for (const rowRun of runs([...rowOfBody.keys()].sort((a, b) => a - b))) {
    for (const block of blocks) {
      const values = Array.from({ length: rowRun.length }, (_, r) => {
        const row = write.rows[rowOfBody.get(rowRun.start + r)!];
        return Array.from({ length: block.length }, (_, c) => {
          const id = byPosition.get(block.start + c)!;
          return toExcel(row[id], types.get(id)!, date1904);
        });
      });
      const textColumns = Array.from({ length: block.length }, (_, c) => c).filter((c) => isTextColumn(types.get(byPosition.get(block.start + c)!)!));
      for (const slice of sliceRows(values)) {
        ops.push({
          kind: "set",
          row: layout.headerRow + 1 + rowRun.start + slice.start,
          col: layout.firstColumn + block.start,
          values: slice.rows,
          bytes: slice.bytes,
          textColumns,
        });
      }
    }
  }

  const fresh = write.rows.slice(layout.existingRows).map((row) =>
    Array.from({ length: layout.width }, (_, c) => {
      const id = byPosition.get(c);
      return id === undefined ? "" : toExcel(row[id], types.get(id)!, date1904);
    }),
  );
  const freshText = [...byPosition].filter(([, id]) => isTextColumn(types.get(id)!)).map(([at]) => at).sort((a, b) => a - b);
  if (fresh.length && layout.blankPlaceholder) {
    // Filled in place rather than through rows.add, which in some Excel builds leaves it blank above.
    const first = fresh.shift()!;
    const [slice] = sliceRows([first]);
    ops.push({ kind: "set", row: layout.headerRow + 1, col: layout.firstColumn, values: [first], bytes: slice.bytes, textColumns: freshText });
  }
  for (const slice of sliceRows(fresh)) ops.push({ kind: "append", values: slice.rows, bytes: slice.bytes, textColumns: freshText });
  return ops;
}
