// OfficeWorkbookPort.writeTables: a command's writes to several tables, all or nothing.
//  1. One sync learns each table's header, body size, hidden rows, header row switch and the
//     workbook's date system; the shape is checked before the first cell is written.
//  2. Filters are cleared (values written by address over filtered-out rows have been reported
//     to land in the wrong rows, office-js#224) and the user is told.
//  3. The cells that will be overwritten are read (the snapshot).
//  4. Writes go in ~4 MB syncs (split and retried if Excel refuses one as too large); each sync
//     also reads back the text columns it wrote: a key or text Excel stored differently is
//     rewritten once in the other form (cells.ts), and if it still differs the command stops.
//  5. On any failure the appended rows are deleted, the snapshot written back, and the «Журнал»
//     rows of the command are written with what went wrong.
import type { TableAppend, TableWrite } from "../../core/workbook/port";
import { JOURNAL } from "../../core/workbook/schema";
import { assertShape, mapColumns } from "../../core/workbook/shape";
import { alternateForm, textForExcel, type ExcelScalar } from "./cells";
import { a1, isBlankRow } from "./layout";
import { jsonBytes, OP_OVERHEAD_BYTES, SYNC_BUDGET_BYTES } from "./payload";
import { READ_BUDGET_BYTES } from "./read-plan";
import { isRequestTooLarge, isTooLarge, syncInChunks } from "./sync-chunks";
import { planTableWrite, type PlannedOp, type TableLayout } from "./table-writes";
import { failureNote, StoredValueMismatch, WriteLeftPartial, WriteRolledBack } from "./write-errors";

interface TableState {
  write: TableWrite;
  table: Excel.Table;
  sheet: Excel.Worksheet;
  headers: unknown[];
  layout: TableLayout;
  /** Body rows before the command (Excel's blank placeholder row counted). */
  bodyRows: number;
  /** Sheet row the next appended row lands in. */
  appendAt: number;
  /** Some body rows were hidden; afterClear tells whether clearing the filters showed them. */
  hidden: boolean;
  afterClear?: Excel.Range;
}

interface Queued {
  op: PlannedOp;
  state: TableState;
  bytes: number;
}

/** A rectangle of cells to snapshot and restore. */
interface Region {
  state: TableState;
  row: number;
  col: number;
  rows: number;
  cols: number;
  bytes: number;
  values?: unknown[][];
  formats?: unknown[][];
}

interface Mismatch {
  state: TableState;
  row: number;
  col: number;
  expected: ExcelScalar;
  got: unknown;
  tried: boolean;
}

export interface WriteHooks {
  /** Tells the user something the command did on the way (a filter cleared). */
  notify(text: string): void;
  /** Whether the workbook counts dates from 1904, queued into a sync; read after it. */
  probeDateSystem(context: Excel.RequestContext): () => boolean;
  /** Turns a failed first sync into a Russian explanation when it can. */
  explainProbeFailure(context: Excel.RequestContext, e: unknown, writes: TableWrite[]): Promise<unknown>;
  /** The Russian error for a table whose header row is switched off. */
  headerRowOff(name: string): Error;
  /** Where the rows the command read sit in the table's body, if the last read skipped blank rows. */
  rowsAsRead?(name: string): { bodyRows: number; rowAt: number[] } | undefined;
}

/** The table changed between the command's read and its write: addresses by row would be wrong. */
function changedMeanwhile(name: string): Error {
  return new Error(`Таблица «${name}» изменилась, пока команда работала (добавлены или удалены строки). В своде ничего не записано: повторите действие.`);
}

export async function writeTablesIn(context: Excel.RequestContext, writes: TableWrite[], hooks: WriteHooks, appends: TableAppend[] = []): Promise<void> {
  // An append is a write of new rows only: placed after the body the probe counts, never read.
  const appendOnly = new Set<TableWrite>();
  const work = [
    ...writes,
    ...appends.map((a) => {
      const write: TableWrite = { table: a.table, rows: a.rows, columns: a.table.columns.map((c) => c.id), changed: [] };
      appendOnly.add(write);
      return write;
    }),
  ];
  const states = await probe(context, work, hooks, appendOnly);

  // Filters off before anything is written; told to the user whatever happens next.
  for (const s of states.filter((x) => x.hidden)) {
    s.table.clearFilters();
    s.afterClear = s.table.getDataBodyRange().load("rowHidden");
  }

  const queued: Queued[] = states.flatMap((state) => planTableWrite(state.write, state.layout).map((op) => ({ op, state, bytes: op.bytes })));
  try {
    const snapshot = await takeSnapshot(context, queued);
    try {
      await writeChecked(context, queued);
    } catch (e) {
      throw await rollBack(context, states, snapshot, e);
    }
  } finally {
    tellClearedFilters(states, hooks);
  }
}

