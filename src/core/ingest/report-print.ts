// Re-loading a school's file: what the school said at its last load is kept in «Отчёты» as a
// per-field print (the import's fingerprint mechanism, src/core/import/fingerprint.ts). A value
// the school did not change since then is not written, so the methodologist's correction of
// that cell stays; an unchanged file changes nothing, «Получено» included.
import { printFields, readPrint, sameAsImported } from "../import/fingerprint";
import type { Row } from "../workbook/port";
import { columnOf, REPORTS } from "../workbook/schema";
import { ReportsTable, type ReportRow } from "../workbook/tables/reports";

/** The columns of «Отчёты» the school fills in its file. */
export const SCHOOL_FIELDS = ["status", "actual", "numerator", "denominator", "doneDate", "whatDone", "evidence"] as const;
export type SchoolField = (typeof SCHOOL_FIELDS)[number];

// Names the field list: a print of another version is not read (the cells are compared instead).
const VERSION = "f1:";

/** The print of a school's row, for the «Служебное: отпечаток файла» column. */
export function reportPrint(row: Row): string {
  return printFields(VERSION, SCHOOL_FIELDS, row);
}

export interface ReloadPlan {
  /** The partial row to upsert (keys, changed fields, file, «Получено», print); null: nothing to write. */
  write: Row | null;
  /** Fields the school changed that the methodologist had corrected in the свод: the school's value wins. */
  overridden: SchoolField[];
}

/**
 * What a row of a school's file changes in the свод's row `before` (undefined: a new row).
 * `next` holds the keys, the school fields, sourceFile, sourceRow and receivedAt.
 */
export function planReload(before: Row | undefined, next: Row): ReloadPlan {
  if (!before) return { write: { ...next, ...ReportsTable.write({ filed: reportPrint(next) }) }, overridden: [] };
  const was = ReportsTable.read(before);
  const now = ReportsTable.read(next);
  // Her cells as the add-in would write what they say («75,5» typed as text is 75.5).
  const wasCells = ReportsTable.write(was);
  const print = readPrint(VERSION, SCHOOL_FIELDS, was.filed);
  // Without a print (a row loaded before prints existed, or the print erased), the cells are compared.
  const schoolChanged = (f: SchoolField) => (print ? !sameAsImported(print, f, next[f]) : !sameValue(was[f], now[f]));
  const changed = SCHOOL_FIELDS.filter(schoolChanged);
  if (!changed.length) return { write: null, overridden: [] };
  const fields: Partial<ReportRow> = { directiveKey: now.directiveKey, orgCode: now.orgCode, period: now.period };
  for (const f of changed) Object.assign(fields, { [f]: now[f] });
  const write = ReportsTable.write({ ...fields, sourceFile: now.sourceFile, sourceRow: now.sourceRow, receivedAt: now.receivedAt, filed: reportPrint(next) });
  const corrected = (f: SchoolField) => print !== null && !sameAsImported(print, f, wasCells[f]);
  return { write, overridden: changed.filter((f) => corrected(f) && !sameValue(was[f], now[f])) };
}

/** Two typed values say the same. */
function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** «Фактическое значение» for a school field. */
export function fieldHeader(field: SchoolField): string {
  return columnOf(REPORTS, field).header;
}
