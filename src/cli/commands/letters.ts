// `svodka letters --workbook <свод.xlsx> --kind blanks|reminders --period 2024-Q1 --out <папка>
// [--due ДД.ММ.ГГГГ]`: one .eml draft per organisation with an e-mail, a .zip of them and the
// same letters as one .docx, each file written atomically. The свод is only read.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { makeLetters, type LettersResult } from "../../app/letters";
import { formatRu, isoToSerial, ruDateToIso } from "../../core/dates";
import type { LetterKind } from "../../core/letters";
import { writeFileAtomically } from "../atomic-write";
import { openWorkbookFile } from "../workbook-file";
import { optionValue, requiredOption } from "./check";

const KINDS: Record<string, LetterKind> = { blanks: "blanks", reminders: "reminders", бланки: "blanks", напоминания: "reminders" };

function dueOption(args: string[]): string | null {
  const v = optionValue(args, "--due");
  if (v === undefined) return null;
  const iso = ruDateToIso(v) ?? v;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || isoToSerial(iso) === null) throw new Error(`Дата «${v}» не распознана: укажите её как ДД.ММ.ГГГГ или ГГГГ-ММ-ДД.`);
  return iso;
}

/** Writes the drafts, the .zip and the .docx into `out`; returns the lines to print. */
export async function writeLetters(result: LettersResult, out: string): Promise<string[]> {
  await mkdir(out, { recursive: true });
  for (const d of result.drafts) await writeFileAtomically(join(out, d.fileName), d.bytes, { what: "Файл" });
  await writeFileAtomically(join(out, result.zipName), result.zip, { what: "Файл" });
  await writeFileAtomically(join(out, result.docxName), result.docx, { what: "Файл" });
  const what = result.kind === "blanks" ? "Писем с бланками" : "Напоминаний";
  const lines = [
    `${what}: ${result.letters.length}${result.asOf ? ` (по проверке на ${formatRu(result.asOf)})` : ""}, срок в письмах — до ${formatRu(result.due)}.`,
    `Черновики писем (.eml, откроются в почте как черновики): ${result.drafts.length}, папка: ${out}; архив: ${result.zipName}; для печати: ${result.docxName}.`,
  ];
  if (result.withoutEmail.length) {
    lines.push(`Нет адреса электронной почты в листе «Организации» — черновик не сделан, письмо есть в ${result.docxName}:`);
    for (const o of result.withoutEmail) lines.push(`  ${o.code} ${o.name}${o.email ? ` (адрес «${o.email}» не распознан)` : ""}`);
  }
  lines.push(...result.problems);
  return lines;
}

export async function lettersCommand(args: string[], nowIso: string): Promise<void> {
  const workbook = requiredOption(args, "--workbook", "файл свода");
  const kindText = requiredOption(args, "--kind", "вид писем: blanks или reminders");
  const kind = KINDS[kindText.toLowerCase()];
  if (!kind) throw new Error(`Вид писем «${kindText}» неизвестен: укажите --kind blanks (бланки отчётов) или --kind reminders (напоминания после проверки).`);
  const out = requiredOption(args, "--out", "папка для писем");
  const port = await openWorkbookFile(workbook);
  const result = await makeLetters(port, { kind, period: optionValue(args, "--period") ?? null, due: dueOption(args) }, nowIso);
  process.stdout.write((await writeLetters(result, out)).join("\n") + "\n");
}