async function probe(context: Excel.RequestContext, work: TableWrite[], hooks: WriteHooks, appendOnly: Set<TableWrite>): Promise<TableState[]> {
  const probes = work.map((w) => {
    const table = context.workbook.tables.getItem(w.table.name).load("showHeaders");
    return {
      table,
      // A navigation property (an object path), not a value: nothing to load.
      sheet: table.worksheet,
      header: table.getHeaderRowRange().load("values,rowIndex,columnIndex"),
      body: table.getDataBodyRange().load("rowCount,rowHidden"),
      firstRow: table.getDataBodyRange().getRow(0).load("values"),
    };
  });
  const date1904 = hooks.probeDateSystem(context);
  try {
    await context.sync();
  } catch (e) {
    throw await hooks.explainProbeFailure(context, e, work);
  }
  probes.forEach((p, i) => {
    if (!p.table.showHeaders) throw hooks.headerRowOff(work[i].table.name);
  });

  // Checked for every table before the first cell is written: never rows without keys.
  const maps = work.map((w, i) => mapColumns(w.table, probes[i].header.values[0]));
  assertShape(work.map((w, i) => [w.table, { kind: "table", columns: maps[i], rows: [] }]));
  const system1904 = date1904();

  return work.map((asked, i) => {
    const p = probes[i];
    const headers = p.header.values[0];
    const blankPlaceholder = p.body.rowCount === 1 && isBlankRow(p.firstRow.values[0]);
    // Rows she cleared in the middle of the table were not read as rows: row i of the write is
    // the i-th row the read returned. An append places rows after the body and needs none of it.
    const asRead = appendOnly.has(asked) ? undefined : hooks.rowsAsRead?.(asked.table.name);
    const skipped = asRead && !blankPlaceholder && asRead.rowAt.length !== asRead.bodyRows ? asRead : undefined;
    if (skipped && skipped.bodyRows !== p.body.rowCount) throw changedMeanwhile(asked.table.name);
    const existingRows = skipped ? skipped.rowAt.length : blankPlaceholder ? 0 : p.body.rowCount;
    // Existing rows stand in as empty rows, unchanged: only the appended ones are planned.
    const write = appendOnly.has(asked) ? { ...asked, rows: [...Array.from({ length: existingRows }, () => ({})), ...asked.rows] } : asked;
    const layout: TableLayout = {
      headerRow: p.header.rowIndex,
      firstColumn: p.header.columnIndex,
      width: headers.length,
      existingRows,
      ...(skipped ? { rowAt: skipped.rowAt } : {}),
      blankPlaceholder,
      positions: maps[i].positions,
      date1904: system1904,
    };
    return {
      write,
      table: p.table,
      sheet: p.sheet,
      headers,
      layout,
      bodyRows: p.body.rowCount,
      appendAt: p.header.rowIndex + 1 + p.body.rowCount,
      hidden: p.body.rowHidden !== false,
    };
  });
}

/** Reads the cells the planned range writes will overwrite (values and number formats). */
async function takeSnapshot(context: Excel.RequestContext, queued: Queued[]): Promise<Region[]> {
  const regions: Region[] = queued.flatMap(({ op, state }) =>
    op.kind === "set" ? [{ state, row: op.row, col: op.col, rows: op.values.length, cols: op.values[0].length, bytes: op.bytes + 16 * op.values.length * op.values[0].length }] : [],
  );
  const done: Region[] = [];
  await syncInChunks(context, regions, READ_BUDGET_BYTES, {
    queue: (chunk) => {
      const loads = chunk.map((r) => r.state.sheet.getRange(a1(r.row, r.col, r.rows, r.cols)).load("values,numberFormat"));
      return () => chunk.forEach((r, i) => done.push({ ...r, values: loads[i].values, formats: loads[i].numberFormat }));
    },
    split: (r) => splitRegion(r),
    retry: isTooLarge,
  });
  return done;
}

