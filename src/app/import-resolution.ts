// «Импорт резолюции»: parse the text, show what will change, then write. The preview only
// reads; applying reads again (the methodologist may have edited the свод meanwhile) and
// writes everything in one batched pass.
import { DEFAULT_PARSE_SETTINGS, type ParsedDocument } from "../core/model";
import { parseDocuments } from "../core/parse/split-documents";
import { describeExisting, type DocumentClash, type IdentityChoice } from "../core/import/document-identity";
import { BUILT_IN_GROUPS, groupMembers, type AddresseeMapping } from "../core/import/addressees";
import { organisationFromRow } from "../core/organisations";
import { importWrites, planImport, type ExistingTables, type ImportPlan } from "../core/import/plan";
import { DirectivesTable, isRemovedRevision } from "../core/workbook/tables/directives";
import { planBasis, reusePlan } from "../core/import/reuse";
import { columnsToAdd, type Row, type WorkbookPort } from "../core/workbook/port";
import { ADDRESSEES, DIRECTIVES, DOCUMENTS, JOURNAL, ORGANISATIONS, SETTINGS, type TableSchema } from "../core/workbook/schema";
import { readSettings } from "../core/settings";

export interface ImportSource {
  text: string;
  sourceName: string;
  /** Import under this document id instead of the computed one. */
  documentId?: string;
  /** New executor phrases' mappings as the methodologist confirmed them in the preview. */
  addressees?: AddresseeMapping[];
  /** How to settle a clash of ids with another document, for every document of the text (CLI `--as-new` / `--as-edition`). */
  identity?: IdentityChoice;
  /** The same, per document of the text (by its place, from 0), as she chose in the preview. */
  identities?: Partial<Record<number, IdentityChoice>>;
}

export interface ImportPreview {
  source: ImportSource;
  document: ParsedDocument;
  plan: ImportPlan;
  /** Problems with `Настройки` values, in Russian. */
  settingsProblems: string[];
  /** What a new executor phrase can be mapped to: organisations and groups of «Организации». */
  addresseeChoices: { organisations: { code: string; name: string }[]; groups: { name: string; codes: string[] }[] };
  /** Place of this document in the text (from 0) when the text holds several. */
  part?: number;
  /** A print of the свод the plan was made on (core/import/reuse.ts), and when: applying reuses the plan while both hold. */
  basis?: { print: string; plannedAt: string };
}

/** Every document of one text, each previewed under its own id. */
export interface BatchPreview {
  source: ImportSource;
  previews: ImportPreview[];
}

export interface ImportResult {
  documentId: string;
  added: number;
  updated: number;
  removed: number;
  /** Nothing was written because the document is already in the свод as it is. */
  unchanged: boolean;
  /** The свод or her decisions changed after the preview, so the import was planned again. */
  replanned: boolean;
}

/** What she corrected in the preview for one directive: its control date, whether it is on control. */
export interface ItemCorrection {
  /** ISO date. */
  controlDate?: string;
  /** Taken for new directives only: on an existing row «На контроле» is hers to change in the sheet. */
  onControl?: boolean;
}

/** Corrections by directive key (`<document id>/<n>`). */
export type ItemCorrections = Partial<Record<string, ItemCorrection>>;

/**
 * Her corrections written over the planned rows. The fingerprint stays the document's, so a later
 * re-import of the same text sees no change and leaves the corrected cells alone.
 */
function applyCorrections(rows: Row[], corrections: ItemCorrections | undefined): void {
  if (!corrections) return;
  for (const row of rows) {
    // Only what the plan writes: a column it leaves out (unchanged since the last import) stays out.
    const planned = DirectivesTable.readPresent(row);
    const c = corrections[planned.key ?? ""];
    if (!c || isRemovedRevision(planned.revision ?? "")) continue;
    if (c.controlDate) {
      Object.assign(row, DirectivesTable.write({ controlDate: c.controlDate }));
      if (planned.deadlineKind === "none") Object.assign(row, DirectivesTable.write({ deadlineKind: "date" }));
    }
    // A new directive's row carries its document; an existing one's does not (unchanged), nor a removed one's.
    if (c.onControl !== undefined && planned.documentId !== undefined) Object.assign(row, DirectivesTable.write({ onControl: c.onControl }));
  }
}

// «Журнал» is not read: the import's line is appended (and the append makes it when missing).
const TABLES: TableSchema[] = [DOCUMENTS, DIRECTIVES, ADDRESSEES, ORGANISATIONS, SETTINGS];

