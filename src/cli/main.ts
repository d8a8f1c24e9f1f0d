// Svodka's command line: `npm run svodka -- <command> …`. Errors go to stderr in Russian
// with a non-zero exit code.
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { parseResolution } from "../core/parse";
import { resolutionText } from "../formats/resolution-text";

class UsageError extends Error {}

const USAGE = `Использование:
  npm run svodka -- parse <файл.txt|.docx> --json
  npm run svodka -- init <свод.xlsx>
  npm run svodka -- import <файл> --workbook <свод.xlsx>`;

async function parseCommand(args: string[]): Promise<void> {
  const file = args.find((a) => !a.startsWith("--"));
  if (!file) throw new UsageError("Не указан файл резолюции.");
  const bytes = await readFile(file);
  const doc = parseResolution(await resolutionText(bytes, basename(file)));
  process.stdout.write(JSON.stringify({ source: basename(file), ...doc }, null, 1) + "\n");
}

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  parse: parseCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(`${name ? `Неизвестная команда «${name}».\n` : ""}${USAGE}\n`);
    return 2;
  }
  try {
    await command(args);
    return 0;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === "ENOENT") process.stderr.write(`Файл не найден: ${err.path}\n`);
    else process.stderr.write(`${err.message}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
