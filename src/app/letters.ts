// Use case «Письма в организации»: for the quarter's blanks or, after the check, the reminders,
// one e-mail draft (.eml, opened as a draft by Outlook and Thunderbird) per organisation with
// an e-mail in «Организации», all in one .zip, and the same letters as one .docx for offices
// that write on paper. Organisations without an e-mail get no draft but are listed (and are
// in the .docx). Nothing is written to the свод.

import JSZip from "jszip";
import { oneLine, reportingPeriod } from "../core/check";
import { addDays } from "../core/dates";
import {
  blanksLetter,
  documentsPhrase,
  letterText,
  reminderItems,
  reminderLetter,
  reportDueDate,
  type DocumentRef,
  type Letter,
  type LetterContext,
  type LetterKind,
  type LetterRecipient,
} from "../core/letters";
import { parsePeriod, periodId } from "../core/periods";
import { CONTROL, DIRECTIVES } from "../core/workbook/schema";
import type { WorkbookPort } from "../core/workbook/port";
import { emlBytes, isEmailAddress } from "../formats/eml";
import { lettersDocx } from "../formats/letters-docx";
import { CheckError, readCheckData } from "./check";
import { makeReportFiles } from "./report-templates";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface LettersOptions {
  kind: LetterKind;
  /** `2024-Q1`; for reminders, else «Текущий период» (or the quarter of the check). */
  period?: string | null;
  /** The date asked for in the letters, ISO; else the 5th of the month after the quarter. */
  due?: string | null;
}

export interface LetterDraft {
  letter: Letter;
  fileName: string;
  bytes: Uint8Array;
}

export interface LettersResult {
  kind: LetterKind;
  period: string;
  due: string;
  /** For reminders: «По состоянию на» of the check they follow. */
  asOf: string | null;
  /** Every letter, with an e-mail or not: the .docx holds them all. */
  letters: Letter[];
  drafts: LetterDraft[];
  /** Organisations that get a letter but have no usable e-mail: no draft for them. */
  withoutEmail: { code: string; name: string; email: string }[];
  zip: Uint8Array;
  zipName: string;
  docx: Uint8Array;
  docxName: string;
  /** Russian sentences: what to fix in «Настройки» for better letters. */
  problems: string[];
}

/** The name of the list of organisations without an e-mail, put in the .zip beside the drafts. */
export const NO_EMAIL_FILE = "Без адреса электронной почты.txt";

/** Offset from UTC of the local moment `nowIso`, in minutes (for the draft's Date header). */
function offsetOf(nowIso: string): number {
  const d = new Date(nowIso.slice(0, 19));
  return Number.isNaN(d.getTime()) ? 0 : -d.getTimezoneOffset();
}

