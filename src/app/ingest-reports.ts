// Use case «Загрузить отчёты школ»: many returned files at once. Each file is pre-flighted,
// read and checked on its own; a file is taken whole or not at all (its change set is
// computed first). All accepted files are written in ONE port.writeTables call at the end:
// the upsert into «Отчёты» by (directive, organisation, period) and one «Журнал» line per
// file that changed something. Several files of one school for one period are applied from
// the earliest to the latest (see inApplyOrder), each saying so. The methodologist's columns are never written; refused files
// leave no trace in the workbook. Re-loading a file writes only what the school changed since
// its previous file (a per-field print in «Отчёты», see core/ingest/report-print.ts): an
// unchanged file changes nothing at all, not «Получено», not the «Журнал».

import type { Grid } from "../core/ingest/grid";
import { directivesFromRows, organisationsFromRows } from "../core/ingest/registry";
import { readSettings } from "../core/settings";
import { readReport, type Registry, type ReportReading, type ReportRow } from "../core/ingest/read-report";
import { parsePeriod, periodLabel } from "../core/periods";
import type { Row, TableData, TableWrite, WorkbookPort } from "../core/workbook/port";
import { ADDRESSEES, DIRECTIVES, JOURNAL, ORGANISATIONS, REPORTS, SETTINGS } from "../core/workbook/schema";
import { addMissingColumns } from "./ensure-columns";
import { refreshAddressees, withAddresseeUpdates } from "../core/import/refresh-addressees";
import { planUpsert, rowKey } from "../core/workbook/upsert";
import { fieldHeader, planReload, type SchoolField } from "../core/ingest/report-print";
import { ReportsTable, reportStateOf } from "../core/workbook/tables/reports";
import { formatRu, localIso } from "../core/dates";
import { readSpreadsheet } from "../formats/ingest/read-spreadsheet";
import { FileRefusal } from "../formats/ingest/refusal";

export interface IngestFile {
  name: string;
  bytes: Uint8Array;
}

export type IngestOutcome = "accepted" | "partial" | "refused";

export interface FileResult {
  file: string;
  /** «принят» when every row the school filled was taken; blank form rows do not count. */
  outcome: IngestOutcome;
  rowsAccepted: number;
  rowsRefused: number;
  /** Accepted rows the свод already held as the file says them: nothing written for them. */
  rowsUnchanged?: number;
  /** Rows of the form the school left blank: neither taken nor refused, counted apart. */
  rowsBlank?: number;
  /** Russian: the whole-file reason, or one line per refused row naming its sheet, cell and column. */
  reasons: string[];
  /**
   * Russian, one line each: what was taken with a remark (rows combined, a date after the
   * period, her correction replaced by the school's new value, another file of the same school
   * in the batch) and columns of the file that were not read.
   */
  notes?: string[];
  /** Reason code of a whole-file refusal by the pre-flight (MANIFEST vocabulary). */
  code?: string;
  /** The organisation the file was matched to: «МБОУ «СОШ № 5» (ОО-05)», its short name from «Организации». */
  school?: string;
}

export interface IngestResult {
  files: FileResult[];
  added: number;
  updated: number;
  /** True when some table of the свод was written. */
  changed: boolean;
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
  return withAddresseeUpdates(rows, updates);
}

/** A file read and checked, waiting to be applied: only the reading is kept, never the grid. */
interface Taken {
  index: number;
  file: IngestFile;
  reading: ReportReading;
  savedAt: string | null;
  result: FileResult;
}

