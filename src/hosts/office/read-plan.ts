// Sizes of reads. Excel on the web refuses a RESPONSE over 5 MB as it refuses a request, so
// table values are loaded in row chunks sized to keep each sync's response under ~4 MB.
// Nothing tells the size of a cell before it is read: the first read takes a window of rows
// sized by a small guess per cell (so an ordinary свод comes back whole in that one sync),
// measures it, and sizes the rest by what it measured.
import type { Sized } from "./payload";

/** Response budget per sync: 1 MB under Excel on the web's 5 MB, for rows larger than measured. */
export const READ_BUDGET_BYTES = 4_000_000;
/** First guess for a cell's JSON size: dates, counts and short codes; long texts are measured. */
export const GUESS_BYTES_PER_CELL = 16;
/** Rows per table to measure on when the first, guessed window was refused as too large. */
export const PROBE_ROWS = 32;
/** Assumed when nothing could be measured: a long Cyrillic text in every cell. */
export const UNMEASURED_BYTES_PER_CELL = 2_000;

/** Rows of each table the first read takes, all tables together fitting the guess. */
export function firstWindowRows(widths: number[], budget = READ_BUDGET_BYTES): number {
  const cells = widths.reduce((sum, w) => sum + Math.max(1, w), 0);
  return Math.max(PROBE_ROWS, Math.floor(budget / (GUESS_BYTES_PER_CELL * Math.max(1, cells))));
}

/** Rows [start, start + rows) of the body of table number `table`. */
export interface ReadChunk extends Sized {
  table: number;
  start: number;
  rows: number;
}

export interface TableReadState {
  /** Body rows in the table. */
  rows: number;
  /** Body rows already read (from the top). */
  read: number;
  /** JSON bytes of one row, measured on what was read. */
  bytesPerRow: number;
}

/** The rows still to read, in chunks of at most `budget` bytes by each table's row size. */
export function planReadChunks(tables: TableReadState[], budget = READ_BUDGET_BYTES): ReadChunk[] {
  const chunks: ReadChunk[] = [];
  tables.forEach((t, table) => {
    const perRow = Math.max(1, t.bytesPerRow);
    const perChunk = Math.max(1, Math.floor(budget / perRow));
    for (let start = t.read; start < t.rows; start += perChunk) {
      const rows = Math.min(perChunk, t.rows - start);
      chunks.push({ table, start, rows, bytes: Math.ceil(rows * perRow) });
    }
  });
  return chunks;
}

/**
 * After a sync was refused as too large: each chunk is split in two, each half keeping the
 * whole estimate (the rows were twice as large as measured), so they go in separate syncs.
 * A single row cannot be split; its estimate doubles so it ends up alone in its sync.
 */
export function splitRefused(chunks: ReadChunk[]): ReadChunk[] {
  return chunks.flatMap((c) => {
    if (c.rows === 1) return [{ ...c, bytes: c.bytes * 2 }];
    const first = Math.ceil(c.rows / 2);
    return [
      { ...c, rows: first, bytes: c.bytes },
      { ...c, start: c.start + first, rows: c.rows - first, bytes: c.bytes },
    ];
  });
}

/** Excel's refusal of a request or response over its size limit (Excel on the web). */
export function isPayloadLimitError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}
