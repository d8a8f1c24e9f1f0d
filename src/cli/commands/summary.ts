// `npm run svodka -- summary --workbook <свод.xlsx> --period 2024-Q1 [--as-of 2024-03-31]
//  [--docx <out.docx>] [--body "коллегии управления образования"]`: writes the «Сводка <период>»
// sheet into the свод and, when asked, the collegium document.

import { runSummary } from "../../app/summary";
import { formatRu } from "../../core/dates";
import { assertWritable, writeFileAtomically } from "../atomic-write";
import { openWorkbookFile, saveWorkbookFile } from "../workbook-file";
import { asOfOption, optionValue, requiredOption } from "./check";

export async function summaryCommand(args: string[], nowIso: string): Promise<void> {
  const workbook = requiredOption(args, "--workbook", "файл свода");
  const period = requiredOption(args, "--period", "период");
  const asOf = asOfOption(args);
  const docxPath = optionValue(args, "--docx");
  const port = await openWorkbookFile(workbook);
  await assertWritable(workbook);
  if (docxPath) await assertWritable(docxPath, "Файл");
  const result = await runSummary(port, period, asOf, nowIso, { body: optionValue(args, "--body") });
  await saveWorkbookFile(port, workbook);
  if (docxPath) await writeFileAtomically(docxPath, result.docx, { what: "Файл" });

  const t = result.summary.totals;
  const lines = [
    `Лист «${result.sheet.name}» по состоянию на ${formatRu(result.summary.asOf)}:`,
    `  на контроле ${t.total}: выполнено в срок ${t.onTime}, с нарушением срока ${t.late}, выполняется ${t.inProgress}, просрочено ${t.overdue}.`,
  ];
  if (docxPath) lines.push(`Информация для коллегии: ${docxPath}`);
  for (const p of result.settingsProblems) lines.push(p);
  process.stdout.write(lines.join("\n") + "\n");
}
