// Use case «Динамика за год»: for every quarter with reports in «Отчёты», the quarter's
// summary (the same marks and figures as «Сводка за квартал») as of that quarter's report
// date, side by side on the «Динамика» sheet with charts. Only that sheet is written:
// «Контроль» keeps the marks of the last check.

import { dynamicsAsOf, dynamicsSheet, periodsOf } from "../core/dynamics";
import { summarise, type Summary } from "../core/summary";
import type { SheetContent, WorkbookPort } from "../core/workbook/port";
import { marksFor, readCheckData, resolveAsOf } from "./check";

export interface DynamicsResult {
  /** One summary per quarter, in order; each made as of `summary.asOf`. */
  summaries: Summary[];
  sheet: SheetContent;
  settingsProblems: string[];
}

export async function runDynamics(port: WorkbookPort, nowIso: string): Promise<DynamicsResult> {
  const data = await readCheckData(port);
  const reportDate = resolveAsOf(null, data.settings, nowIso);
  const summaries = periodsOf(data.reports.map((r) => r.period)).map((period) => {
    const asOf = dynamicsAsOf(period, reportDate);
    return summarise({ period, asOf, directives: data.directives, marks: marksFor(data, asOf, period), organisations: data.organisations });
  });
  const sheet = dynamicsSheet(summaries);
  await port.writeSheet(sheet);
  return { summaries, sheet, settingsProblems: data.settingsProblems };
}
