// `svodka orgs --workbook <свод.xlsx> <список.xlsx|.csv|.txt> [--dry-run]`: fills «Организации»
// from a list. Prints what will be added and updated, the rows not taken and the names that
// look like one organisation twice, then applies it (unless --dry-run) and saves the свод.
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { applyOrganisationList, previewOrganisationList, type OrganisationListPreview } from "../../app/organisation-list";
import { cliNowIso } from "../clock";
import { assertWritable, openWorkbookFile, saveWorkbookFile } from "../workbook-file";

const USAGE = "Использование: orgs --workbook <свод.xlsx> <список.xlsx|.csv|.txt> [--dry-run]";

/** At most this many codes are listed after a count; the rest are summarised. */
const SHOWN_CODES = 20;

function codes(list: string[]): string {
  const shown = list.slice(0, SHOWN_CODES).join(", ");
  return list.length > SHOWN_CODES ? `${shown} и ещё ${list.length - SHOWN_CODES}` : shown;
}

export function describePreview(file: string, p: OrganisationListPreview): string[] {
  const lines = [`Список организаций «${file}»:`];
  lines.push(`  новых организаций: ${p.added.length}${p.added.length ? ` (${codes(p.added)})` : ""}`);
  lines.push(`  изменятся: ${p.updated.length}${p.updated.length ? ` (${codes(p.updated)})` : ""}`);
  const section = (title: string, items: string[]) => {
    if (items.length === 0) return;
    lines.push(`${title}:`, ...items.map((m) => `  ${m}`));
  };
  section("Присвоены коды (в списке кодов нет)", p.givenCodes.map((g) => `${g.code} — ${g.name}`));
  section("Узнаны по названию (уже есть в своде)", p.matchedByName.map((m) => `${m.name} — это ${m.code}`));
  section("Не взято и замечания", p.problems.map((x) => x.message));
  section("Повторы", p.duplicates.map((x) => x.message));
  section("Похожие названия (проверьте, не одна ли это организация)", p.nearDuplicates.map((x) => x.message));
  return lines;
}

/** `nowIso` comes from main(); the default serves callers that run the command directly (tests). */
export async function orgsCommand(args: string[], nowIso: string = cliNowIso()): Promise<void> {
  const wi = args.indexOf("--workbook");
  const workbook = wi >= 0 ? args[wi + 1] : undefined;
  const dryRun = args.includes("--dry-run");
  const files = args.filter((a, i) => !a.startsWith("--") && !(wi >= 0 && i === wi + 1));
  if (!workbook || files.length !== 1) throw new Error(USAGE);
  const file = files[0];
  const bytes = new Uint8Array(await readFile(file));
  const port = await openWorkbookFile(workbook);
  if (!dryRun) await assertWritable(workbook);
  const preview = await previewOrganisationList(port, { name: basename(file), bytes });
  const lines = describePreview(basename(file), preview);
  if (dryRun) lines.push("Свод не изменён (--dry-run).");
  else if (preview.organisations.length === 0) lines.push("В «Организациях» ничего не меняется; свод не изменён.");
  else {
    const result = await applyOrganisationList(port, preview, nowIso, basename(file));
    await saveWorkbookFile(port, workbook);
    lines.push(`Добавлено: ${result.added}, обновлено: ${result.updated}. Свод сохранён: ${workbook}`);
  }
  process.stdout.write(lines.join("\n") + "\n");
}
