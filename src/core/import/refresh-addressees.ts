// Keeps the organisations of each directive («Адресаты (коды)» in `Поручения`) in step with
// `Адресаты` and `Организации` as the methodologist edits them after an import: a phrase
// mapped anew, a school added to a group. Codes she typed into a directive by hand (the cell
// no longer matches what the add-in last wrote, per the fingerprint), directives she typed in
// herself (no fingerprint) and phrases missing from «Адресаты» are left alone.
import { organisationFromRow } from "../organisations";
import type { Row } from "../workbook/port";
import { sameCell } from "../workbook/upsert";
import { mappingsFromRows, normalisePhrase, resolveExecutors } from "./addressees";
import { readFingerprint, sameAsImported, withField } from "./fingerprint";

export interface AddresseeUpdate {
  addressees: string;
  /** The fingerprint with the new addressees. */
  imported: string;
}

/** Row index in `Поручения` → the new addressees (and fingerprint) for rows whose organisations changed. */
export function refreshAddressees(directives: Row[], addresseeRows: Row[], organisationRows: Row[]): Map<number, AddresseeUpdate> {
  const mappings = mappingsFromRows(addresseeRows);
  const orgs = organisationRows.map(organisationFromRow).filter((o) => o.code);
  const updates = new Map<number, AddresseeUpdate>();
  if (!orgs.length) return updates; // nothing to resolve to: keep what the import wrote
  directives.forEach((row, i) => {
    const executors = String(row.executors ?? "")
      .split(";")
      .map((s) => s.trim())
      .filter(Boolean);
    // Only rows the add-in imported (they carry a fingerprint) and whose every phrase is in «Адресаты».
    const print = readFingerprint(row.imported);
    if (!print || !executors.length || executors.some((p) => !mappings.has(normalisePhrase(p)))) return;
    const codes = resolveExecutors(executors, mappings, orgs).codes.join(", ");
    if (sameCell(row.addressees, codes)) return;
    if (!sameAsImported(print, "addressees", row.addressees)) return; // codes she typed herself
    updates.set(i, { addressees: codes, imported: withField(row.imported, "addressees", codes)! });
  });
  return updates;
}