function splitRegion(r: Region): [Region, Region] | null {
  if (r.rows < 2) return null;
  const top = Math.ceil(r.rows / 2);
  return [
    { ...r, rows: top, bytes: r.bytes },
    { ...r, row: r.row + top, rows: r.rows - top, bytes: r.bytes },
  ];
}

/** The writes, each sync reading back its text columns; differing cells get one retry in the other form. */
async function writeChecked(context: Excel.RequestContext, queued: Queued[]): Promise<void> {
  await syncInChunks(context, queued, SYNC_BUDGET_BYTES, {
    queue: (chunk) => {
      const next = new Map<TableState, number>();
      const checks = chunk.map(({ op, state }) => {
        const [row, col] = op.kind === "set" ? [op.row, op.col] : [next.get(state) ?? state.appendAt, state.layout.firstColumn];
        if (op.kind === "append") next.set(state, row + op.values.length);
        return { op, state, range: queueWrite(op, state, row, col), row, col };
      });
      return async () => {
        for (const [state, at] of next) state.appendAt = at;
        const wrong: Mismatch[] = [];
        for (const { op, state, range, row, col } of checks) {
          if (!op.textColumns.length) continue;
          op.values.forEach((line, r) =>
            op.textColumns.forEach((c) => {
              const got = range.values[r]?.[c];
              if (!sameText(line[c], got)) wrong.push({ state, row: row + r, col: col + c, expected: line[c], got, tried: false });
            }),
          );
        }
        if (wrong.length) await repair(context, wrong);
      };
    },
    split: (q) => splitOp(q),
    retry: isRequestTooLarge,
  });
}

/**
 * Queues one planned write and, when it has text columns, the read-back of the cells it writes
 * (same request). `row`, `col`: where its first cell lands (for rows.add, below the body).
 * Exported for the test that measures the request Office.js builds from it.
 */
export function queueWrite(op: PlannedOp, target: { sheet: Excel.Worksheet; table: Excel.Table }, row: number, col: number): Excel.Range {
  const address = a1(row, col, op.values.length, op.values[0].length);
  let range: Excel.Range;
  if (op.kind === "set") {
    range = target.sheet.getRange(address);
    range.values = op.values;
  } else {
    target.table.rows.add(undefined, op.values);
    range = target.sheet.getRange(address);
  }
  if (op.textColumns.length) range.load("values");
  return range;
}

function sameText(expected: ExcelScalar, got: unknown): boolean {
  if (expected === "" || expected === null) return got === "" || got === null || got === undefined;
  return got === expected;
}

function splitOp(q: Queued): [Queued, Queued] | null {
  const { op } = q;
  if (op.values.length < 2) return null;
  const top = Math.ceil(op.values.length / 2);
  const part = (values: ExcelScalar[][], row: number): Queued => {
    const bytes = jsonBytes(values) + OP_OVERHEAD_BYTES;
    return { ...q, bytes, op: op.kind === "set" ? { ...op, row, values, bytes } : { ...op, values, bytes } };
  };
  const row = op.kind === "set" ? op.row : 0;
  return [part(op.values.slice(0, top), row), part(op.values.slice(top), row + top)];
}

/** Rewrites each differing text cell in the other form (quoted ↔ plain) and checks it again. */
async function repair(context: Excel.RequestContext, wrong: Mismatch[]): Promise<void> {
  const fixable = wrong.filter((m) => typeof m.expected === "string");
  const still: Mismatch[] = wrong.filter((m) => typeof m.expected !== "string");
  const items = fixable.map((m) => ({ m, bytes: OP_OVERHEAD_BYTES + jsonBytes(m.expected) + 2 }));
  await syncInChunks(context, items, SYNC_BUDGET_BYTES, {
    queue: (chunk) => {
      const ranges = chunk.map(({ m }) => {
        const range = m.state.sheet.getRange(a1(m.row, m.col));
        range.values = [[alternateForm(m.expected as string)]];
        return range.load("values");
      });
      return () =>
        chunk.forEach(({ m }, i) => {
          const got = ranges[i].values[0][0];
          if (!sameText(m.expected, got)) still.push({ ...m, got, tried: true });
        });
    },
    split: () => null,
    retry: isRequestTooLarge,
  });
  if (still.length) throw mismatchError(still);
}

