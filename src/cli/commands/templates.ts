// `svodka templates --workbook <свод.xlsx> --period 2024-Q1 --out <папка>`: writes one report
// file per organisation and a .zip of all of them.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { makeReportFiles } from "../../app/report-templates";
import { writeFileAtomically } from "../atomic-write";
import { openWorkbookFile } from "../workbook-file";

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export async function templatesCommand(args: string[], nowIso: string): Promise<void> {
  const workbook = option(args, "--workbook");
  const period = option(args, "--period");
  const out = option(args, "--out");
  if (!workbook || !period || !out) throw new Error("Использование: templates --workbook <свод.xlsx> --period 2024-Q1 --out <папка>");
  const port = await openWorkbookFile(workbook);
  const result = await makeReportFiles(port, period, nowIso);
  await mkdir(out, { recursive: true });
  for (const f of result.files) await writeFileAtomically(join(out, f.fileName), f.bytes, { what: "Файл" });
  await writeFileAtomically(join(out, result.zipName), result.zip, { what: "Файл" });
  process.stdout.write(`Бланков отчётов: ${result.files.length}, папка: ${out}\n`);
}