export async function makeLetters(port: WorkbookPort, options: LettersOptions, nowIso: string): Promise<LettersResult> {
  const data = await readCheckData(port);
  const rows = (name: string) => data.tables.get(name)?.rows ?? [];
  const today = nowIso.slice(0, 10);
  const periodText = options.period?.trim() || (options.kind === "reminders" ? reportingPeriod(data.settings.asOf ?? today, data.settings.currentPeriod) : data.settings.currentPeriod);
  const quarter = periodText ? parsePeriod(periodText) : null;
  if (!quarter) throw new CheckError(`Период «${periodText ?? ""}» не распознан: укажите квартал в виде ГГГГ-Qн, например 2024-Q1.`);
  const period = periodId(quarter);

  const { settings } = data;
  const problems: string[] = [];
  if (!settings.officeEmail) problems.push("В «Настройках» не указана «Электронная почта для писем в организации»: в черновиках нет отправителя, почтовая программа спросит его.");
  else if (!isEmailAddress(settings.officeEmail)) problems.push(`Адрес «${settings.officeEmail}» в «Настройках» не похож на адрес электронной почты: в черновиках нет отправителя.`);
  if (!settings.officeName) problems.push("В «Настройках» не указано «Наименование органа управления образованием»: в письмах вместо него — «Управление образования».");
  if (!settings.headSignature) problems.push("В «Настройках» не указана «Подпись документа»: в письмах оставлено место для подписи.");

  // Organisations in register order, with what the letters need.
  const recipients = new Map<string, LetterRecipient>();
  for (const r of data.rows.organisations) {
    const code = oneLine(r.code);
    if (!code) continue;
    const name = oneLine(r.shortName) || oneLine(r.fullName) || code;
    recipients.set(code.toLowerCase(), { code, name, fullName: oneLine(r.fullName) || name, email: oneLine(r.email) || null, head: oneLine(r.head) });
  }

  // The documents each organisation reports on, for «об исполнении резолюции конференции от …».
  const documents = new Map<string, DocumentRef>(
    data.rows.documents.map((r) => [oneLine(r.id), { kind: oneLine(r.kind), title: oneLine(r.title), date: oneLine(r.date) || null }]),
  );
  const documentsOf = (orgCode: string, keys?: Set<string>): string => {
    const ids = new Set<string>();
    for (const d of data.directives) {
      if (!d.onControl || !d.documentId || !d.addressees.some((a) => a.toLowerCase() === orgCode.toLowerCase())) continue;
      if (keys && !keys.has(d.key.toLowerCase())) continue;
      ids.add(d.documentId);
    }
    return documentsPhrase([...ids].map((id) => documents.get(id)).filter((d): d is DocumentRef => !!d));
  };

  const blanks = await makeReportFiles(port, period, nowIso);
  const blankOf = new Map(blanks.files.map((f) => [f.orgCode.toLowerCase(), f]));
  const recipientOf = (code: string): LetterRecipient => recipients.get(code.toLowerCase()) ?? { code, name: code, fullName: code, email: null, head: "" };

  let due = options.due ?? reportDueDate(period);
  let asOf: string | null = null;
  const letters: Letter[] = [];
  const context = (docs: string): LetterContext => ({ sender: settings, period, due, documents: docs });
  if (options.kind === "blanks") {
    for (const f of blanks.files) letters.push(blanksLetter(recipientOf(f.orgCode), context(documentsOf(f.orgCode)), f.fileName));
  } else {
    const set = reminderItems(rows(CONTROL.name), rows(DIRECTIVES.name));
    if (!rows(CONTROL.name).length) throw new CheckError("Лист «Контроль» пуст: сначала проверьте сроки, затем готовьте напоминания.");
    asOf = set.asOf ?? today;
    // A due date already past when the reminders go out would be no request at all.
    if (!options.due && due <= today) due = addDays(today, 5);
    const order = [...recipients.values()].map((r) => r.code.toLowerCase());
    const codes = [...set.byOrg.keys()].sort((a, b) => rank(order, a) - rank(order, b));
    for (const code of codes) {
      const items = set.byOrg.get(code) ?? [];
      const blank = blankOf.get(code.toLowerCase());
      letters.push(reminderLetter(recipientOf(code), items, asOf, context(documentsOf(code, new Set(items.map((i) => i.directiveKey.toLowerCase())))), blank?.fileName ?? null));
    }
  }

  const from = settings.officeEmail && isEmailAddress(settings.officeEmail) ? { name: settings.officeName, email: settings.officeEmail } : null;
  const drafts: LetterDraft[] = [];
  const withoutEmail: LettersResult["withoutEmail"] = [];
  const own = settings.officeEmail.trim().toLowerCase();
  for (const letter of [...letters]) {
    // The office itself among the organisations (it may be an executor): no letter to itself.
    if (own && (letter.to.email ?? "").trim().toLowerCase() === own) {
      letters.splice(letters.indexOf(letter), 1);
      problems.push(`${letter.to.name} (${letter.to.code}): адрес совпадает с адресом отправителя в «Настройках» — письмо не сделано.`);
      continue;
    }
    const email = letter.to.email ?? "";
    // «a@b.ru; c@d.ru» in one cell: the first address.
    const first = email.split(/[;,\s]+/).find(Boolean) ?? "";
    if (!isEmailAddress(first)) {
      withoutEmail.push({ code: letter.to.code, name: letter.to.name, email });
      continue;
    }
    const blank = letter.attachmentName ? blankOf.get(letter.to.code.toLowerCase()) : undefined;
    const bytes = emlBytes({
      from,
      to: { name: letter.to.name, email: first },
      subject: letter.subject,
      text: letterText(letter),
      attachments: blank ? [{ fileName: blank.fileName, contentType: XLSX_TYPE, bytes: blank.bytes }] : [],
      date: { local: nowIso, offsetMinutes: offsetOf(nowIso) },
      id: `svodka.${letter.kind}.${period}.${hex(letter.to.code)}.${nowIso.replace(/\D/g, "")}`,
    });
    drafts.push({ letter, fileName: `${letter.fileStem}.eml`, bytes });
  }

  const stem = options.kind === "blanks" ? `Письма_с_бланками_${period}` : `Напоминания_${period}`;
  const zip = new JSZip();
  for (const d of drafts) zip.file(d.fileName, d.bytes);
  if (withoutEmail.length) {
    const lines = withoutEmail.map((o) => `${o.code}\t${o.name}${o.email ? `\t(адрес «${o.email}» не распознан)` : ""}`);
    zip.file(NO_EMAIL_FILE, `Нет адреса электронной почты в листе «Организации» — письма только в ${stem}.docx:\r\n${lines.join("\r\n")}\r\n`);
  }
  const title = options.kind === "blanks" ? `Письма о предоставлении информации за ${period}` : `Напоминания о сроках исполнения поручений за ${period}`;
  return {
    kind: options.kind,
    period,
    due,
    asOf,
    letters,
    drafts,
    withoutEmail,
    zip: await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }),
    zipName: `${stem}.zip`,
    docx: await lettersDocx(letters, settings.officeName, title),
    docxName: `${stem}.docx`,
    problems,
  };
}

function rank(order: string[], code: string): number {
  const i = order.indexOf(code.toLowerCase());
  return i < 0 ? Infinity : i;
}

/** An organisation code (Cyrillic) as ASCII for the Message-ID. */
function hex(s: string): string {
  return Array.from(new TextEncoder().encode(s), (b) => b.toString(16).padStart(2, "0")).join("");
}
