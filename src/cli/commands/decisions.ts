// `svodka decisions --workbook <свод.xlsx> --file решения.csv --date ДД.ММ.ГГГГ [--dry-run]`:
// the collegium's decisions (columns «Ключ» or «№ п.» and «Решение») into «Поручения».
// Prints what changes; with --dry-run, or when a row cannot be read, writes nothing.
import { readFile } from "node:fs/promises";
import { applyDecisions, previewDecisions } from "../../app/decisions";
import { oneLine } from "../../core/check";
import { DirectivesTable } from "../../core/workbook/tables/directives";
import { formatRu, isoToSerial, ruDateToIso } from "../../core/dates";
import { decisionsFromTable } from "../../core/decisions";
import { DIRECTIVES } from "../../core/workbook/schema";
import { decodeCsvBytes, detectDelimiter, parseCsv, MAX_CSV_ROWS } from "../../formats/csv";
import { assertWritable, openWorkbookFile, saveWorkbookFile } from "../workbook-file";
import { requiredOption } from "./check";

export async function decisionsCommand(args: string[], nowIso: string): Promise<void> {
  const workbook = requiredOption(args, "--workbook", "файл свода");
  const file = requiredOption(args, "--file", "файл с решениями (.csv)");
  const dateText = requiredOption(args, "--date", "дата коллегии");
  const date = ruDateToIso(dateText) ?? dateText;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || isoToSerial(date) === null) throw new Error(`Дата коллегии «${dateText}» не распознана: укажите её как ДД.ММ.ГГГГ.`);
  const dryRun = args.includes("--dry-run");

  const { text } = decodeCsvBytes(new Uint8Array(await readFile(file)));
  const grid = parseCsv(text, detectDelimiter(text), MAX_CSV_ROWS);
  const port = await openWorkbookFile(workbook);
  const rows = (await port.readTables([DIRECTIVES])).get(DIRECTIVES.name)?.rows ?? [];
  const table = decisionsFromTable(grid, rows.map((r) => DirectivesTable.read(r)).map((d) => ({ key: oneLine(d.key), n: oneLine(d.n) })));
  if (table.problems.length) throw new Error(`${table.problems.join("\n")}\nСвод не изменён.`);

  if (!dryRun) await assertWritable(workbook);
  const input = { collegiumDate: date, lines: table.lines };
  const result = dryRun ? await previewDecisions(port, input) : await applyDecisions(port, input, nowIso);
  if (result.written) await saveWorkbookFile(port, workbook);

  const lines = [`Решения коллегии от ${formatRu(date)}: ${table.lines.length}.`];
  for (const i of result.items) lines.push(`  п. ${i.n || i.directiveKey} — ${i.decision}: ${i.changes.length ? i.changes.join("; ") : "в своде уже так, изменений нет"}`);
  for (const k of result.unknown) lines.push(`  ${k}: нет в «Поручениях»`);
  lines.push(dryRun ? "Проверка без записи (--dry-run): свод не изменён." : result.written ? `Изменено поручений: ${result.changed}; запись в «Журнале». Свод сохранён: ${workbook}` : "Изменений нет: свод не сохранялся.");
  process.stdout.write(lines.join("\n") + "\n");
}
