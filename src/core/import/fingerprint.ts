// A fingerprint of what a document said about a directive at its last import: one short hash
// per field. On re-import, a field whose hash is unchanged was not changed by the document, so
// whatever is in the cell now (perhaps the methodologist's correction) is left alone.
import type { CellValue, Row } from "../workbook/port";

/** Directive columns that come from the document (and from «Адресаты» for addressees). */
export const IMPORTED_FIELDS = [
  "documentId",
  "n",
  "text",
  "executors",
  "addressees",
  "person",
  "deadlineRaw",
  "deadlineKind",
  "controlDate",
  "indicator",
  "targetValue",
  "unit",
  "warnings",
] as const;

/** FNV-1a, 32 bits, base 36: short, stable, and enough to tell a changed value. */
function hash(value: CellValue | undefined): string {
  const text = value === null || value === undefined ? "" : String(value).trim();
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

// The version names the field list: a print of another version is not read (the cells are compared instead).
const VERSION = "v1:";

export function fingerprint(row: Row): string {
  return printFields(VERSION, IMPORTED_FIELDS, row);
}

/** Field → hash; null when the cell holds no fingerprint of this version (or was erased or edited). */
export function readFingerprint(cell: CellValue | undefined): Map<string, string> | null {
  return readPrint(VERSION, IMPORTED_FIELDS, cell);
}

/** The same kind of print over any fields (e.g. a school's report row): `version` names the field list. */
export function printFields(version: string, fields: readonly string[], row: Row): string {
  return version + fields.map((f) => hash(row[f])).join(".");
}

/** Field → hash of a print made by printFields with the same version and fields; null otherwise. */
export function readPrint(version: string, fields: readonly string[], cell: CellValue | undefined): Map<string, string> | null {
  const text = String(cell ?? "").trim();
  if (!text.startsWith(version)) return null;
  const hashes = text.slice(version.length).split(".");
  if (hashes.length !== fields.length || hashes.some((h) => !/^[0-9a-z]+$/.test(h))) return null;
  return new Map(fields.map((f, i) => [f, hashes[i]]));
}

/** Whether the document still says what it said when `print` was taken. */
export function sameAsImported(print: Map<string, string>, field: string, value: CellValue | undefined): boolean {
  return print.get(field) === hash(value);
}

/** The print with one field's hash replaced: the add-in itself rewrote that field (e.g. addressees after «Адресаты» changed). */
export function withField(cell: CellValue | undefined, field: (typeof IMPORTED_FIELDS)[number], value: CellValue | undefined): string | null {
  const print = readFingerprint(cell);
  if (!print) return null;
  print.set(field, hash(value));
  return VERSION + IMPORTED_FIELDS.map((f) => print.get(f)).join(".");
}