export async function ingestReports(port: WorkbookPort, files: IngestFile[], nowIso: string, onProgress?: IngestProgress): Promise<IngestResult> {
  const tables = await port.readTables([DIRECTIVES, ORGANISATIONS, ADDRESSEES, REPORTS, SETTINGS]);
  await addMissingColumns(port, [REPORTS], tables);
  const reports = tables.get(REPORTS.name);
  if (!reports) throw new Error("В своде нет листа «Отчёты» — создайте свод заново командой «Создать свод».");
  const registry: Registry = {
    directives: directivesFromRows(currentDirectiveRows(tables)),
    organisations: organisationsFromRows(tables.get(ORGANISATIONS.name)?.rows ?? []),
    expectedPeriod: readSettings(tables.get(SETTINGS.name)?.rows ?? []).settings.currentPeriod,
    today: nowIso.slice(0, 10),
  };

  const results: FileResult[] = [];
  const taken: Taken[] = [];
  for (const [i, file] of files.entries()) {
    onProgress?.(i, files.length, file.name);
    // Let the pane redraw its progress bar between files (a no-op cost in Node).
    if (onProgress) await new Promise((resolve) => setTimeout(resolve, 0));
    const read = readReturnedFile(file);
    if ("refusal" in read) {
      results.push(refusedResult(file.name, read.refusal.message, read.refusal.code));
      continue;
    }
    const reading = readReport(read.grid, file.name, registry);
    const school = schoolOf(registry, reading.orgCode);
    if (reading.fileRefusal) {
      results.push({ ...refusedResult(file.name, reading.fileRefusal), ...(school ? { school } : {}) });
      continue;
    }
    const outcome: IngestOutcome = reading.accepted.length === 0 ? "refused" : reading.refused.length ? "partial" : "accepted";
    const result: FileResult = {
      file: file.name,
      outcome,
      rowsAccepted: reading.accepted.length,
      rowsRefused: reading.refused.length,
      rowsUnchanged: 0,
      rowsBlank: reading.blankRows,
      reasons: reading.refused.map((r) => `лист «${r.sheet}», ячейка ${r.cell}${r.column ? `, колонка «${r.column}»` : ""}: ${r.reason}`),
      notes: reading.notes.map((n) => `лист «${n.sheet}», ${n.place}: ${n.text}`),
      ...(school ? { school } : {}),
    };
    results.push(result);
    if (outcome !== "refused") taken.push({ index: i, file, reading, savedAt: read.grid.savedAt ?? null, result });
  }
  onProgress?.(files.length, files.length, "");

  // The state of «Отчёты» as the batch goes: files are applied one after another, so a later
  // file for the same school and period wins wherever both say something.
  const current = new Map<string, Row>();
  for (const r of reports.rows) current.set(rowKey(REPORTS, r), r);
  const incoming: Row[] = [];
  const journalLines: Row[] = [];
  for (const t of inApplyOrder(taken)) {
    const { reading, result, file } = t;
    let added = 0;
    let updated = 0;
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
      for (const f of reload.overridden) result.notes!.push(overrideNote(row, f, before![f], next[f]));
      current.set(key, { ...before, ...reload.write });
      incoming.push(reload.write);
    }
    // A file the свод already holds as it is leaves no trace, not even a «Журнал» line.
    if (!added && !updated) continue;
    const lines = [...result.reasons, ...result.notes!];
    journalLines.push({
      at: nowIso.slice(0, 16),
      action: "Загрузка отчёта",
      source: file.name,
      added,
      updated,
      refused: reading.refused.length,
      details:
        `${reading.orgCode}, ${reading.period}: принято строк ${reading.accepted.length}, отклонено ${reading.refused.length}` +
        (reading.blankRows ? `, пустых ${reading.blankRows}` : "") +
        (lines.length ? `. ${lines.join("; ")}` : ""),
    });
  }

  const plan = planUpsert(REPORTS, reports.rows, incoming, reports.missingColumns);
  const writes: TableWrite[] = [];
  if (plan.added || plan.write.changed.length) writes.push(plan.write);
  const changed = writes.length > 0 || journalLines.length > 0;
  if (changed) await port.writeTables(writes, journalLines.length ? [{ table: JOURNAL, rows: journalLines }] : []);
  return { files: results, added: plan.added, updated: plan.updated, changed };
}

/** «МБОУ «СОШ № 5» (ОО-05)»: whose report it is, as «Организации» names the school; none when the code is unknown. */
function schoolOf(registry: Registry, code: string | null): string | undefined {
  const org = code ? registry.organisations.find((o) => o.code.toLowerCase() === code.toLowerCase()) : undefined;
  if (!org) return undefined;
  const name = org.shortName || org.fullName;
  return name ? `${name} (${org.code})` : org.code;
}

function refusedResult(file: string, reason: string, code?: string): FileResult {
  return { file, outcome: "refused", rowsAccepted: 0, rowsRefused: 0, rowsUnchanged: 0, rowsBlank: 0, reasons: [reason], notes: [], ...(code ? { code } : {}) };
}

/**
 * The order files are applied in: the batch's, except that several files of one school for one
 * period go from the earliest to the latest — by when each file says it was saved when all of
 * them say it (Excel and LibreOffice record it), else by their order in the batch. Each of them
 * gets a note naming the others.
 */
