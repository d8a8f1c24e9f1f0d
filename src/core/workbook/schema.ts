// The consolidation workbook («свод») as users see it: one sheet per table, one
// Excel table (ListObject) of the same name on it. Column ids are for code;
// headers are what users see and what hosts match on (users may reorder or add columns).

/** How a column's values are stored and shown. Dates are ISO strings in the core. */
export type ColumnType =
  | "text" // short text, stored as text (never a formula)
  | "longtext" // wrapped text
  | "date" // ISO date ↔ Excel serial, shown ДД.ММ.ГГГГ
  | "datetime" // ISO date-time ↔ Excel serial, shown ДД.ММ.ГГГГ ЧЧ:ММ
  | "number"
  | "integer";

/**
 * Who writes a column:
 * - `system`: the add-in writes it on every import or check;
 * - `insert`: the add-in fills it when the row is created, then it belongs to the user
 *   (e.g. «На контроле»: a methodologist's «нет» must survive re-imports);
 * - `user`: only the methodologist writes it (notes, corrections).
 */
export type ColumnOwner = "system" | "insert" | "user";

export interface ColumnSchema {
  id: string;
  header: string;
  type: ColumnType;
  /** Width in characters. */
  width: number;
  owner: ColumnOwner;
}

/** A rule that colours rows of a table by the value of one column. */
export interface Highlight {
  column: string;
  equals: string;
  fill: string;
  font?: string;
}

export interface TableSchema {
  /** Table name (also the sheet name). */
  name: string;
  /** Column ids that together identify a row; empty for append-only tables. */
  key: string[];
  columns: ColumnSchema[];
  highlights?: Highlight[];
}

// The tables themselves are defined, typed, in ./tables/ (one file per table, read and written
// through the definition); here each is the plain TableSchema the hosts lay out and match.
import { AddresseesTable } from "./tables/addressees";
import { ControlTable } from "./tables/control";
import { DirectivesTable } from "./tables/directives";
import { DocumentsTable } from "./tables/documents";
import { JournalTable } from "./tables/journal";
import { OrganisationsTable } from "./tables/organisations";
import { ReportsTable } from "./tables/reports";
import { SettingsTable } from "./tables/settings-table";

export const ADDRESSEES: TableSchema = AddresseesTable;
export const CONTROL: TableSchema = ControlTable;
export const DIRECTIVES: TableSchema = DirectivesTable;
export const DOCUMENTS: TableSchema = DocumentsTable;
export const JOURNAL: TableSchema = JournalTable;
export const ORGANISATIONS: TableSchema = OrganisationsTable;
export const REPORTS: TableSchema = ReportsTable;
export const SETTINGS: TableSchema = SettingsTable;

/** Every table of the свод, in sheet order. */
export const WORKBOOK_TABLES: TableSchema[] = [
  DOCUMENTS,
  DIRECTIVES,
  ORGANISATIONS,
  ADDRESSEES,
  REPORTS,
  CONTROL,
  JOURNAL,
  SETTINGS,
];

export function columnOf(table: TableSchema, id: string): ColumnSchema {
  const c = table.columns.find((x) => x.id === id);
  if (!c) throw new Error(`No column ${id} in ${table.name}`);
  return c;
}