function mismatchError(wrong: Mismatch[]): StoredValueMismatch {
  const first = wrong[0];
  const s = first.state;
  const header = String(s.headers[first.col - s.layout.firstColumn] ?? "");
  const shown = (v: unknown) => (v === "" || v === null || v === undefined ? "пусто" : `«${String(v)}»`);
  const more = wrong.length > 1 ? ` Всего расхождений: ${wrong.length}.` : "";
  return new StoredValueMismatch(
    `Excel сохранил в таблице «${s.write.table.name}» не то, что записала «Сводка»: строка ${first.row + 1}, столбец «${header}» — записано ${shown(first.expected)}, в ячейке ${shown(first.got)}.${more} ` +
      "Продолжать с такими ключами и текстами нельзя. Проверьте формат столбца (для текста — «Текстовый») и повторите действие.",
  );
}

/** Puts the свод back as the snapshot had it, then writes the command's «Журнал» rows with the failure. */
async function rollBack(context: Excel.RequestContext, states: TableState[], snapshot: Region[], error: unknown): Promise<Error> {
  try {
    const bodies = states.map((s) => s.table.getDataBodyRange().load("rowCount"));
    await context.sync();
    states.forEach((s, i) => {
      const extra = bodies[i].rowCount - s.bodyRows;
      if (extra > 0) s.table.getDataBodyRange().getRow(s.bodyRows).getResizedRange(extra - 1, 0).delete("Up");
    });
    await syncInChunks(context, snapshot, SYNC_BUDGET_BYTES, {
      queue: (chunk) => {
        for (const r of chunk) r.state.sheet.getRange(a1(r.row, r.col, r.rows, r.cols)).values = restorable(r);
        return () => undefined;
      },
      split: () => null,
      retry: isRequestTooLarge,
    });
    await context.sync();
  } catch (restoreError) {
    return new WriteLeftPartial(error, restoreError);
  }
  await journalFailure(context, states, error).catch(() => undefined);
  return new WriteRolledBack(error);
}

/** Old values to write back: a text in a cell not formatted as text is quoted as when it was written. */
function restorable(r: Region): ExcelScalar[][] {
  return (r.values ?? []).map((line, i) =>
    line.map((v, j) => {
      if (typeof v === "string" && v !== "" && r.formats?.[i]?.[j] !== "@") return textForExcel(v);
      return v as ExcelScalar;
    }),
  );
}

async function journalFailure(context: Excel.RequestContext, states: TableState[], error: unknown): Promise<void> {
  const journal = states.find((s) => s.write.table.name === JOURNAL.name);
  if (!journal) return;
  const existing = journal.layout.existingRows;
  const note = `Не выполнено: ${failureNote(error)} Свод оставлен как был.`;
  const failed = journal.write.rows.slice(existing).map((row) => ({ ...row, added: 0, updated: 0, refused: 0, details: note }));
  if (!failed.length) return;
  const write: TableWrite = { ...journal.write, rows: [...journal.write.rows.slice(0, existing), ...failed], changed: [] };
  for (const op of planTableWrite(write, journal.layout)) {
    if (op.kind === "set") journal.sheet.getRange(a1(op.row, op.col, op.values.length, op.values[0].length)).values = op.values;
    else journal.table.rows.add(undefined, op.values);
  }
  await context.sync();
}

function tellClearedFilters(states: TableState[], hooks: WriteHooks): void {
  for (const s of states) {
    if (!s.afterClear) continue;
    let shown: boolean;
    try {
      shown = s.afterClear.rowHidden === false;
    } catch {
      continue; // the sync that would have told failed; the failure is reported instead
    }
    if (shown) {
      hooks.notify(
        `В таблице «${s.write.table.name}» был включён фильтр: «Сводка» сняла его перед записью, чтобы значения не попали в скрытые строки. Если фильтр нужен, включите его снова.`,
      );
    }
  }
}