function inApplyOrder(taken: Taken[]): Taken[] {
  const groups = new Map<string, Taken[]>();
  for (const t of taken) {
    const key = `${t.reading.orgCode!.toLowerCase()}|${t.reading.period}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  const order = taken.slice();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const bySaved = group.every((t) => t.savedAt !== null) && new Set(group.map((t) => t.savedAt)).size === group.length;
    const sorted = group.slice().sort((a, b) => (bySaved ? (a.savedAt! < b.savedAt! ? -1 : 1) : a.index - b.index));
    // The group keeps the places its files had in the batch, now filled earliest first.
    const places = group.map((t) => order.indexOf(t)).sort((a, b) => a - b);
    places.forEach((p, i) => (order[p] = sorted[i]));
    sorted.forEach((t, i) => t.result.notes!.push(sameSchoolNote(t, sorted, i, bySaved)));
  }
  return order;
}

function sameSchoolNote(t: Taken, sorted: Taken[], at: number, bySaved: boolean): string {
  const quarter = parsePeriod(t.reading.period!);
  const whose = `${t.reading.orgCode} за ${quarter ? periodLabel(quarter) : t.reading.period}`;
  const names = (list: Taken[]) => list.map((x) => `«${x.file.name}»`).join(", ");
  const when = (x: Taken) => {
    const local = localIso(new Date(`${x.savedAt}Z`));
    return `${formatRu(local.slice(0, 10))} в ${local.slice(11, 16)}`;
  };
  const why = (others: Taken[], place: "выше" | "ниже") =>
    bySaved ? `сохранён${others.length > 1 ? "ы" : ""} ${others.map(when).join(", ")}, этот — ${when(t)}` : `${others.length > 1 ? "они" : "он"} ${place} в списке загруженных файлов, а когда файлы сохранены, в них не указано`;
  const earlier = sorted.slice(0, at);
  const later = sorted.slice(at + 1);
  const parts: string[] = [];
  if (earlier.length) {
    const one = earlier.length === 1;
    parts.push(
      `в этой загрузке есть и ${one ? "более ранний файл" : "более ранние файлы"} ${whose} — ${names(earlier)} (${why(earlier, "выше")}): ` +
        (later.length ? "что заполнено и в этом файле, и в более раннем, записано из этого" : `что заполнено в обоих, записано из этого файла, что только в более раннем — из ${one ? "него" : "них"}`),
    );
  }
  if (later.length) {
    const one = later.length === 1;
    parts.push(`в этой загрузке есть и ${one ? "более поздний файл" : "более поздние файлы"} ${whose} — ${names(later)} (${why(later, "ниже")}): что заполнено в обоих, записано из ${one ? "него" : "более позднего"}`);
  }
  return parts.join("; ");
}

/** Russian: the school changed a value she had corrected, and the school's value was written. */
function overrideNote(row: ReportRow, field: SchoolField, corrected: unknown, school: unknown): string {
  const shown = (v: unknown) => (v === null || v === undefined || v === "" ? "пусто" : field === "doneDate" ? formatRu(String(v)) : String(v));
  return `строка ${row.sourceRow}, поручение ${row.directiveKey}: школа изменила «${fieldHeader(field)}» — записано её новое значение «${shown(school)}» вместо исправленного в своде «${shown(corrected)}»`;
}

function toReportRow(r: ReportRow, fileName: string, nowIso: string): Row {
  return ReportsTable.write({
    directiveKey: r.directiveKey,
    orgCode: r.orgCode,
    period: r.period,
    status: reportStateOf(r.status),
    actual: r.actual,
    numerator: r.numerator,
    denominator: r.denominator,
    doneDate: r.doneDate,
    whatDone: r.whatDone ?? "",
    evidence: r.evidence ?? "",
    sourceFile: fileName,
    sourceRow: r.sourceRow,
    receivedAt: nowIso.slice(0, 16),
  });
}

/** One line for a person: «ОО-05.xlsx: принят (строк принято 4, отклонено 0; пустых строк: 1) — …». */
export function describeResult(r: FileResult): string {
  const head = r.outcome === "refused" ? "не принят" : r.outcome === "partial" ? "принят частично" : "принят";
  const blank = r.rowsBlank ? `; пустых строк: ${r.rowsBlank}` : "";
  const counts = r.outcome === "refused" && !r.rowsRefused ? "" : ` (строк принято ${r.rowsAccepted}, отклонено ${r.rowsRefused}${blank})`;
  const same = r.outcome !== "refused" && (r.rowsUnchanged ?? 0) === r.rowsAccepted ? ", в своде уже всё так — ничего не изменено" : "";
  const lines = [...r.reasons, ...(r.notes ?? [])];
  return `${r.file}: ${head}${counts}${same}${lines.length ? " — " + lines.join("; ") : ""}`;
}
