// `svodka ingest --workbook <свод.xlsx> <файлы или папки…> [--json]`: loads returned report
// files. The workbook is saved only when some table of it changed: refused files, and files the
// свод already holds as they are, leave the file on disk untouched («свод не изменён»).
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { describeResult, ingestReports, type IngestFile } from "../../app/ingest-reports";
import { assertWritable, openWorkbookFile, saveWorkbookFile } from "../workbook-file";

async function collect(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    if ((await stat(p)).isDirectory()) {
      const names = (await readdir(p)).filter((n) => !n.startsWith(".") && !n.startsWith("~$")).sort();
      out.push(...(await collect(names.map((n) => join(p, n)))));
    } else out.push(p);
  }
  return out;
}

export async function ingestCommand(args: string[], nowIso: string): Promise<void> {
  const wi = args.indexOf("--workbook");
  const workbook = wi >= 0 ? args[wi + 1] : undefined;
  const json = args.includes("--json");
  const inputs = args.filter((a, i) => !a.startsWith("--") && i !== wi + 1);
  if (!workbook || inputs.length === 0) throw new Error("Использование: ingest --workbook <свод.xlsx> <файлы или папки…> [--json]");
  const port = await openWorkbookFile(workbook);
  await assertWritable(workbook);
  const paths = await collect(inputs);
  const files: IngestFile[] = [];
  for (const p of paths) files.push({ name: basename(p), bytes: new Uint8Array(await readFile(p)) });
  const result = await ingestReports(port, files, nowIso);
  if (result.changed) await saveWorkbookFile(port, workbook);
  if (json) {
    const files = result.files.map((f) => ({
      file: f.file,
      outcome: f.outcome,
      rowsAccepted: f.rowsAccepted,
      rowsRefused: f.rowsRefused,
      rowsUnchanged: f.rowsUnchanged ?? 0,
      rowsBlank: f.rowsBlank ?? 0,
      reasons: f.reasons,
      notes: f.notes ?? [],
    }));
    process.stdout.write(JSON.stringify({ files, added: result.added, updated: result.updated, changed: result.changed }, null, 1) + "\n");
  } else {
    for (const f of result.files) process.stdout.write(describeResult(f) + "\n");
    process.stdout.write(result.changed ? `Свод сохранён: в «Отчётах» добавлено строк ${result.added}, обновлено ${result.updated}.\n` : "Свод не изменён.\n");
  }
}
