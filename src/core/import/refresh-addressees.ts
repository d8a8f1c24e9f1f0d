// Keeps the organisations of each directive («Адресаты (коды)» in `Поручения`) in step with
// `Адресаты` and `Организации` as the methodologist edits them after an import: a phrase
// mapped anew, a school added to a group. Codes she typed into a directive by hand (the cell
// no longer matches what the add-in last wrote, per the fingerprint), directives she typed in
// herself (no fingerprint) and phrases missing from «Адресаты» are left alone.
import { organisationFromRow } from "../organisations";
import type { Row } from "../workbook/port";
import { DirectivesTable } from "../workbook/tables/directives";
import { mappingsFromRows, normalisePhrase, resolveExecutors } from "./addressees";
import { readFingerprint, sameAsImported, withField } from "./fingerprint";

/** Cells of «Поручения» as DirectivesTable writes them. */
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
    const { executors, imported, addressees } = DirectivesTable.read(row);
    // Only rows the add-in imported (they carry a fingerprint) and whose every phrase is in «Адресаты».
    const print = readFingerprint(imported);
    if (!print || !executors.length || executors.some((p) => !mappings.has(normalisePhrase(p)))) return;
    const codes = DirectivesTable.write({ addressees: resolveExecutors(executors, mappings, orgs).codes }).addressees;
    const now = DirectivesTable.write({ addressees }).addressees;
    if (now === codes) return;
    if (!sameAsImported(print, "addressees", now)) return; // codes she typed herself
    updates.set(i, { addressees: String(codes), imported: withField(imported, "addressees", codes)! });
  });
  return updates;
}

/** «Поручения» rows with the organisations «Адресаты» gives now (the updates of refreshAddressees merged in). */
export function withAddresseeUpdates(directives: Row[], updates: Map<number, AddresseeUpdate>): Row[] {
  // An update holds cells as DirectivesTable writes them.
  return directives.map((row, i) => ({ ...row, ...updates.get(i) }));
}
