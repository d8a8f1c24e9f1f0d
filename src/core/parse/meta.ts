// Document meta: the document's number and school year; its title (meta-title.ts) and adoption
// date (meta-date.ts) re-exported.
import type { ParseSettings } from "../model";
import { matchView } from "./normalise";
import type { Title } from "./meta-title";

export { explicitDate } from "./meta-date";
export { findTitle, type Title } from "./meta-title";

// «№ 5», «№5», «№ 2/3», «№ 12-р», «N 123-од»: the printed number, up to a space or a quote.
const NUMBER_SIGN = /(?:^|[\s(,])(?:№|N(?=\s*\d))\s*(\d[\dа-яёa-z]*(?:[-/.][\dа-яёa-z]+)*)/i;
// A number that belongs to the name of a school or an organisation, not to the document.
const ORGANISATION_BEFORE = /(?:школ[а-яё]*|сош|оош|нош|гимнази[а-яё]*|лице[а-яё]*|сад[а-яё]*|доу|[мг][бак]?оу|учреждени[а-яё]*|организаци[а-яё]*)\s*$/i;

function withoutQuoted(line: string): string {
  let s = line;
  for (let prev = ""; prev !== s; ) {
    prev = s;
    s = s.replace(/«[^«»]*»?/g, " ").replace(/"[^"]*"/g, " ");
  }
  return s;
}

function numberIn(line: string): string | null {
  const view = withoutQuoted(line.slice(0, 300));
  const m = NUMBER_SIGN.exec(view);
  if (!m || ORGANISATION_BEFORE.test(view.slice(0, m.index + 1))) return null;
  return m[1].replace(/[.\-/]+$/, "");
}

/**
 * The document's own number as printed in its heading: «РЕШЕНИЕ № 6», «Приказ от 28.08.2024
 * № 123», «от «22» апреля 2024 г. № 2/3», «(протокол от 27 марта 2025 г. № 5)». Only the title
 * lines and the few header lines under them are read, so a school's «№ 3» above the heading or
 * a number quoted in the body is not taken. Null when the heading gives none.
 */
export function documentNumber(lines: string[], title: Title, bodyStart = lines.length): string | null {
  const last = Math.min(title.endLine + 3, lines.length - 1, bodyStart > title.startLine ? bodyStart - 1 : title.endLine + 3);
  for (let i = title.startLine; i <= last; i++) {
    const line = lines[i];
    if (!line) continue;
    // a numbered item or a long paragraph is the body, not the heading (the run-in heading line is read from its start)
    if (i > title.startLine && (/^\d+[.)]\s/.test(line) || line.length > 200)) break;
    const n = numberIn(line);
    if (n) return n;
  }
  return null;
}

const SCHOOL_YEAR_MENTION = /(\d{4})\s*[-/]\s*(\d{4}|\d{2})(?!\d)\s*(?:учебн|уч\.)/g;
const PAST_CONTEXT = /(итог[а-я]*|прошедш[а-я]*|прошл[а-я]*|результат[а-я]*|анализ[а-я]*)\s+$/;

/** Forward-looking school years named in the text («задачи на 2021-2022 учебный год»); the latest wins. */
export function mentionedSchoolYear(text: string): number | null {
  const view = matchView(text);
  let best: number | null = null;
  SCHOOL_YEAR_MENTION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SCHOOL_YEAR_MENTION.exec(view))) {
    const start = Number(m[1]);
    const endText = m[2];
    const end = endText.length === 2 ? Math.floor(start / 100) * 100 + Number(endText) : Number(endText);
    if (end !== start + 1) continue;
    if (PAST_CONTEXT.test(view.slice(Math.max(0, m.index - 30), m.index))) continue;
    best = best === null ? start : Math.max(best, start);
  }
  return best;
}

/** The school year a dated document addresses: August meetings look at the year that starts then. */
export function schoolYearOfDate(date: string, settings: ParseSettings): number | null {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(date);
  if (!m || !m[2]) return null;
  const year = Number(m[1]);
  return Number(m[2]) >= settings.schoolYearEnd.month ? year : year - 1;
}

/** «… в 2020 году» in the title. */
export function titleYear(title: string): number | null {
  // «на 2021-2025 годы» is a programme's span, not the year of the document
  const m = /(?<!\d|\d\s*[-/]\s*)((?:19|20)\d{2})(?!\d|\s*[-/]\s*\d)/.exec(title);
  return m ? Number(m[1]) : null;
}

export function isAugustMeeting(text: string): boolean {
  return /августовск/.test(matchView(text));
}
