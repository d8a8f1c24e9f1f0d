// «Сводка за квартал»: marks for the chosen period, regrouped for the collegium, written
// to the «Сводка <период>» sheet; returns the data and the collegium .docx.

import { computeMarks, textOf } from "../core/check";
import { formatRu } from "../core/dates";
import { parsePeriod, periodId } from "../core/periods";
import { collegiumContent, summarise, summarySheet, type ResolutionRef, type Summary } from "../core/summary";
import type { SheetContent, WorkbookPort } from "../core/workbook/port";
import { DOCUMENTS, JOURNAL } from "../core/workbook/schema";
import { planUpsert } from "../core/workbook/upsert";
import { collegiumDocx } from "../formats/collegium-docx";
import { CheckError, readCheckData, resolveAsOf } from "./check";

export interface SummaryOptions {
  /** Whose decisions, in the genitive («коллегии управления образования»); derived from the documents when absent. */
  body?: string | null;
}

export interface SummaryResult {
  summary: Summary;
  sheet: SheetContent;
  docx: Uint8Array;
  settingsProblems: string[];
}

export async function runSummary(
  port: WorkbookPort,
  period: string,
  asOfIso: string | null,
  nowIso: string,
  options: SummaryOptions = {},
): Promise<SummaryResult> {
  const quarter = parsePeriod(period);
  if (!quarter) throw new CheckError(`Период «${period}» не распознан: укажите квартал в виде ГГГГ-Qн, например 2024-Q1.`);
  const periodText = periodId(quarter);
  const data = await readCheckData(port);
  const asOf = resolveAsOf(asOfIso, data.settings, nowIso);
  const marks = computeMarks({
    directives: data.directives,
    reports: data.reports,
    asOf,
    period: periodText,
    warningDays: data.settings.warningDays,
    workingDays: data.settings.workingDays,
  });
  const summary = summarise({ period: periodText, asOf, directives: data.directives, marks, organisations: data.organisations });
  const sheet = summarySheet(summary);

  const usedDocuments = new Set(data.directives.map((d) => d.documentId).filter(Boolean));
  const resolutions: ResolutionRef[] = (data.tables.get(DOCUMENTS.name)?.rows ?? [])
    .map((r) => ({ id: textOf(r.id), kind: textOf(r.kind), title: textOf(r.title), date: textOf(r.date) || null }))
    .filter((r) => r.id && usedDocuments.has(r.id));
  const docx = await collegiumDocx(collegiumContent(summary, { body: options.body, resolutions }));

  await port.writeSheet(sheet);
  const journal = data.tables.get(JOURNAL.name);
  if (journal) {
    const t = summary.totals;
    const plan = planUpsert(
      JOURNAL,
      journal.rows,
      [
        {
          at: nowIso.slice(0, 16),
          action: "Сводка за квартал",
          source: `${sheet.name}, по состоянию на ${formatRu(asOf)}`,
          added: 0,
          updated: 0,
          refused: 0,
          details: `На контроле ${t.total}: в срок ${t.onTime}, с нарушением срока ${t.late}, выполняется ${t.inProgress}, просрочено ${t.overdue}`,
        },
      ],
      journal.missingColumns,
    );
    await port.writeTables([plan.write]);
  }
  return { summary, sheet, docx, settingsProblems: data.settingsProblems };
}
