// «Проверить сроки»: marks for every directive on control and addressee as of a report
// date, written to «Контроль», with the directives' statuses in «Поручения» and a line in
// «Журнал». One read, one write, whatever the number of rows.

import {
  computeMarks,
  controlRows,
  directiveFromRow,
  directiveStatus,
  MARKS_IN_ORDER,
  obsoleteControlRows,
  reportFromRow,
  oneLine,
  reportingPeriod,
  type CheckDirective,
  type CheckReport,
  type MarkResult,
} from "../core/check";
import { formatRu } from "../core/dates";
import { summarise, type Summary } from "../core/summary";
import type { Settings } from "../core/model";
import type { Row, TableData, TableWrite, WorkbookPort } from "../core/workbook/port";
import { ADDRESSEES, CONTROL, DIRECTIVES, DOCUMENTS, JOURNAL, ORGANISATIONS, REPORTS, SETTINGS, type TableSchema } from "../core/workbook/schema";
import { DirectivesTable, type DirectiveRow } from "../core/workbook/tables/directives";
import { DocumentsTable, type DocumentRow } from "../core/workbook/tables/documents";
import { OrganisationsTable, type OrganisationRow } from "../core/workbook/tables/organisations";
import { refreshAddressees, withAddresseeUpdates, type AddresseeUpdate } from "../core/import/refresh-addressees";
import { isEmptyWrite, planUpdate, planUpsert } from "../core/workbook/upsert";
import { addMissingColumns } from "./ensure-columns";
import { readSettings } from "../core/settings";

export class CheckError extends Error {}

/** Everything the check and the summary read, in one readTables call. */
export const CHECK_TABLES: TableSchema[] = [DIRECTIVES, REPORTS, ORGANISATIONS, ADDRESSEES, DOCUMENTS, CONTROL, SETTINGS];

export interface CheckData {
  tables: Map<string, TableData | null>;
  directives: CheckDirective[];
  reports: CheckReport[];
  /** Organisation code → short name. */
  orgNames: Map<string, string>;
  /** Organisations in register order. */
  organisations: { code: string; name: string }[];
  settings: Settings;
  settingsProblems: string[];
  /** Row index in «Поручения» → organisations that changed since the import (edits in «Адресаты»). */
  addresseeUpdates: Map<number, AddresseeUpdate>;
  /** The rows of the tables the commands after the check show, read once: «Поручения» with the organisations «Адресаты» gives now. */
  rows: { directives: DirectiveRow[]; documents: DocumentRow[]; organisations: OrganisationRow[] };
}

export async function readCheckData(port: WorkbookPort): Promise<CheckData> {
  const tables = await port.readTables(CHECK_TABLES);
  const directivesTable = tables.get(DIRECTIVES.name);
  if (!directivesTable) throw new CheckError("В своде нет таблицы «Поручения». Сначала создайте свод и импортируйте решение.");
  // Without «Отчёты» every school would be «Нет отчёта»: a deleted sheet must not say that to a collegium.
  if (!tables.get(REPORTS.name))
    throw new CheckError(
      "В своде нет таблицы «Отчёты»: без неё все школы оказались бы «без отчёта». Верните лист «Отчёты» из резервной копии " +
        "или нажмите «Создать свод» (появится пустая таблица) и загрузите отчёты школ заново.",
    );
  const rows = (t: TableSchema) => tables.get(t.name)?.rows ?? [];
  const organisationRows = rows(ORGANISATIONS).map((r) => OrganisationsTable.read(r));
  const organisations = organisationRows
    .map((r) => ({ code: oneLine(r.code), name: oneLine(r.shortName) || oneLine(r.fullName) || oneLine(r.code) }))
    .filter((o) => o.code);
  const { settings, problems } = readSettings(rows(SETTINGS));
  const addresseeUpdates = refreshAddressees(directivesTable.rows, rows(ADDRESSEES), rows(ORGANISATIONS));
  const directiveRows = withAddresseeUpdates(directivesTable.rows, addresseeUpdates);
  return {
    tables,
    addresseeUpdates,
    directives: directiveRows.map(directiveFromRow).filter((d): d is CheckDirective => d !== null),
    reports: rows(REPORTS)
      .map(reportFromRow)
      .filter((r): r is CheckReport => r !== null),
    orgNames: new Map(organisations.map((o) => [o.code, o.name])),
    organisations,
    settings,
    settingsProblems: problems,
    rows: {
      directives: directiveRows.map((r) => DirectivesTable.read(r)),
      documents: rows(DOCUMENTS).map((r) => DocumentsTable.read(r)),
      organisations: organisationRows,
    },
  };
}

/** The report date: the one given, else «По состоянию на» from the settings, else today. */
export function resolveAsOf(asOfIso: string | null, settings: Settings, nowIso: string): string {
  // `nowIso` is the caller's local date-time, so its first ten characters are today.
  return (asOfIso || settings.asOf || nowIso).slice(0, 10);
}

export interface CheckResult {
  asOf: string;
  period: string;
  /** Number of «Контроль» rows per mark, every mark listed. */
  counts: Record<string, number>;
  marks: MarkResult[];
  controlAdded: number;
  controlUpdated: number;
  /** «Контроль» rows marked «Не актуально» because their pair is gone. */
  controlObsolete: number;
  directivesUpdated: number;
  /** Directives whose organisations were brought in line with «Адресаты». */
  addresseesRefreshed: number;
  /** Directives on control with no addressee codes: they get no marks until addressees are resolved. */
  withoutAddressees: number;
  settingsProblems: string[];
  /**
   * «Настройки» as the check read it (null: the свод has none), so that storing her choice of
   * date there afterwards does not read it again.
   */
  settingsRows: Row[] | null;
  /** The marks regrouped as the summary groups them: who is overdue, who sent nothing, missed targets. */
  summary: Summary;
}