export class ImportError extends Error {}

/** «В своде уже есть другой документ с кодом …»: what clashes, in Russian. */
export function clashSentence(clash: DocumentClash, title: string): string {
  return `В своде уже есть другой документ с этим кодом: ${describeExisting(clash)}. Документ «${title || "без названия"}» отличается от него (другие название и поручения), поэтому он не записан, чтобы не изменить чужие поручения, отчёты и примечания.`;
}

/** A document would share its id with another one of the свод, and she has not said which it is. */
export class DocumentClashError extends ImportError {
  constructor(readonly clashes: { clash: DocumentClash; title: string }[]) {
    super(
      clashes
        .map(({ clash, title }) => `${clashSentence(clash, title)} Выберите: записать его отдельным документом с кодом ${clash.distinctId} или считать новой редакцией документа ${clash.id}.`)
        .join("\n"),
    );
  }
}

async function readExisting(port: WorkbookPort): Promise<{ existing: ExistingTables; settingsRows: ExistingTables["documents"]; missing: TableSchema[]; lacking: TableSchema[] }> {
  const t = await port.readTables(TABLES);
  const rows = (s: TableSchema) => t.get(s.name)?.rows ?? [];
  return {
    existing: {
      documents: rows(DOCUMENTS),
      directives: rows(DIRECTIVES),
      addressees: rows(ADDRESSEES),
      organisations: rows(ORGANISATIONS),
    },
    settingsRows: rows(SETTINGS),
    missing: TABLES.filter((s) => !t.get(s.name)),
    // Tables of a свод made by an older version, without columns the import writes.
    lacking: TABLES.filter((s) => columnsToAdd(s, t.get(s.name)?.missingColumns ?? []).length > 0),
  };
}

function parse(source: ImportSource, settingsRows: ExistingTables["documents"]) {
  const { settings, problems } = settingsRows.length ? readSettings(settingsRows) : { settings: DEFAULT_PARSE_SETTINGS, problems: [] };
  const documents = parseDocuments(source.text, settings).filter((d) => d.directives.length);
  if (!documents.length) {
    throw new ImportError(
      "В тексте не найдено ни одного поручения. Проверьте, что вставлен текст решения целиком, вместе с частью «РЕШИЛИ:» и пронумерованными пунктами.",
    );
  }
  return { documents, problems };
}

function choiceFor(source: ImportSource, part: number): IdentityChoice | undefined {
  return source.identities?.[part] ?? source.identity;
}

function addresseeChoices(existing: ExistingTables): ImportPreview["addresseeChoices"] {
  const orgs = existing.organisations.map(organisationFromRow).filter((o) => o.code);
  const groups = [...new Set([...Object.keys(BUILT_IN_GROUPS), ...orgs.flatMap((o) => o.groups)])].map((name) => ({
    name,
    codes: groupMembers(name, orgs),
  }));
  return { organisations: orgs.map((o) => ({ code: o.code, name: o.shortName || o.fullName || o.code })), groups };
}

/**
 * Previews every document of the text. Each is planned as if the ones before it were already
 * written, so two documents of one file that would share an id are caught here, not half-way
 * through writing.
 */
export async function previewImports(port: WorkbookPort, source: ImportSource, nowIso: string): Promise<BatchPreview> {
  const { existing, settingsRows } = await readExisting(port);
  const { documents, problems } = parse(source, settingsRows);
  const choices = addresseeChoices(existing);
  const seen: ExistingTables = { ...existing, documents: [...existing.documents], directives: [...existing.directives] };
  const previews = documents.map((document, part) => {
    const basis = { print: planBasis(seen), plannedAt: nowIso };
    const plan = planImport(document, seen, source.sourceName, nowIso, {
      documentId: documents.length === 1 ? source.documentId : undefined,
      identity: choiceFor(source, part),
      addressees: source.addressees,
    });
    seen.documents.push(plan.documentRow);
    // Rows of its new and changed directives (removed ones are written without their document).
    seen.directives.push(...plan.directiveRows.filter((r) => DirectivesTable.readPresent(r).documentId !== undefined));
    return { source, document, plan, settingsProblems: problems, addresseeChoices: choices, part, basis } satisfies ImportPreview;
  });
  return { source, previews };
}

