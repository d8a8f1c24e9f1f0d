// Svodka's command line: `npm run svodka -- <command> …`. Errors go to stderr in Russian
// with a non-zero exit code; a command that fails leaves the свод file as it was.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { createWorkbook } from "../app/create-workbook";
import { clashSentence, DocumentClashError, importDocuments } from "../app/import-resolution";
import { formatTrace, parseResolution, traceResolution } from "../core/parse";
import { readResolutionFile } from "../formats/resolution-text";
import { FileWorkbookPort } from "../hosts/file";
import { checkCommand } from "./commands/check";
import { decisionsCommand } from "./commands/decisions";
import { dynamicsCommand } from "./commands/dynamics";
import { ingestCommand } from "./commands/ingest";
import { lettersCommand } from "./commands/letters";
import { orgsCommand } from "./commands/orgs";
import { summaryCommand } from "./commands/summary";
import { templatesCommand } from "./commands/templates";
import { cliNowIso } from "./clock";
import { assertWritable, openWorkbookFile, saveWorkbookFile } from "./workbook-file";

class UsageError extends Error {}

const USAGE = `Использование:
  npm run svodka -- parse <файл .docx|.doc|.odt|.rtf|.pdf|.txt> --json | --trace
  npm run svodka -- init <свод.xlsx>
  npm run svodka -- import <файл> --workbook <свод.xlsx> [--as-new | --as-edition]
  npm run svodka -- orgs --workbook <свод.xlsx> <список.xlsx|.csv|.txt> [--dry-run]
  npm run svodka -- templates --workbook <свод.xlsx> --period 2024-Q1 --out <папка>
  npm run svodka -- ingest --workbook <свод.xlsx> <файлы или папки…> [--json]
  npm run svodka -- check --workbook <свод.xlsx> [--as-of 2024-03-31]
  npm run svodka -- summary --workbook <свод.xlsx> --period 2024-Q1 [--as-of …] [--docx <файл.docx>]
  npm run svodka -- letters --workbook <свод.xlsx> --kind blanks|reminders --period 2024-Q1 --out <папка> [--due ДД.ММ.ГГГГ]
  npm run svodka -- decisions --workbook <свод.xlsx> --file <решения.csv> --date ДД.ММ.ГГГГ [--dry-run]
  npm run svodka -- dynamics --workbook <свод.xlsx>`;

/** Positional arguments (options and their values removed). */
function positional(args: string[], withValue: string[] = []): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (withValue.includes(args[i])) i++;
    else if (!args[i].startsWith("--")) out.push(args[i]);
  }
  return out;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/**
 * Svodka's own errors are Russian sentences for the methodologist; anything else (a library's
 * English message, a bug) is said in Russian with the original kept for whoever looks into it.
 */
function russianMessage(err: Error): string {
  if (/[а-яё]/i.test(err.message)) return err.message;
  return `Внутренняя ошибка Сводки, команда не выполнена. Сообщите разработчикам: ${err.message}`;
}

/** A resolution file's text; what the file could not carry (a .doc's list numbers) is said on stderr. */
async function resolutionFileText(file: string): Promise<string> {
  const { text, warnings } = await readResolutionFile(await readFile(file), basename(file));
  for (const w of warnings) process.stderr.write(`Внимание: ${w}\n`);
  return text;
}

async function parseCommand(args: string[]): Promise<void> {
  const file = args.find((a) => !a.startsWith("--"));
  if (!file) throw new UsageError("Не указан файл резолюции.");
  const text = await resolutionFileText(file);
  // --trace: each line's kind and why, to see where the parser went wrong
  if (args.includes("--trace")) return void process.stdout.write(formatTrace(traceResolution(text)) + "\n");
  const doc = parseResolution(text);
  process.stdout.write(JSON.stringify({ source: basename(file), ...doc }, null, 1) + "\n");
}

