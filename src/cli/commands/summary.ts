// `npm run svodka -- summary --workbook <свод.xlsx> --period 2024-Q1 [--as-of 2024-03-31]
//  [--docx <out.docx>] [--body "коллегии управления образования"]`: writes the «Сводка <период>»
// sheet into the свод and, when asked, the collegium document.

import { runSummary } from "../../app/summary";
import { formatRu } from "../../core/dates";
import { localNowIso, openWorkbookFile, saveWorkbookFile } from "../workbook-file";
import { asOfOption, optionValue, requiredOption, writeAtomically } from "./check";

export async function summaryCommand(args: string[]): Promise<void> {
  const workbook = requiredOption(args, "--workbook", "файл свода");
  const period = requiredOption(args, "--period", "период");
  const asOf = asOfOption(args);
  const docxPath = optionValue(args, "--docx");
  const port = await openWorkbookFile(workbook);
  const result = await runSummary(port, period, asOf, localNowIso(), { body: optionValue(args, "--body") });
  await saveWorkbookFile(port, workbook);
  if (docxPath) await writeAtomically(docxPath, result.docx);

  const t = result.summary.totals;
  const lines = [
    `Лист «${result.sheet.name}» по состоянию на ${formatRu(result.summary.asOf)}:`,
    `  на контроле ${t.total}: выполнено в срок ${t.onTime}, с нарушением срока ${t.late}, выполняется ${t.inProgress}, просрочено ${t.overdue}.`,
  ];
  if (docxPath) lines.push(`Информация для коллегии: ${docxPath}`);
  for (const p of result.settingsProblems) lines.push(p);
  process.stdout.write(lines.join("\n") + "\n");
}
