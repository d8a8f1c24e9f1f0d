// `npm run demo`: builds a demo свод from the built-in samples, step by step, and prints
// what each step did. Writes demo-output/svod-demo.xlsx (or into `--out <папка>`).
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { createWorkbook } from "../app/create-workbook";
import { importResolution } from "../app/import-resolution";
import { addOrganisations } from "../app/organisations";
import { FileWorkbookPort } from "../hosts/file";
import { SAMPLE_DISTRICT, SAMPLE_ORGANISATIONS, SAMPLE_RESOLUTION_NAME, loadSampleResolution } from "../../samples";
import { localNowIso, saveWorkbookFile } from "./workbook-file";

const say = (line: string) => process.stdout.write(line + "\n");

/** Runs the steps in order; returns the error of the step that failed, if any. */
async function steps(port: FileWorkbookPort, now: string): Promise<Error | null> {
  try {

    const { created } = await createWorkbook(port, now);
    say(`1. Создан свод: листы ${created.join(", ")}.`);

    const orgs = await addOrganisations(port, SAMPLE_ORGANISATIONS, now, "встроенный пример");
    say(`2. Заполнен лист «Организации» (${SAMPLE_DISTRICT}): добавлено организаций ${orgs.added}.`);

    const text = await loadSampleResolution();
    const imported = await importResolution(port, { text, sourceName: SAMPLE_RESOLUTION_NAME }, now);
    say(`3. Импортирована резолюция августовской конференции (${imported.documentId}): поручений ${imported.added}.`);
    return null;
  } catch (e) {
    return e as Error;
  }
}

/** Builds the demo свод and saves what was built even when a step failed. */
async function demo(outDir: string): Promise<number> {
  const port = FileWorkbookPort.create();
  const failed = await steps(port, localNowIso());
  if (failed) process.stderr.write(`Шаг не выполнен: ${failed.message}\n`);
  await mkdir(outDir, { recursive: true });
  const path = join(outDir, "svod-demo.xlsx");
  await saveWorkbookFile(port, path);
  say(failed ? `Свод сохранён не полностью: ${path}` : `Готово. Свод сохранён: ${path}`);
  return failed ? 1 : 0;
}

const args = process.argv.slice(2);
const at = args.indexOf("--out");
const outDir = resolve(at >= 0 && args[at + 1] ? args[at + 1] : "demo-output");
demo(outDir).then(
  (code) => (process.exitCode = code),
  (e: Error) => {
    process.stderr.write(`Демонстрация прервана: ${e.message}\n`);
    process.exitCode = 1;
  },
);
