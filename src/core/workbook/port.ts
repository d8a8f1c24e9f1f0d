// The workbook port: what the use cases need from a workbook, whichever host holds it.
// Two implementations: src/hosts/office (the live workbook through Office.js) and
// src/hosts/file (an .xlsx through exceljs, for the standalone page and the CLI).
//
// Every method is one batched pass: an Office.js host makes a bounded number of
// context.sync() round trips per call, whatever the number of rows.

import type { ColumnSchema, TableSchema } from "./schema";

/** A cell value as the core sees it: dates are ISO strings, empty cells are null. */
export type CellValue = string | number | boolean | null;

/** One table row keyed by column id. Columns absent from the object are not written. */
export type Row = Record<string, CellValue>;

export interface TableData {
  /** Body rows in sheet order, keyed by column id (only schema columns found by header). */
  rows: Row[];
  /** Schema column ids whose header was not found in the table (a user renamed or deleted it). */
  missingColumns: string[];
}

/**
 * A write to one table: `rows` is the desired body in order, existing rows first (same
 * indexes as read), then new rows. Only the columns in `columns` are written; other
 * columns keep what is in them (new rows get them blank). `changed` lists the indexes
 * of existing rows whose written columns changed; rows past the current body are appended.
 */
export interface TableWrite {
  table: TableSchema;
  rows: Row[];
  columns: string[];
  changed: number[];
}

/**
 * Rows added below a table's body without reading it first (append-only tables: «Журнал»).
 * Every schema column found by header is written; other columns of the new rows are blank.
 */
export interface TableAppend {
  table: TableSchema;
  rows: Row[];
}

/**
 * The schema columns ensureTables adds at the end of an existing table that lacks them: the
 * add-in's own columns (owner `system` or `insert`) of a свод made by an older version. Never a
 * key column (a missing key header means she renamed it, and the shape check stops the command),
 * never a `user` column; none at all while a key column is missing.
 */
export function columnsToAdd(table: TableSchema, missingColumns: string[]): ColumnSchema[] {
  if (table.key.some((id) => missingColumns.includes(id))) return [];
  return table.columns.filter((c) => c.owner !== "user" && missingColumns.includes(c.id));
}

/** A block of a free-form sheet (the quarterly summary). */
export interface SheetBlock {
  title: string;
  headers: string[];
  /** Column types, parallel to headers, for number formats. */
  types: ("text" | "number" | "percent" | "date" | "integer")[];
  rows: (string | number | null)[][];
  /** A line under the table saying how a figure is counted. */
  note?: string;
  /** Optional chart over this block: column 0 as categories, the listed columns as series. */
  chart?: { kind: "bar" | "column"; title: string; series: number[] };
}

export interface SheetContent {
  name: string;
  title: string;
  subtitle?: string;
  blocks: SheetBlock[];
}

export interface WorkbookPort {
  /**
   * Creates every missing table (sheet, headers, formats, widths, frozen header), and adds at the
   * end of an existing table the columns it lacks (columnsToAdd: a свод made by an older
   * version), formatted as in a new table. Returns the names of the tables created.
   */
  ensureTables(tables: TableSchema[]): Promise<string[]>;
  /** Reads tables in one pass; a table that does not exist maps to null. */
  readTables(tables: TableSchema[]): Promise<Map<string, TableData | null>>;
  /**
   * Applies writes to several tables in one pass (chunked under the host's request limit);
   * `appends` are added in the same pass, all or nothing with the writes (a missing table is made).
   */
  writeTables(writes: TableWrite[], appends?: TableAppend[]): Promise<void>;
  /** Adds rows below a table's body without reading the body (a missing table is made); no rows, no round trip. */
  appendRows(table: TableSchema, rows: Row[]): Promise<void>;
  /** Replaces (or creates) a free-form sheet. */
  writeSheet(content: SheetContent): Promise<void>;
}
