// Use case «Загрузить отчёты школ»: many returned files at once. Each file is pre-flighted,
// read and checked on its own; a file is taken whole or not at all (its change set is
// computed first). All accepted files are written in ONE port.writeTables call at the end:
// the upsert into «Отчёты» by (directive, organisation, period) and one «Журнал» line per
// file that changed something. The methodologist's columns are never written; refused files
// leave no trace in the workbook. Re-loading a file writes only what the school changed since
// its previous file (a per-field print in «Отчёты», see core/ingest/report-print.ts): an
// unchanged file changes nothing at all, not «Получено», not the «Журнал».

import type { Grid } from "../core/ingest/grid";
import { currentPeriodFromSettings, directivesFromRows, organisationsFromRows } from "../core/ingest/registry";
import { readReport, type Registry, type ReportRow } from "../core/ingest/read-report";
import type { Row, TableData, TableWrite, WorkbookPort } from "../core/workbook/port";
import { ADDRESSEES, DIRECTIVES, JOURNAL, ORGANISATIONS, REPORTS, SETTINGS } from "../core/workbook/schema";
import { refreshAddressees } from "../core/import/refresh-addressees";
import { planUpsert, rowKey } from "../core/workbook/upsert";
import { fieldHeader, planReload, type SchoolField } from "../core/ingest/report-print";
import { formatRu } from "../core/dates";
import { readSpreadsheet } from "../formats/ingest/read-spreadsheet";
import { FileRefusal } from "../formats/ingest/refusal";

export interface IngestFile {
  name: string;
  bytes: Uint8Array;
}

export type IngestOutcome = "accepted" | "partial" | "refused";

export interface FileResult {
  file: string;
  outcome: IngestOutcome;
  rowsAccepted: number;
  rowsRefused: number;
  /** Accepted rows the свод already held as the file says them: nothing written for them. */
  rowsUnchanged?: number;
  /**
   * Russian: the whole-file reason, or one line per refused row with sheet and cell, and one
   * line per accepted row where the school's new value replaced the methodologist's correction.
   */
  reasons: string[];
  /** Reason code of a whole-file refusal by the pre-flight (MANIFEST vocabulary). */
  code?: string;
}

export interface IngestResult {
  files: FileResult[];
  added: number;
  updated: number;
}

export type IngestProgress = (done: number, total: number, file: string) => void;

/** Reads a file into a grid; a FileRefusal becomes a refused result. */
export function readReturnedFile(file: IngestFile): { grid: Grid } | { refusal: FileRefusal } {
  try {
    return { grid: readSpreadsheet(file.bytes, file.name) };
  } catch (err) {
    if (err instanceof FileRefusal) return { refusal: err };
    // An unexpected parser failure is still this file's problem, not the batch's.
    return { refusal: new FileRefusal("corrupt", (err as Error).message) };
  }
}

/** «Поручения» with the organisations «Адресаты» gives now (she may have edited it after the import). */
function currentDirectiveRows(tables: Map<string, TableData | null>): Row[] {
  const rows = tables.get(DIRECTIVES.name)?.rows ?? [];
  const updates = refreshAddressees(rows, tables.get(ADDRESSEES.name)?.rows ?? [], tables.get(ORGANISATIONS.name)?.rows ?? []);
  return rows.map((r, i) => ({ ...r, ...updates.get(i) }));
}