async function initCommand(args: string[], nowIso: string): Promise<void> {
  const [path] = positional(args);
  if (!path) throw new UsageError("Не указан файл свода.");
  const existed = existsSync(path);
  // An existing file is opened as a свод (anything else is refused), never replaced by a new one.
  const port = existed ? await openWorkbookFile(path) : FileWorkbookPort.create();
  await assertWritable(path);
  const { created } = await createWorkbook(port, nowIso);
  await saveWorkbookFile(port, path);
  if (!existed) process.stdout.write(`Свод создан: ${path}\nЛисты: ${created.join(", ")}.\n`);
  else if (created.length) process.stdout.write(`Свод ${path} уже был; добавлены недостающие листы: ${created.join(", ")}.\n`);
  else process.stdout.write(`Свод ${path} уже был, все листы на месте; ничего не изменено, кроме записи в «Журнале».\n`);
}

async function importCommand(args: string[], nowIso: string): Promise<void> {
  const workbook = option(args, "--workbook");
  const [file] = positional(args, ["--workbook"]);
  if (!file) throw new UsageError("Не указан файл резолюции.");
  if (!workbook) throw new UsageError("Не указан свод: добавьте --workbook <свод.xlsx>.");
  const text = await resolutionFileText(file);
  const port = await openWorkbookFile(workbook);
  await assertWritable(workbook);
  const identity = args.includes("--as-new") ? "new" : args.includes("--as-edition") ? "edition" : undefined;
  const results = await importDocuments(port, { text, sourceName: basename(file), identity }, nowIso).catch((e: unknown) => {
    if (!(e instanceof DocumentClashError)) throw e;
    const how = e.clashes.map(({ clash, title }) => `${clashSentence(clash, title)}\nЧтобы записать его отдельным документом с кодом ${clash.distinctId}, добавьте --as-new; если это новая редакция документа ${clash.id}, добавьте --as-edition.`);
    throw new Error(`${how.join("\n")}\nСвод не изменён.`);
  });
  await saveWorkbookFile(port, workbook);
  const lines: string[] = [];
  for (const result of results) {
    lines.push(`Документ ${result.documentId} (${basename(file)}):`);
    if (result.unchanged) lines.push("  уже есть в своде без изменений; записано только в «Журнал».");
    else {
      lines.push(`  поручений добавлено: ${result.added}`, `  обновлено: ${result.updated}`);
      if (result.removed) lines.push(`  исключено из решения: ${result.removed}`);
    }
    const warnings = result.preview.document.directives.filter((d) => d.warnings.length).length;
    if (warnings) lines.push(`  требуют проверки (столбец «Проверить»): ${warnings}`);
  }
  lines.push(`Свод сохранён: ${workbook}`);
  process.stdout.write(lines.join("\n") + "\n");
}

/** A command gets its arguments and the one «now» of this run (local time, see clock.ts). */
const COMMANDS: Record<string, (args: string[], nowIso: string) => Promise<void>> = {
  parse: parseCommand,
  init: initCommand,
  import: importCommand,
  orgs: orgsCommand,
  templates: templatesCommand,
  ingest: ingestCommand,
  check: checkCommand,
  summary: summaryCommand,
  letters: lettersCommand,
  decisions: decisionsCommand,
  dynamics: dynamicsCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(`${name ? `Неизвестная команда «${name}».\n` : ""}${USAGE}\n`);
    return 2;
  }
  try {
    await command(args, cliNowIso());
    return 0;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === "ENOENT") process.stderr.write(`Файл не найден: ${err.path}\n`);
    else if (err.code === "EISDIR") process.stderr.write(`Это папка, а не файл: ${err.path ?? ""}\n`);
    else if (err.code === "EACCES" || err.code === "EPERM") process.stderr.write(`Нет доступа к файлу: ${err.path ?? ""}\n`);
    else process.stderr.write(`${russianMessage(err)}\n`);
    if (e instanceof UsageError) {
      process.stderr.write(`${USAGE}\n`);
      return 2;
    }
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
