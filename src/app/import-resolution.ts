// «Импорт резолюции»: parse the text, show what will change, then write. The preview only
// reads; applying reads again (the methodologist may have edited the свод meanwhile) and
// writes everything in one batched pass.
import { DEFAULT_PARSE_SETTINGS, type ParsedDocument } from "../core/model";
import { parseResolution } from "../core/parse";
import { BUILT_IN_GROUPS, groupMembers, type AddresseeMapping } from "../core/import/addressees";
import { organisationFromRow } from "../core/organisations";
import { importWrites, planImport, type ExistingTables, type ImportPlan } from "../core/import/plan";
import type { WorkbookPort } from "../core/workbook/port";
import { ADDRESSEES, DIRECTIVES, DOCUMENTS, JOURNAL, ORGANISATIONS, SETTINGS, type TableSchema } from "../core/workbook/schema";
import { readSettings } from "./settings";

export interface ImportSource {
  text: string;
  sourceName: string;
  /** Import under this document id instead of the computed one. */
  documentId?: string;
  /** New executor phrases' mappings as the methodologist confirmed them in the preview. */
  addressees?: AddresseeMapping[];
}

export interface ImportPreview {
  source: ImportSource;
  document: ParsedDocument;
  plan: ImportPlan;
  /** Problems with `Настройки` values, in Russian. */
  settingsProblems: string[];
  /** What a new executor phrase can be mapped to: organisations and groups of «Организации». */
  addresseeChoices: { organisations: { code: string; name: string }[]; groups: { name: string; codes: string[] }[] };
}

export interface ImportResult {
  documentId: string;
  added: number;
  updated: number;
  removed: number;
  /** Nothing was written because the document is already in the свод as it is. */
  unchanged: boolean;
}

const TABLES: TableSchema[] = [DOCUMENTS, DIRECTIVES, ADDRESSEES, ORGANISATIONS, JOURNAL, SETTINGS];

export class ImportError extends Error {}

async function readExisting(port: WorkbookPort): Promise<{ existing: ExistingTables; settingsRows: ExistingTables["documents"]; missing: TableSchema[] }> {
  const t = await port.readTables(TABLES);
  const rows = (s: TableSchema) => t.get(s.name)?.rows ?? [];
  return {
    existing: {
      documents: rows(DOCUMENTS),
      directives: rows(DIRECTIVES),
      addressees: rows(ADDRESSEES),
      organisations: rows(ORGANISATIONS),
      journal: rows(JOURNAL),
    },
    settingsRows: rows(SETTINGS),
    missing: TABLES.filter((s) => !t.get(s.name)),
  };
}

function parse(source: ImportSource, settingsRows: ExistingTables["documents"]) {
  const { settings, problems } = settingsRows.length ? readSettings(settingsRows) : { settings: DEFAULT_PARSE_SETTINGS, problems: [] };
  const document = parseResolution(source.text, settings);
  if (!document.directives.length) {
    throw new ImportError(
      "В тексте не найдено ни одного поручения. Проверьте, что вставлен текст решения целиком, вместе с частью «РЕШИЛИ:» и пронумерованными пунктами.",
    );
  }
  return { document, problems };
}

export async function previewImport(port: WorkbookPort, source: ImportSource, nowIso: string): Promise<ImportPreview> {
  const { existing, settingsRows } = await readExisting(port);
  const { document, problems } = parse(source, settingsRows);
  const orgs = existing.organisations.map(organisationFromRow).filter((o) => o.code);
  const groups = [...new Set([...Object.keys(BUILT_IN_GROUPS), ...orgs.flatMap((o) => o.groups)])].map((name) => ({
    name,
    codes: groupMembers(name, orgs),
  }));
  return {
    source,
    document,
    plan: planImport(document, existing, source.sourceName, nowIso, source),
    settingsProblems: problems,
    addresseeChoices: { organisations: orgs.map((o) => ({ code: o.code, name: o.shortName || o.fullName || o.code })), groups },
  };
}

/**
 * Writes a previewed import. `decisions` are the mappings of new executor phrases as the
 * methodologist confirmed or corrected them in the preview; they go to «Адресаты» as confirmed.
 */
export async function applyImport(port: WorkbookPort, preview: ImportPreview, nowIso: string, decisions?: AddresseeMapping[]): Promise<ImportResult> {
  const first = await readExisting(port);
  let existing = first.existing;
  if (first.missing.length) {
    await port.ensureTables(first.missing);
    ({ existing } = await readExisting(port));
  }
  const plan = planImport(preview.document, existing, preview.source.sourceName, nowIso, {
    documentId: preview.plan.documentId,
    addressees: decisions ?? preview.source.addressees,
  });
  const { writes, added, updated } = importWrites(plan, existing, nowIso, preview.source.sourceName);
  await port.writeTables(writes);
  return { documentId: plan.documentId, added, updated, removed: plan.counts.removed, unchanged: writes.length === 1 };
}

/** Preview and apply in one go (CLI, demo). */
export async function importResolution(port: WorkbookPort, source: ImportSource, nowIso: string): Promise<ImportResult & { preview: ImportPreview }> {
  const preview = await previewImport(port, source, nowIso);
  return { ...(await applyImport(port, preview, nowIso)), preview };
}
