// An in-memory WorkbookPort for use-case tests: tables as arrays of rows, with the same
// contract as the real hosts (test/support/port-contract.ts runs on all three): columns
// outside `write.columns` keep their values, new rows get them blank, a header she renamed
// is a missing column (a key header by its place, as shape.ts says), a row with no value is no
// row (as a row she cleared by hand in Excel), and an empty text is an empty cell (null), as
// both hosts read it. It counts calls so tests can pin that a use case batches its I/O.
import { columnsToAdd, type CellValue, type Row, type SheetContent, type TableAppend, type TableData, type TableWrite, type WorkbookPort } from "../../src/core/workbook/port";
import type { TableSchema } from "../../src/core/workbook/schema";
import { assertShape, mapColumns } from "../../src/core/workbook/shape";

/** Whether a stored row holds any value (an empty one is not read, like a blank row in Excel). */
const hasValue = (row: Row): boolean => Object.values(row).some((v) => v !== null && v !== undefined && v !== "");
/** An empty text is an empty cell, as in both hosts. */
const cell = (v: CellValue | undefined): CellValue => (v === undefined || v === "" ? null : v);

export class MemoryPort implements WorkbookPort {
  readonly tables = new Map<string, Row[]>();
  readonly sheets = new Map<string, SheetContent>();
  /**
   * Header row of the tables made by ensureTables, as she sees it (renameHeader retypes one).
   * Tables put straight into `tables` by a test have none: all their columns are found.
   */
  readonly headers = new Map<string, string[]>();
  calls = { ensure: 0, read: 0, write: 0, sheet: 0 };

  async ensureTables(tables: TableSchema[]): Promise<string[]> {
    this.calls.ensure++;
    const created: string[] = [];
    for (const t of tables) {
      if (!this.tables.has(t.name)) {
        this.createTable(t);
        created.push(t.name);
        continue;
      }
      // A свод made by an older version gets the columns it lacks, at the end, blank.
      const headers = this.headers.get(t.name);
      if (!headers) continue;
      const add = columnsToAdd(t, mapColumns(t, headers).missing);
      headers.push(...add.map((c) => c.header));
      for (const row of this.tables.get(t.name)!) for (const c of add) row[c.id] = null;
    }
    return created;
  }

  private createTable(t: TableSchema): void {
    this.tables.set(t.name, []);
    this.headers.set(t.name, t.columns.map((c) => c.header));
  }

  async readTables(tables: TableSchema[]): Promise<Map<string, TableData | null>> {
    this.calls.read++;
    const out = new Map<string, TableData | null>();
    for (const t of tables) {
      const rows = this.tables.get(t.name);
      if (!rows) {
        out.set(t.name, null);
        continue;
      }
      const missing = this.missingColumns(t);
      const copies = rows.filter(hasValue).map((r) => {
        const copy = { ...r };
        for (const id of missing) delete copy[id];
        return copy;
      });
      out.set(t.name, { rows: copies, missingColumns: missing });
    }
    return out;
  }

  /** Schema columns whose header is not in the table; a damaged key header stops the read, as in the hosts. */
  private missingColumns(t: TableSchema): string[] {
    const headers = this.headers.get(t.name);
    if (!headers) return [];
    const columns = mapColumns(t, headers);
    assertShape([[t, { kind: "table", columns, rows: (this.tables.get(t.name) ?? []).filter(hasValue) }]]);
    return columns.missing;
  }

  /** One call, one write counted, like a host's one pass; appends go after the rows there, unread. */
  async writeTables(writes: TableWrite[], appends: TableAppend[] = []): Promise<void> {
    this.calls.write++;
    const adds = appends.filter((a) => a.rows.length > 0);
    // A table rows are appended to is made when missing, as the hosts do.
    for (const a of adds) if (!this.tables.has(a.table.name)) this.createTable(a.table);
    const all = [
      ...writes,
      ...adds.map((a): TableWrite => {
        const there = (this.tables.get(a.table.name) ?? []).filter(hasValue).length;
        return { table: a.table, rows: [...Array.from({ length: there }, () => ({})), ...a.rows], columns: a.table.columns.map((c) => c.id), changed: [] };
      }),
    ];
    for (const w of all) {
      const body = this.tables.get(w.table.name);
      if (!body) throw new Error(`Таблица «${w.table.name}» не найдена.`);
      const missing = this.missingColumns(w.table);
      const columns = w.columns.filter((c) => !missing.includes(c));
      // Indexes are those of the rows as read: rows with values, in order.
      const read = body.filter(hasValue);
      for (const i of w.changed) if (i < read.length && w.rows[i]) for (const c of columns) read[i][c] = cell(w.rows[i][c]);
      for (let i = read.length; i < w.rows.length; i++) {
        const fresh: Row = {};
        for (const c of w.table.columns) fresh[c.id] = columns.includes(c.id) ? cell(w.rows[i][c.id]) : null;
        body.push(fresh);
      }
    }
  }

  /** Counted as a write; no rows, no call. */
  async appendRows(table: TableSchema, rows: Row[]): Promise<void> {
    if (rows.length) await this.writeTables([], [{ table, rows }]);
  }

  /** She retypes a header in Excel: the column is no longer found by it. */
  renameHeader(table: string, from: string, to: string): void {
    const headers = this.headers.get(table);
    if (!headers?.includes(from)) throw new Error(`no header ${from} in ${table}`);
    headers[headers.indexOf(from)] = to;
  }

  async writeSheet(content: SheetContent): Promise<void> {
    this.calls.sheet++;
    this.sheets.set(content.name, content);
  }

  rows(name: string): Row[] {
    const rows = this.tables.get(name);
    if (!rows) throw new Error(`no table ${name}`);
    return rows;
  }
}
