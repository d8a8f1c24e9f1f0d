// `npm run svodka -- check --workbook <свод.xlsx> [--as-of 2024-03-31]`: marks every directive
// on control in «Контроль» and saves the свод in place (written to a temporary file, then renamed).

import { runCheck } from "../../app/check";
import { formatRu, isoToSerial, ruDateToIso } from "../../core/dates";
import { assertWritable, openWorkbookFile, saveWorkbookFile } from "../workbook-file";

/** The value after `--name`, or undefined. */
export function optionValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (v === undefined || v.startsWith("--")) throw new Error(`После ${name} не указано значение.`);
  return v;
}

/** `--as-of` as ISO; accepts 2024-03-31 and 31.03.2024. */
export function asOfOption(args: string[]): string | null {
  const v = optionValue(args, "--as-of");
  if (v === undefined) return null;
  const iso = ruDateToIso(v) ?? v;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || isoToSerial(iso) === null) {
    throw new Error(`Дата «${v}» не распознана: укажите её как ГГГГ-ММ-ДД или ДД.ММ.ГГГГ.`);
  }
  return iso;
}

export function requiredOption(args: string[], name: string, what: string): string {
  const v = optionValue(args, name);
  if (!v) throw new Error(`Не указан ${what} (${name}).`);
  return v;
}

export async function checkCommand(args: string[], nowIso: string): Promise<void> {
  const workbook = requiredOption(args, "--workbook", "файл свода");
  const asOf = asOfOption(args);
  const port = await openWorkbookFile(workbook);
  await assertWritable(workbook);
  const result = await runCheck(port, asOf, nowIso);
  await saveWorkbookFile(port, workbook);

  const lines = [`Проверка по состоянию на ${formatRu(result.asOf)} (период ${result.period}):`];
  for (const [mark, n] of Object.entries(result.counts)) if (n > 0) lines.push(`  ${mark}: ${n}`);
  if (lines.length === 1) lines.push("  отметок нет");
  if (result.withoutAddressees) {
    lines.push(`Поручений без адресатов: ${result.withoutAddressees} — укажите коды организаций в столбце «Адресаты (коды)» или на листе «Адресаты».`);
  }
  if (result.controlObsolete) lines.push(`  Не актуально (адресат или поручение удалены): ${result.controlObsolete}`);
  if (result.addresseesRefreshed) lines.push(`Организации-исполнители обновлены по листу «Адресаты»: поручений — ${result.addresseesRefreshed}.`);
  lines.push(`«Контроль»: добавлено ${result.controlAdded}, обновлено ${result.controlUpdated}; статусов в «Поручениях» изменено: ${result.directivesUpdated}.`);
  for (const p of result.settingsProblems) lines.push(p);
  process.stdout.write(lines.join("\n") + "\n");
}
