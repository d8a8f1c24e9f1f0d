// The two letters an office sends each quarter: the report blanks with the request, and the
// reminder after the check to those who are late, silent or close to a deadline.

import { formatRu } from "../dates";
import { daysRu } from "../check/ru-text";
import { MARK } from "../check/types";
import { parsePeriod, periodLabel } from "../periods";
import type { ReminderItem } from "./reminders";
import type { Letter, LetterRecipient, LetterSender } from "./types";
import { closingLines, greetingFor, safeFilePart } from "./wording";

export interface LetterContext {
  sender: LetterSender;
  /** `2024-Q1`. */
  period: string;
  /** The date reports are due, ISO. */
  due: string;
  /** «резолюции конференции от 28.08.2024» (see documentsPhrase). */
  documents: string;
}

function quarterText(period: string): string {
  const p = parsePeriod(period);
  return p ? periodLabel(p) : period;
}

function from(sender: LetterSender): string {
  return sender.officeName || "Управление образования";
}

/** «О предоставлении информации об исполнении резолюции конференции от 28.08.2024 за I квартал 2024 г.» */
export function blanksLetter(to: LetterRecipient, ctx: LetterContext, attachmentName: string | null): Letter {
  const quarter = quarterText(ctx.period);
  const paragraphs = [
    `${from(ctx.sender)} просит представить информацию об исполнении ${ctx.documents} за ${quarter} в срок до ${formatRu(ctx.due)}.`,
    attachmentName
      ? `Информацию просим внести в прилагаемую форму отчёта (файл «${attachmentName}»): по каждому поручению укажите статус, дату выполнения, что сделано и, где есть целевой показатель, его значение. Заполненный файл направьте ответным письмом, не переименовывая и не меняя его структуру.`
      : "Информацию просим направить ответным письмом по каждому поручению: статус, дату выполнения, что сделано и значение целевого показателя.",
  ];
  return {
    kind: "blanks",
    to,
    subject: `О предоставлении информации об исполнении ${ctx.documents} за ${quarter}, срок — до ${formatRu(ctx.due)}`,
    greeting: greetingFor(to.head),
    paragraphs,
    attachmentName,
    closing: closingLines(ctx.sender),
    fileStem: safeFilePart(`Письмо_${to.code}_${ctx.period}`),
  };
}

const GROUPS: { mark: ReminderItem["mark"]; heading: (quarter: string) => string }[] = [
  { mark: MARK.overdue, heading: () => "Истёк срок исполнения" },
  { mark: MARK.noReport, heading: (quarter) => `Не представлена информация за ${quarter}` },
  { mark: MARK.dueSoon, heading: () => "Срок исполнения истекает" },
];

function itemLine(item: ReminderItem): string {
  const deadline = item.controlDate ? `срок — ${formatRu(item.controlDate)}` : "срок не установлен";
  const overdue = item.mark === MARK.overdue && item.days !== null ? `, просрочено на ${daysRu(item.days)}` : "";
  const text = item.text.replace(/[\s.;,]+$/, "");
  return `— п. ${item.n || "б/н"}. ${text} (${deadline}${overdue})`;
}

/** The reminder: exactly the directives marked «Просрочено», «Нет отчёта» or «Срок истекает», with their dates. */
export function reminderLetter(to: LetterRecipient, items: ReminderItem[], asOf: string, ctx: LetterContext, attachmentName: string | null): Letter {
  const quarter = quarterText(ctx.period);
  const paragraphs = [`${from(ctx.sender)} напоминает, что по состоянию на ${formatRu(asOf)} по решениям, находящимся на контроле, имеются следующие поручения:`];
  for (const g of GROUPS) {
    const own = items.filter((i) => i.mark === g.mark);
    if (!own.length) continue;
    paragraphs.push(`${g.heading(quarter)}:`);
    for (const i of own) paragraphs.push(itemLine(i));
  }
  const asks = [`Просим в срок до ${formatRu(ctx.due)} представить информацию об исполнении указанных поручений за ${quarter}${attachmentName ? ` по прилагаемой форме (файл «${attachmentName}»)` : ""}.`];
  if (items.some((i) => i.mark === MARK.overdue)) asks.push("По поручениям с истёкшим сроком просим также представить пояснение о причинах неисполнения и сроках исполнения.");
  paragraphs.push(asks.join(" "));
  return {
    kind: "reminders",
    to,
    subject: `О сроках исполнения поручений (по состоянию на ${formatRu(asOf)})`,
    greeting: greetingFor(to.head),
    paragraphs,
    attachmentName,
    closing: closingLines(ctx.sender),
    fileStem: safeFilePart(`Напоминание_${to.code}_${ctx.period}`),
  };
}

/** The letter as plain text, the body of the e-mail. */
export function letterText(letter: Letter): string {
  const parts = [letter.greeting, ...letter.paragraphs];
  if (letter.attachmentName) parts.push(`Приложение: ${letter.attachmentName}.`);
  return `${parts.join("\n\n")}\n\n${letter.closing.join("\n")}\n`;
}
