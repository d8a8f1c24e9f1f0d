// `svodka dynamics --workbook <свод.xlsx>`: the «Динамика» sheet (every quarter with reports,
// side by side) written into the свод, saved in place.
import { runDynamics } from "../../app/dynamics";
import { formatRu } from "../../core/dates";
import { shareRu } from "../../core/summary/sheet";
import { assertWritable, openWorkbookFile, saveWorkbookFile } from "../workbook-file";
import { requiredOption } from "./check";

export async function dynamicsCommand(args: string[], nowIso: string): Promise<void> {
  const workbook = requiredOption(args, "--workbook", "файл свода");
  const port = await openWorkbookFile(workbook);
  await assertWritable(workbook);
  const result = await runDynamics(port, nowIso);
  await saveWorkbookFile(port, workbook);
  const lines = [`Лист «${result.sheet.name}»: кварталов — ${result.summaries.length}.`];
  for (const s of result.summaries) {
    lines.push(`  ${s.period} на ${formatRu(s.asOf)}: на контроле ${s.totals.total}, в срок ${s.totals.onTime}, просрочено ${s.totals.overdue}; % исполнения в срок — ${shareRu(s.totals.onTimeShare)}`);
  }
  lines.push(...result.settingsProblems, `Свод сохранён: ${workbook}`);
  process.stdout.write(lines.join("\n") + "\n");
}