export interface CheckOptions {
  /** Report date D, ISO; else «По состоянию на» from the settings, else today. */
  asOf: string | null;
  /** Reporting period `2024-Q1`; else «Текущий период» when it fits the report date. */
  period?: string | null;
  /** Marks already computed for this asOf and period (the summary's), so they are not computed twice. */
  marks?: MarkResult[];
  /** The summary of those marks, when the caller has made it already. */
  summary?: Summary;
  /** More lines for «Журнал», written in the same write (the summary's). */
  journal?: Row[];
}

export async function runCheck(port: WorkbookPort, asOfIso: string | null, nowIso: string): Promise<CheckResult> {
  return checkWith(port, await readCheckData(port), { asOf: asOfIso }, nowIso);
}

/**
 * Marks for every directive on control and addressee, written to «Контроль» with the
 * directives' statuses and a line in «Журнал», in one write; on data already read.
 */
export async function checkWith(port: WorkbookPort, data: CheckData, options: CheckOptions, nowIso: string): Promise<CheckResult> {
  const asOf = resolveAsOf(options.asOf, data.settings, nowIso);
  const period = options.period ?? reportingPeriod(asOf, data.settings.currentPeriod);
  const marks = options.marks ?? marksFor(data, asOf, period);

  // A fresh свод may lack the tables the check writes; new tables are empty, so no second read.
  // «Журнал» is not read: its lines are appended, and the append makes it when missing.
  const missing = [CONTROL].filter((t) => !data.tables.get(t.name));
  if (missing.length) await port.ensureTables(missing);
  await addMissingColumns(port, [CONTROL, DIRECTIVES], data.tables);
  const table = (t: TableSchema): TableData => data.tables.get(t.name) ?? { rows: [], missingColumns: [] };

  const control = table(CONTROL);
  const obsolete = obsoleteControlRows(control.rows, marks, data.directives, asOf);
  const controlPlan = planUpsert(CONTROL, control.rows, [...controlRows(marks, data.directives, data.orgNames, asOf), ...obsolete], control.missingColumns);

  // Statuses, and the organisations of directives whose «Адресаты» changed, in one write.
  const directivesTable = table(DIRECTIVES);
  const statusByKey = statusTexts(data.directives, marks);
  const directiveColumns = ["status", "addressees", "imported"].filter((c) => !directivesTable.missingColumns.includes(c));
  const statusPlan = directiveColumns.length
    ? planUpdate(
        DIRECTIVES,
        directivesTable.rows,
        (row, i) => {
          const status = statusByKey.get(oneLine(data.rows.directives[i].key));
          const addressees = data.addresseeUpdates.get(i);
          return status === undefined && !addressees ? null : { ...DirectivesTable.write({ status }), ...addressees };
        },
        directiveColumns,
      )
    : null;

  const counts = countMarks(marks);
  const journalLines = [journalRow(nowIso, asOf, period, counts, controlPlan.added, controlPlan.updated, obsolete.length), ...(options.journal ?? [])];

  const writes: TableWrite[] = [];
  if (!isEmptyWrite(controlPlan.write, control.rows.length)) writes.push(controlPlan.write);
  if (statusPlan && !isEmptyWrite(statusPlan.write, directivesTable.rows.length)) writes.push(statusPlan.write);
  await port.writeTables(writes, [{ table: JOURNAL, rows: journalLines }]);

  return {
    asOf,
    period,
    counts,
    marks,
    controlAdded: controlPlan.added,
    controlUpdated: controlPlan.updated,
    controlObsolete: obsolete.length,
    directivesUpdated: statusPlan?.updated ?? 0,
    addresseesRefreshed: data.addresseeUpdates.size,
    withoutAddressees: data.directives.filter((d) => d.onControl && !d.addressees.length).length,
    settingsProblems: data.settingsProblems,
    settingsRows: data.tables.get(SETTINGS.name)?.rows ?? null,
    summary: options.summary ?? summarise({ period, asOf, directives: data.directives, marks, organisations: data.organisations }),
  };
}

/** The marks of the check as of `asOf` for `period`, on data already read. */
export function marksFor(data: CheckData, asOf: string, period: string): MarkResult[] {
  return computeMarks({
    directives: data.directives,
    reports: data.reports,
    asOf,
    period,
    warningDays: data.settings.warningDays,
    workingDays: data.settings.workingDays,
  });
}

/** Directive key → the «Статус» text derived from its addressees' marks. */
export function statusTexts(directives: CheckDirective[], marks: MarkResult[]): Map<string, string> {
  const by = new Map<string, MarkResult[]>();
  for (const m of marks) {
    const list = by.get(m.directiveKey);
    if (list) list.push(m);
    else by.set(m.directiveKey, [m]);
  }
  return new Map(
    directives.map((d) => [d.key, directiveStatus(by.get(d.key) ?? [], d.onControl).text]),
  );
}

function countMarks(marks: MarkResult[]): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(MARKS_IN_ORDER.map((m) => [m, 0]));
  for (const m of marks) counts[m.mark]++;
  return counts;
}

function journalRow(nowIso: string, asOf: string, period: string, counts: Record<string, number>, added: number, updated: number, obsolete: number): Row {
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([mark, n]) => `${mark} — ${n}`);
  const tail = obsolete ? `; не актуально — ${obsolete}` : "";
  return {
    at: nowIso.slice(0, 16),
    action: "Проверка сроков",
    source: `по состоянию на ${formatRu(asOf)}, период ${period}`,
    added,
    updated,
    refused: 0,
    details: parts.length ? `${parts.join("; ")}${tail}` : `Поручений на контроле нет${tail}`,
  };
}
