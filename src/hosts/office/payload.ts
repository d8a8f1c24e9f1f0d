// Request sizes. Excel on the web refuses a request over 5 MB; the host keeps each sync under
// ~4 MB by measuring the JSON of what it queues and splitting the work into chunks.

export const SYNC_BUDGET_BYTES = 3_800_000;
/**
 * Allowance for a queued write's own wire fields beyond its values' JSON: Office.js sends a range
 * write as object paths (GetRange with the address) and actions (SetProperty "Values"), and the
 * writer reads the range back (a Query action) in the same request. Measured with Microsoft's
 * runtime (node_modules/@microsoft/office-js, excel-web-16.00.js): 282–289 bytes for the write,
 * about 380–430 with the read-back, more with six-digit ids; test/hosts/office/payload-real.test.ts
 * replays plans through that runtime and checks this estimate is never below what it sends.
 */
export const OP_OVERHEAD_BYTES = 520;
/** What every request carries besides its operations (the table and sheet paths): within the budget's margin under 5 MB. */
export const REQUEST_BASE_BYTES = 1_000;

/** UTF-8 size of the JSON for a value (Cyrillic counts two bytes a character). */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return bytes;
}

export interface Sized {
  bytes: number;
}

/** Groups items in order into chunks of at most `budget` bytes (an oversize item gets its own). */
export function packChunks<T extends Sized>(items: T[], budget = SYNC_BUDGET_BYTES): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    if (current.length && used + item.bytes > budget) {
      chunks.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += item.bytes;
  }
  if (current.length) chunks.push(current);
  return chunks;
}

/** Splits a block of rows into slices whose JSON fits the budget. */
export function sliceRows<R>(rows: R[], budget = SYNC_BUDGET_BYTES - OP_OVERHEAD_BYTES): { start: number; rows: R[]; bytes: number }[] {
  const slices: { start: number; rows: R[]; bytes: number }[] = [];
  let start = 0;
  let used = 2;
  for (let i = 0; i < rows.length; i++) {
    const b = jsonBytes(rows[i]) + 1;
    if (i > start && used + b > budget) {
      slices.push({ start, rows: rows.slice(start, i), bytes: used + OP_OVERHEAD_BYTES });
      start = i;
      used = 2;
    }
    used += b;
  }
  if (rows.length > start) slices.push({ start, rows: rows.slice(start), bytes: used + OP_OVERHEAD_BYTES });
  return slices;
}