/** Preview of a text holding one document; a text holding several is refused (see previewImports), never cut short. */
export async function previewImport(port: WorkbookPort, source: ImportSource, nowIso: string): Promise<ImportPreview> {
  const { previews } = await previewImports(port, source, nowIso);
  if (previews.length > 1) {
    throw new ImportError(
      `В тексте ${previews.length} документа: ${previews.map((p) => `«${p.plan.title}»`).join(", ")}. Импортируйте их вместе (в панели — кнопкой «Показать») или каждый отдельно.`,
    );
  }
  return previews[0];
}

/**
 * Writes a previewed import. `decisions` are the mappings of new executor phrases as the
 * methodologist confirmed or corrected them in the preview; they go to «Адресаты» as confirmed.
 * `corrections` are the control dates and on-control flags she corrected there, by directive key.
 * A document whose id clashes with another document of the свод is refused until she chooses.
 */
export async function applyImport(
  port: WorkbookPort,
  preview: ImportPreview,
  nowIso: string,
  decisions?: AddresseeMapping[],
  corrections?: ItemCorrections,
): Promise<ImportResult> {
  if (preview.plan.clash) throw new DocumentClashError([{ clash: preview.plan.clash, title: preview.plan.title }]);
  const first = await readExisting(port);
  let existing = first.existing;
  if (first.missing.length || first.lacking.length) {
    await port.ensureTables([...first.missing, ...first.lacking]);
    ({ existing } = await readExisting(port));
  }
  const part = preview.part ?? 0;
  const addressees = decisions ?? preview.source.addressees;
  // The preview's plan while the свод reads as it did then (and her decisions are its suggestions); else planned once more.
  const reused = reusable(preview, decisions) && preview.basis?.print === planBasis(existing) ? reusePlan(preview.plan, preview.basis.plannedAt, nowIso, addressees) : null;
  const plan =
    reused ??
    planImport(preview.document, existing, preview.source.sourceName, nowIso, {
      documentId: preview.source.documentId ?? (preview.plan.recognisedAs ? preview.plan.documentId : undefined),
      identity: choiceFor(preview.source, part),
      addressees,
    });
  if (plan.clash) throw new DocumentClashError([{ clash: plan.clash, title: plan.title }]);
  if (plan.documentId !== preview.plan.documentId) {
    throw new ImportError(`Свод изменился после предпросмотра (документ ${preview.plan.documentId}): нажмите «Показать» ещё раз.`);
  }
  applyCorrections(plan.directiveRows, corrections);
  const planned = importWrites(plan, existing, nowIso, preview.source.sourceName);
  // The «Журнал» line goes in as an append in the same pass.
  await port.writeTables(planned.writes, [{ table: JOURNAL, rows: [planned.journal] }]);
  return { documentId: plan.documentId, added: planned.added, updated: planned.updated, removed: plan.counts.removed, unchanged: planned.writes.length === 0, replanned: !reused };
}

/**
 * Whether decisions given at apply time leave the preview's plan as it is: given none, or the
 * preview decided none itself (decisions given then replace the preview's, which would re-plan).
 */
function reusable(preview: ImportPreview, decisions: AddresseeMapping[] | undefined): boolean {
  return decisions === undefined || !preview.source.addressees?.length;
}

/** Writes every document of a batch preview, in order; nothing at all while any of them clashes. */
export async function applyImports(
  port: WorkbookPort,
  batch: BatchPreview,
  nowIso: string,
  decisions?: AddresseeMapping[],
  corrections?: ItemCorrections,
): Promise<ImportResult[]> {
  const clashes = batch.previews.flatMap((p) => (p.plan.clash ? [{ clash: p.plan.clash, title: p.plan.title }] : []));
  if (clashes.length) throw new DocumentClashError(clashes);
  const results: ImportResult[] = [];
  for (const preview of batch.previews) results.push(await applyImport(port, preview, nowIso, decisions, corrections));
  return results;
}

/** Preview and apply in one go (CLI, demo), for a text holding one document. */
export async function importResolution(port: WorkbookPort, source: ImportSource, nowIso: string): Promise<ImportResult & { preview: ImportPreview }> {
  const preview = await previewImport(port, source, nowIso);
  return { ...(await applyImport(port, preview, nowIso)), preview };
}

/** Preview and apply every document of a text (CLI); refuses before writing anything if one of them clashes. */
export async function importDocuments(port: WorkbookPort, source: ImportSource, nowIso: string): Promise<(ImportResult & { preview: ImportPreview })[]> {
  const batch = await previewImports(port, source, nowIso);
  const results = await applyImports(port, batch, nowIso);
  return results.map((r, i) => ({ ...r, preview: batch.previews[i] }));
}
