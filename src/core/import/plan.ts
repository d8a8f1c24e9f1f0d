// Plans the import of a parsed resolution into the свод: what is added, changed and
// removed (for an amended document), which executor phrases are new, and the table writes.
// Pure: the use case reads the tables, calls this, shows the preview and writes.

import { formatRu } from "../dates";
import type { ParsedDocument } from "../model";
import { organisationFromRow } from "../organisations";
import type { Row, TableWrite } from "../workbook/port";
import { ADDRESSEES, DIRECTIVES, DOCUMENTS } from "../workbook/schema";
import { AddresseesTable } from "../workbook/tables/addressees";
import { DirectivesTable, isRemovedRevision, type DirectiveRow } from "../workbook/tables/directives";
import { DocumentsTable } from "../workbook/tables/documents";
import { planUpsert } from "../workbook/upsert";
import { mappingsFromRows, normalisePhrase, resolveExecutors, type AddresseeMapping } from "./addressees";
import { directiveKeys, directiveRow, documentRow } from "./directive-rows";
import { contentPrint, resolveIdentity, type DocumentClash, type IdentityChoice } from "./document-identity";
import { fingerprint, IMPORTED_FIELDS, readFingerprint, sameAsImported } from "./fingerprint";

export type ItemChange = "added" | "changed" | "unchanged" | "removed";

export interface PreviewItem {
  key: string;
  n: string;
  text: string;
  executors: string[];
  deadlineRaw: string | null;
  controlDate: string | null;
  target: string | null;
  controlled: boolean;
  warnings: string[];
  change: ItemChange;
  /** Russian names of the fields that changed, for «changed» items. */
  changedFields: string[];
}

export interface ExistingTables {
  documents: Row[];
  directives: Row[];
  addressees: Row[];
  organisations: Row[];
}

export interface ImportPlan {
  documentId: string;
  /** The document was imported before: this is a re-import or an amended edition. */
  isUpdate: boolean;
  /**
   * Another document of the свод has the id this one would get, and she has not said whether
   * this is a separate document or a new edition of that one: nothing may be written. The plan
   * is then the one for a separate document (under `clash.distinctId`).
   */
  clash: DocumentClash | null;
  /** The свод's document this one was recognised as by its content, under an id it would not get today. */
  recognisedAs: string | null;
  title: string;
  items: PreviewItem[];
  counts: Record<ItemChange, number>;
  /** Executor phrases seen for the first time, with the suggested mapping. */
  newAddressees: AddresseeMapping[];
  /** Phrases that resolve to no organisation (the methodologist should map them). */
  unresolved: string[];
  documentRow: Row;
  directiveRows: Row[];
  addresseeRows: Row[];
}

/** Fields compared to tell an amended directive, with their Russian names. */
const COMPARED: [keyof DirectiveRow, string][] = [
  ["text", "текст"],
  ["executors", "исполнители"],
  ["person", "ответственный"],
  ["deadlineRaw", "срок"],
  ["controlDate", "контрольная дата"],
  ["targetValue", "целевое значение"],
];

export interface PlanOptions {
  /** Import under this document id instead of the computed one. */
  documentId?: string;
  /** How to settle a clash with another document that has the same id. */
  identity?: IdentityChoice;
  /** Mappings of new executor phrases the methodologist confirmed or corrected in the preview. */
  addressees?: AddresseeMapping[];
}

