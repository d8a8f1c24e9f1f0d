// Re-loading a school's file: what the school said at its last load is kept in «Отчёты» as a
// per-field print (the import's fingerprint mechanism, src/core/import/fingerprint.ts). A value
// the school did not change since then is not written, so the methodologist's correction of
// that cell stays; an unchanged file changes nothing, «Получено» included.
import { printFields, readPrint, sameAsImported } from "../import/fingerprint";
import type { Row } from "../workbook/port";
import { columnOf, REPORTS } from "../workbook/schema";
import { sameCell } from "../workbook/upsert";

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
  if (!before) return { write: { ...next, filed: reportPrint(next) }, overridden: [] };
  const print = readPrint(VERSION, SCHOOL_FIELDS, before.filed);
  // Without a print (a row loaded before prints existed, or the print erased), the cells are compared.
  const schoolChanged = (f: SchoolField) => (print ? !sameAsImported(print, f, next[f]) : !sameCell(before[f], next[f]));
  const changed = SCHOOL_FIELDS.filter(schoolChanged);
  if (!changed.length) return { write: null, overridden: [] };
  const write: Row = { directiveKey: next.directiveKey, orgCode: next.orgCode, period: next.period };
  for (const f of changed) write[f] = next[f];
  write.sourceFile = next.sourceFile;
  write.sourceRow = next.sourceRow;
  write.receivedAt = next.receivedAt;
  write.filed = reportPrint(next);
  const corrected = (f: SchoolField) => print !== null && !sameAsImported(print, f, before[f]);
  return { write, overridden: changed.filter((f) => corrected(f) && !sameCell(before[f], next[f])) };
}

/** «Фактическое значение» for a school field. */
export function fieldHeader(field: SchoolField): string {
  return columnOf(REPORTS, field).header;
}
