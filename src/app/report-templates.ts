// Use case «Сделать бланки отчётов»: one report file per organisation that has directives on
// control addressed to it, for the given period, plus one .zip of all of them for the pane.

import JSZip from "jszip";
import { directivesFromRows, organisationsFromRows } from "../core/ingest/registry";
import type { Row, WorkbookPort } from "../core/workbook/port";
import { ADDRESSEES, DIRECTIVES, ORGANISATIONS, SETTINGS } from "../core/workbook/schema";
import { directiveFromRow } from "../core/check/from-rows";
import { readSettings } from "../core/settings";
import { refreshAddressees, withAddresseeUpdates } from "../core/import/refresh-addressees";
import { makeReportTemplate, reportFileName } from "../formats/report-template";

export interface ReportFile {
  fileName: string;
  orgCode: string;
  bytes: Uint8Array;
}

export interface ReportFiles {
  files: ReportFile[];
  /** All files in one archive. */
  zip: Uint8Array;
  zipName: string;
  /** «Настройки» as read for the files (null: the свод has none): storing the period there need not read it again. */
  settingsRows: Row[] | null;
}

export async function makeReportFiles(port: WorkbookPort, period: string, nowIso: string): Promise<ReportFiles> {
  if (!/^\d{4}-Q[1-4]$/.test(period)) throw new Error(`Период «${period}» записан неверно: нужно, например, 2024-Q1.`);
  const tables = await port.readTables([DIRECTIVES, ORGANISATIONS, ADDRESSEES, SETTINGS]);
  // Organisations as «Адресаты» say now, even if she edited it after the import.
  const directiveRows = tables.get(DIRECTIVES.name)?.rows ?? [];
  const updates = refreshAddressees(directiveRows, tables.get(ADDRESSEES.name)?.rows ?? [], tables.get(ORGANISATIONS.name)?.rows ?? []);
  // «Меньше — лучше» as she set it, else as the directive's words say (as the check reads it).
  const lowerIsBetter = new Map(directiveRows.map((r) => directiveFromRow(r)).flatMap((d) => (d ? [[d.key, d.lowerIsBetter] as const] : [])));
  const directives = directivesFromRows(withAddresseeUpdates(directiveRows, updates))
    .filter((d) => d.onControl)
    .map((d) => ({ ...d, lowerIsBetter: lowerIsBetter.get(d.key) ?? false }));
  // «Дата отчёта» in every file: the date the свод checks against, «По состоянию на», when set.
  const settingsRows = tables.get(SETTINGS.name)?.rows ?? null;
  const reportDate = readSettings(settingsRows ?? []).settings.asOf ?? nowIso.slice(0, 10);
  const organisations = organisationsFromRows(tables.get(ORGANISATIONS.name)?.rows ?? []);
  const files: ReportFile[] = [];
  for (const org of organisations) {
    const own = directives.filter((d) => d.addressees.some((a) => a.toLowerCase() === org.code.toLowerCase()));
    if (own.length === 0) continue;
    const bytes = await makeReportTemplate({
      orgCode: org.code,
      orgName: org.shortName || org.fullName || org.code,
      period,
      reportDate,
      directives: own,
    });
    files.push({ fileName: reportFileName(org.code, period), orgCode: org.code, bytes });
  }
  const zip = new JSZip();
  for (const f of files) zip.file(f.fileName, f.bytes);
  return { files, zip: await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }), zipName: `Бланки_отчётов_${period}.zip`, settingsRows };
}