export function planImport(
  doc: ParsedDocument,
  existing: ExistingTables,
  sourceFile: string,
  nowIso: string,
  options: PlanOptions = {},
): ImportPlan {
  const identity = resolveIdentity(doc, existing, { documentId: options.documentId, choice: options.identity });
  const id = identity.id;
  const isUpdate = existing.documents.some((r) => DocumentsTable.read(r).id.toLowerCase() === id.toLowerCase());
  const orgs = existing.organisations.map(organisationFromRow).filter((o) => o.code);
  const mappings = mappingsFromRows(existing.addressees);

  // What she decided in the preview counts as confirmed; phrases already in «Адресаты» keep their row.
  const decided = new Set<string>();
  for (const m of options.addressees ?? []) {
    const k = normalisePhrase(m.phrase);
    if (mappings.has(k)) continue;
    mappings.set(k, { ...m, confirmed: true });
    decided.add(k);
  }

  const keys = directiveKeys(id, doc.directives);
  const before = new Map(
    existing.directives
      .map((r) => DirectivesTable.read(r))
      .filter((r) => r.documentId === id)
      .map((r) => [r.key, r]),
  );
  const newAddressees = new Map<string, AddresseeMapping>();
  const unresolved = new Set<string>();
  const date = formatRu(nowIso.slice(0, 10));
  const items: PreviewItem[] = [];
  const directiveRows: Row[] = [];

  doc.directives.forEach((d, i) => {
    const resolution = resolveExecutors(d.executors, mappings, orgs);
    for (const phrase of d.executors) {
      const k = normalisePhrase(phrase);
      if (decided.has(k) && !newAddressees.has(k)) newAddressees.set(k, mappings.get(k)!);
    }
    for (const m of resolution.suggested) {
      const k = normalisePhrase(m.phrase);
      if (!newAddressees.has(k)) newAddressees.set(k, m);
      mappings.set(k, m);
    }
    resolution.unresolved.forEach((p) => unresolved.add(p));
    const row = directiveRow(d, keys[i], id, resolution.codes);
    row.imported = fingerprint(row);
    const old = before.get(keys[i]);
    // Compare with what the document said last time (the fingerprint), not with the cells,
    // which may hold the methodologist's corrections; rows without one are compared with the cells.
    const print = old ? readFingerprint(old.imported) : null;
    const now = DirectivesTable.read(row);
    const saidBefore = (f: keyof DirectiveRow) => (print ? sameAsImported(print, f, row[f]) : sameValue(old?.[f], now[f]));
    const changedFields = old ? COMPARED.filter(([f]) => !saidBefore(f)).map(([, ru]) => ru) : [];
    if (print) for (const f of IMPORTED_FIELDS) if (sameAsImported(print, f, row[f])) delete row[f];
    const wasRemoved = old && isRemovedRevision(old.revision);
    const change: ItemChange = !old ? "added" : changedFields.length || wasRemoved ? "changed" : "unchanged";
    if (isUpdate && change === "added") Object.assign(row, DirectivesTable.write({ revision: `добавлено ${date}` }));
    if (change === "changed") Object.assign(row, DirectivesTable.write({ revision: `изменено ${date}` }));
    if (wasRemoved && change === "changed" && !changedFields.length) changedFields.push("возвращено в документ");
    directiveRows.push(row);
    items.push({
      key: keys[i],
      n: d.n,
      text: d.text,
      executors: d.executors,
      deadlineRaw: d.deadline.raw,
      controlDate: d.deadline.due,
      target: d.target ? d.target.raw : null,
      controlled: d.controlled,
      warnings: d.warnings,
      change,
      changedFields,
    });
  });

  // Items of the earlier edition that the new one lacks are marked, never deleted.
  const present = new Set(keys);
  for (const [key, old] of before) {
    if (present.has(key) || isRemovedRevision(old.revision)) continue;
    directiveRows.push(DirectivesTable.write({ key, revision: `исключено ${date}`, status: "исключено из решения" }));
    items.push({
      key,
      n: old.n,
      text: old.text,
      executors: old.executors,
      deadlineRaw: old.deadlineRaw || null,
      controlDate: old.controlDate,
      target: null,
      controlled: old.onControl,
      warnings: [],
      change: "removed",
      changedFields: [],
    });
  }

  const counts: Record<ItemChange, number> = { added: 0, changed: 0, unchanged: 0, removed: 0 };
  items.forEach((it) => counts[it.change]++);
  const order: Record<ItemChange, number> = { added: 0, changed: 1, removed: 2, unchanged: 3 };
  if (isUpdate) items.sort((a, b) => order[a.change] - order[b.change]);

  return {
    documentId: id,
    isUpdate,
    clash: identity.clash,
    recognisedAs: identity.recognisedAs,
    title: doc.title,
    items,
    counts,
    newAddressees: [...newAddressees.values()],
    unresolved: [...unresolved],
    documentRow: documentRow(doc, id, sourceFile, nowIso, contentPrint(doc)),
    directiveRows,
    addresseeRows: [...newAddressees.values()].map((m) =>
      AddresseesTable.write({ phrase: m.phrase, organisations: m.codes, group: m.group, confirmed: m.confirmed }),
    ),
  };
}

export interface ImportWrites {
  writes: TableWrite[];
  /** The «Журнал» line, appended in the same pass (the journal is never read to add to it). */
  journal: Row;
  added: number;
  updated: number;
}

/** Table writes that apply a plan; nothing when the document is already in the свод as is. */
export function importWrites(plan: ImportPlan, existing: ExistingTables, nowIso: string, sourceFile: string): ImportWrites {
  // Never update, nor add beside, a document she has not told apart from the one in the свод.
  if (plan.clash) throw new Error(`Unsettled document id clash: ${plan.clash.id}`);
  const docs = planUpsert(DOCUMENTS, existing.documents, [plan.documentRow]);
  // importedAt changes on every import; only the other columns say whether anything changed.
  const docChanged = docs.added > 0 || (docs.updated > 0 && docChangedBesidesTime(existing.documents, plan.documentRow));
  const directives = planUpsert(DIRECTIVES, existing.directives, plan.directiveRows);
  const addressees = planUpsert(ADDRESSEES, existing.addressees, plan.addresseeRows);
  const writes: TableWrite[] = [];
  if (directives.added || directives.updated) writes.push(directives.write);
  if (addressees.added) writes.push(addressees.write);
  if (docChanged || writes.length) writes.push(docs.write);
  const { added, changed, removed } = plan.counts;
  const nothing = !writes.length;
  const journal: Row = {
    at: nowIso,
    action: plan.isUpdate ? "Повторный импорт документа" : "Импорт документа",
    source: sourceFile,
    added: directives.added,
    updated: directives.updated,
    refused: 0,
    details: nothing
      ? `${plan.documentId}: документ уже в своде, изменений нет`
      : `${plan.documentId}: добавлено ${added}, изменено ${changed}, исключено ${removed}; новых адресатов ${addressees.added}`,
  };
  return { writes, journal, added: directives.added, updated: directives.updated };
}

function docChangedBesidesTime(rows: Row[], row: Row): boolean {
  const now = DocumentsTable.read(row);
  const found = rows.find((r) => DocumentsTable.read(r).id === now.id);
  if (!found) return true;
  const old = DocumentsTable.read(found);
  // a column the свод does not have (an older свод without the print) is not a change
  const fields = Object.keys(row).filter((k) => k !== "importedAt" && k in found) as (keyof typeof now)[];
  return fields.some((k) => !sameValue(old[k], now[k]));
}

/** Typed values read from two rows are the same (lists item by item). */
function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