export async function ingestReports(port: WorkbookPort, files: IngestFile[], nowIso: string, onProgress?: IngestProgress): Promise<IngestResult> {
  const tables = await port.readTables([DIRECTIVES, ORGANISATIONS, ADDRESSEES, REPORTS, JOURNAL, SETTINGS]);
  const reports = tables.get(REPORTS.name);
  const journal = tables.get(JOURNAL.name);
  if (!reports || !journal) throw new Error("В своде нет листов «Отчёты» и «Журнал» — создайте свод заново командой «Создать свод».");
  const registry: Registry = {
    directives: directivesFromRows(currentDirectiveRows(tables)),
    organisations: organisationsFromRows(tables.get(ORGANISATIONS.name)?.rows ?? []),
    expectedPeriod: currentPeriodFromSettings(tables.get(SETTINGS.name)?.rows ?? []),
    today: nowIso.slice(0, 10),
  };

  // The state of «Отчёты» as the batch goes: a later file for the same school and period wins.
  const current = new Map<string, Row>();
  for (const r of reports.rows) current.set(rowKey(REPORTS, r), r);
  const incoming: Row[] = [];
  const journalLines: Row[] = [];
  const results: FileResult[] = [];

  for (const [i, file] of files.entries()) {
    onProgress?.(i, files.length, file.name);
    // Let the pane redraw its progress bar between files (a no-op cost in Node).
    if (onProgress) await new Promise((resolve) => setTimeout(resolve, 0));
    const read = readReturnedFile(file);
    if ("refusal" in read) {
      results.push({ file: file.name, outcome: "refused", rowsAccepted: 0, rowsRefused: 0, rowsUnchanged: 0, reasons: [read.refusal.message], code: read.refusal.code });
      continue;
    }
    const reading = readReport(read.grid, file.name, registry);
    if (reading.fileRefusal) {
      results.push({ file: file.name, outcome: "refused", rowsAccepted: 0, rowsRefused: 0, rowsUnchanged: 0, reasons: [reading.fileRefusal] });
      continue;
    }
    const reasons = reading.refused.map((r) => `лист «${r.sheet}», ячейка ${r.cell}: ${r.reason}`);
    const outcome: IngestOutcome = reading.accepted.length === 0 ? "refused" : reading.refused.length ? "partial" : "accepted";
    const result: FileResult = { file: file.name, outcome, rowsAccepted: reading.accepted.length, rowsRefused: reading.refused.length, rowsUnchanged: 0, reasons };
    results.push(result);
    if (outcome === "refused") continue;

    let added = 0;
    let updated = 0;
    const overrides: string[] = [];
    for (const row of reading.accepted) {
      const next = toReportRow(row, file.name, nowIso);
      const key = rowKey(REPORTS, next);
      const before = current.get(key);
      const reload = planReload(before, next);
      if (!reload.write) {
        result.rowsUnchanged = (result.rowsUnchanged ?? 0) + 1;
        continue;
      }
      if (before) updated++;
      else added++;
      for (const f of reload.overridden) overrides.push(overrideNote(row, f, before![f], next[f]));
      current.set(key, { ...before, ...reload.write });
      incoming.push(reload.write);
    }
    reasons.push(...overrides);
    // A file the свод already holds as it is leaves no trace, not even a «Журнал» line.
    if (!added && !updated) continue;
    journalLines.push({
      at: nowIso.slice(0, 16),
      action: "Загрузка отчёта",
      source: file.name,
      added,
      updated,
      refused: reading.refused.length,
      details: `${reading.orgCode}, ${reading.period}: принято строк ${reading.accepted.length}, отклонено ${reading.refused.length}` + (reasons.length ? `. ${reasons.join("; ")}` : ""),
    });
  }
  onProgress?.(files.length, files.length, "");

  const plan = planUpsert(REPORTS, reports.rows, incoming, reports.missingColumns);
  const writes: TableWrite[] = [];
  if (plan.added || plan.write.changed.length) writes.push(plan.write);
  if (journalLines.length) {
    const columns = JOURNAL.columns.map((c) => c.id).filter((id) => !journal.missingColumns.includes(id));
    writes.push({ table: JOURNAL, rows: [...journal.rows, ...journalLines], columns, changed: [] });
  }
  if (writes.length) await port.writeTables(writes);
  return { files: results, added: plan.added, updated: plan.updated };
}

/** Russian: the school changed a value she had corrected, and the school's value was written. */
function overrideNote(row: ReportRow, field: SchoolField, corrected: unknown, school: unknown): string {
  const shown = (v: unknown) => (v === null || v === undefined || v === "" ? "пусто" : field === "doneDate" ? formatRu(String(v)) : String(v));
  return `строка ${row.sourceRow}, поручение ${row.directiveKey}: школа изменила «${fieldHeader(field)}» — записано её новое значение «${shown(school)}» вместо исправленного в своде «${shown(corrected)}»`;
}

function toReportRow(r: ReportRow, fileName: string, nowIso: string): Row {
  return {
    directiveKey: r.directiveKey,
    orgCode: r.orgCode,
    period: r.period,
    status: r.status,
    actual: r.actual,
    numerator: r.numerator,
    denominator: r.denominator,
    doneDate: r.doneDate,
    whatDone: r.whatDone,
    evidence: r.evidence,
    sourceFile: fileName,
    sourceRow: r.sourceRow,
    receivedAt: nowIso.slice(0, 16),
  };
}

/** One line for a person: «ОО-05: принято 4, отклонено 1». */
export function describeResult(r: FileResult): string {
  const head = r.outcome === "refused" ? "не принят" : r.outcome === "partial" ? "принят частично" : "принят";
  const same = r.outcome !== "refused" && (r.rowsUnchanged ?? 0) === r.rowsAccepted ? ", в своде уже всё так — ничего не изменено" : "";
  return `${r.file}: ${head} (строк принято ${r.rowsAccepted}, отклонено ${r.rowsRefused})${same}${r.reasons.length ? " — " + r.reasons.join("; ") : ""}`;
}
