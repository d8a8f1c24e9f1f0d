// An in-memory WorkbookPort for use-case tests: tables as arrays of rows, with the same
// contract as the real hosts (columns outside `write.columns` keep their values; new rows
// get them blank). It counts calls so tests can pin that a use case batches its I/O.
import type { Row, SheetContent, TableData, TableWrite, WorkbookPort } from "../../src/core/workbook/port";
import type { TableSchema } from "../../src/core/workbook/schema";

export class MemoryPort implements WorkbookPort {
  readonly tables = new Map<string, Row[]>();
  readonly sheets = new Map<string, SheetContent>();
  calls = { ensure: 0, read: 0, write: 0, sheet: 0 };

  async ensureTables(tables: TableSchema[]): Promise<string[]> {
    this.calls.ensure++;
    const created: string[] = [];
    for (const t of tables) {
      if (!this.tables.has(t.name)) {
        this.tables.set(t.name, []);
        created.push(t.name);
      }
    }
    return created;
  }

  async readTables(tables: TableSchema[]): Promise<Map<string, TableData | null>> {
    this.calls.read++;
    const out = new Map<string, TableData | null>();
    for (const t of tables) {
      const rows = this.tables.get(t.name);
      out.set(t.name, rows ? { rows: rows.map((r) => ({ ...r })), missingColumns: [] } : null);
    }
    return out;
  }

  async writeTables(writes: TableWrite[]): Promise<void> {
    this.calls.write++;
    for (const w of writes) {
      const body = this.tables.get(w.table.name);
      if (!body) throw new Error(`Таблица «${w.table.name}» не найдена.`);
      const existing = body.length;
      for (const i of w.changed) for (const c of w.columns) body[i][c] = w.rows[i][c] ?? null;
      for (let i = existing; i < w.rows.length; i++) {
        const fresh: Row = {};
        for (const c of w.table.columns) fresh[c.id] = w.columns.includes(c.id) ? (w.rows[i][c.id] ?? null) : null;
        body.push(fresh);
      }
    }
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
