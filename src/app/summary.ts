// «Сводка за квартал»: the check for the chosen period (written to «Контроль» as «Проверить»
// writes it), the marks regrouped for the collegium on the «Сводка <период>» sheet, and the
// collegium .docx. Every figure comes from those marks alone (core/summary/summarise.ts).

import { oneLine } from "../core/check";
import { formatRu } from "../core/dates";
import { parsePeriod, periodId } from "../core/periods";
import { collegiumContent, summarise, summarySheet, type ResolutionRef, type Summary } from "../core/summary";
import type { Row, SheetContent, WorkbookPort } from "../core/workbook/port";
import { sheetCharts } from "../formats/chart-part";
import { collegiumDocx } from "../formats/collegium-docx";
import { CheckError, checkWith, marksFor, readCheckData, resolveAsOf, type CheckResult } from "./check";

export interface SummaryOptions {
  /** Whose decisions, in the genitive («коллегии управления образования»); derived from the documents when absent. */
  body?: string | null;
}

export interface SummaryResult {
  summary: Summary;
  sheet: SheetContent;
  docx: Uint8Array;
  /** The check the summary rests on, as written to «Контроль». */
  check: CheckResult;
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

  const marks = marksFor(data, asOf, periodText);
  const summary = summarise({ period: periodText, asOf, directives: data.directives, marks, organisations: data.organisations });
  const sheet = summarySheet(summary);
  // The same marks go to «Контроль», with the summary's journal line, in the check's one write.
  const check = await checkWith(port, data, { asOf, period: periodText, marks, summary, journal: [summaryJournalLine(summary, sheet.name, nowIso)] }, nowIso);

  const usedDocuments = new Set(data.directives.map((d) => d.documentId).filter(Boolean));
  const resolutions: ResolutionRef[] = data.rows.documents
    .map((r) => ({ id: oneLine(r.id), kind: oneLine(r.kind), title: oneLine(r.title), date: oneLine(r.date) || null }))
    .filter((r) => r.id && usedDocuments.has(r.id));
  const content = collegiumContent(summary, {
    body: options.body,
    resolutions,
    organisations: data.rows.organisations.map((r) => ({
      code: oneLine(r.code),
      shortName: oneLine(r.shortName),
      fullName: oneLine(r.fullName),
      type: oneLine(r.type),
      head: oneLine(r.head),
    })),
    directiveSources: data.rows.directives.map((r) => ({ key: oneLine(r.key), person: oneLine(r.person) || null, executors: r.executors.join("; ") || null })),
    ...data.settings,
  });
  const docx = await collegiumDocx(content, { charts: sheetCharts(sheet) });

  await port.writeSheet(sheet);
  return { summary, sheet, docx, check, settingsProblems: data.settingsProblems };
}

/** The «Журнал» line of a summary. */
export function summaryJournalLine(s: Summary, sheetName: string, nowIso: string): Row {
  const t = s.totals;
  return {
    at: nowIso.slice(0, 16),
    action: "Сводка за квартал",
    source: `${sheetName}, по состоянию на ${formatRu(s.asOf)}`,
    added: 0,
    updated: 0,
    refused: 0,
    details: `Поручений на контроле ${t.total}: в срок ${t.onTime}, с нарушением срока ${t.late}, выполняется ${t.inProgress}, просрочено ${t.overdue}`,
  };
}
