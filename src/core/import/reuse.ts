// The preview's plan, reused when the import is applied. Applying reads the свод again (she may
// have edited it meanwhile); when what the plan depends on reads the same, and she confirmed the
// new executor phrases as suggested, the plan is the one planImport would make again, so it is
// not made again. Anything else (an edited свод, a mapping she corrected, another day) is
// planned anew.
import { formatRu } from "../dates";
import { hash64 } from "../hash";
import type { Row } from "../workbook/port";
import { AddresseesTable } from "../workbook/tables/addressees";
import { DocumentsTable } from "../workbook/tables/documents";
import { normalisePhrase, type AddresseeMapping } from "./addressees";
import type { ExistingTables, ImportPlan } from "./plan";

/** A short print of the tables a plan depends on: the same print, the same plan. */
export function planBasis(existing: Pick<ExistingTables, "documents" | "directives" | "addressees" | "organisations">): string {
  const text = JSON.stringify([existing.documents, existing.directives, existing.addressees, existing.organisations]);
  return `${text.length}:${hash64(text)}`;
}

const sameCodes = (x: string[], y: string[]) => x.length === y.length && x.every((c, i) => c === y[i]);

/**
 * The plan made at `plannedAt` as applying it at `nowIso` with `decisions` would make it again,
 * or null when it would differ: another day (the «Изменение при импорте» dates), or a decision
 * that is not the plan's suggestion as it stands. The plan itself is not changed.
 */
export function reusePlan(plan: ImportPlan, plannedAt: string, nowIso: string, decisions: AddresseeMapping[] | undefined): ImportPlan | null {
  if (formatRu(plannedAt.slice(0, 10)) !== formatRu(nowIso.slice(0, 10))) return null;
  const suggested = new Map(plan.newAddressees.map((m) => [normalisePhrase(m.phrase), m]));
  const decided = new Map<string, AddresseeMapping>();
  for (const d of decisions ?? []) {
    const k = normalisePhrase(d.phrase);
    const s = suggested.get(k);
    // A phrase the plan did not suggest, or a mapping she changed: the directives' codes may differ.
    if (!s || s.group !== d.group || !sameCodes(s.codes, d.codes)) return null;
    if (!decided.has(k)) decided.set(k, d);
  }
  const newAddressees = plan.newAddressees.map((m) => {
    const d = decided.get(normalisePhrase(m.phrase));
    return d ? { ...d, confirmed: true } : m;
  });
  const copy = (r: Row): Row => ({ ...r });
  return {
    ...plan,
    newAddressees,
    addresseeRows: newAddressees.map((m) => AddresseesTable.write({ phrase: m.phrase, organisations: m.codes, group: m.group, confirmed: m.confirmed })),
    documentRow: { ...plan.documentRow, ...DocumentsTable.write({ importedAt: nowIso }) },
    directiveRows: plan.directiveRows.map(copy),
  };
}
