// Russian wording shared by the letters: the greeting, the documents' names, the signature,
// the date reports are due.

import { addDays, formatRu } from "../dates";
import { dateFromText } from "../workbook/cell-text";
import { parsePeriod, periodEnd } from "../periods";
import type { LetterSender } from "./types";

/**
 * «Петрова Анна Викторовна» → «Уважаемая Анна Викторовна!»; the gender is read from the
 * patronymic. A head written otherwise (initials, a post) gets the neutral «Уважаемый руководитель!».
 */
export function greetingFor(head: string): string {
  const words = head.replace(/[.,]/g, " ").trim().split(/\s+/).filter(Boolean);
  if (words.length === 3 && words.every((w) => /^[А-ЯЁ][а-яё-]+$/.test(w))) {
    const [, name, patronymic] = words;
    if (/(вна|чна|шна)$/.test(patronymic)) return `Уважаемая ${name} ${patronymic}!`;
    if (/(ич)$/.test(patronymic)) return `Уважаемый ${name} ${patronymic}!`;
  }
  return "Уважаемый руководитель!";
}

/** The day reports on a quarter are due: the 5th of the month after it (as the recurring directives say). */
export function reportDueDate(period: string): string {
  const p = parsePeriod(period);
  if (!p) throw new Error(`Период «${period}» записан неверно: нужно, например, 2024-Q1.`);
  return addDays(periodEnd(p), 5);
}

export interface DocumentRef {
  /** «резолюция конференции», «решение коллегии». */
  kind: string;
  title: string;
  /** As «Документы» holds it: ДД.ММ.ГГГГ as the document wrote it, or ISO (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`). */
  date: string | null;
}

const GENITIVE: [RegExp, string][] = [
  [/^решение(?=\s|$)/i, "решения"],
  [/^резолюция(?=\s|$)/i, "резолюции"],
  [/^протокол(?=\s|$)/i, "протокола"],
  [/^приказ(?=\s|$)/i, "приказа"],
  [/^постановление(?=\s|$)/i, "постановления"],
  [/^распоряжение(?=\s|$)/i, "распоряжения"],
];

/** «резолюция конференции» → «резолюции конференции от 28.08.2024»; any other kind keeps «решения». (`\b` knows no Cyrillic.) */
export function documentGenitive(d: DocumentRef): string {
  const kind = d.kind.trim().replace(/\s+/g, " ");
  const hit = GENITIVE.find(([re]) => re.test(kind));
  const phrase = hit ? kind.replace(hit[0], hit[1]) : kind ? `решения (${kind})` : "решения";
  // «Дата принятия» holds the date as the document wrote it (ДД.ММ.ГГГГ), or ISO in older своды.
  const iso = d.date && dateFromText(d.date);
  const date = iso ? ` от ${formatRu(iso)}` : "";
  return `${phrase}${date}`;
}

/** One document: its genitive; several: «решений (…; …)». */
export function documentsPhrase(docs: DocumentRef[]): string {
  if (docs.length === 0) return "решений";
  if (docs.length === 1) return documentGenitive(docs[0]);
  return `решений (${docs.map(documentGenitive).join("; ")})`;
}

/** The signature block: the head's post and name, then the executor and phone. */
export function closingLines(sender: LetterSender): string[] {
  const lines = [sender.headSignature || "Начальник управления образования ____________"];
  const executor = [sender.executorName && `Исп.: ${sender.executorName}`, sender.executorPhone && `тел. ${sender.executorPhone}`].filter(Boolean).join(", ");
  if (executor) lines.push(executor);
  return lines;
}

/** A file name part safe on every system. */
export function safeFilePart(s: string): string {
  return s.replace(/[\\/:*?"<>|«»\u0000-\u001f]/g, "_").replace(/\s+/g, " ").trim().slice(0, 80);
}
