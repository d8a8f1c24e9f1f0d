// What a deadline phrase is read against: the document's school year and date, and the
// workbook settings. Also the shape every phrase family returns.
import { isoDate, isValidDate } from "../../dates";
import { formatRu } from "../../dates";
import type { DeadlineKind, ParseSettings } from "../../model";
import { DEFAULT_PARSE_SETTINGS } from "../../model";

export interface DeadlineContext {
  /** `YYYY-YYYY` the document addresses, or null. */
  schoolYear: string | null;
  /** The document's date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), or null. */
  documentDate: string | null;
  settings: ParseSettings;
}

export const EMPTY_CONTEXT: DeadlineContext = { schoolYear: null, documentDate: null, settings: DEFAULT_PARSE_SETTINGS };

/** One family's reading of a phrase; `implied` lists what the text did not say, in Russian. */
export interface Reading {
  kind: DeadlineKind;
  due: string | null;
  implied: string[];
}

export function schoolYearStart(ctx: DeadlineContext): number | null {
  const m = /^(\d{4})/.exec(ctx.schoolYear ?? "");
  return m ? Number(m[1]) : null;
}

/** Last day of the school year that starts in `startYear`. */
export function schoolYearEndDate(startYear: number, settings: ParseSettings): string {
  const { month, day } = settings.schoolYearEnd;
  const y = startYear + 1;
  return isValidDate(y, month, day) ? isoDate(y, month, day) : isoDate(y, month, 28);
}

/** First day of the school year that starts in `startYear` (the day after the previous one ends). */
export function schoolYearFirstDay(startYear: number, settings: ParseSettings): string {
  const { month, day } = settings.schoolYearEnd;
  const d = new Date(Date.UTC(startYear, month - 1, day + 1));
  return d.toISOString().slice(0, 10);
}

/** True when month/day falls in the autumn half of a school year (after the year's end day). */
function inFirstCalendarYear(month: number, day: number, settings: ParseSettings): boolean {
  const end = settings.schoolYearEnd;
  return month > end.month || (month === end.month && day > end.day);
}

export interface YearGuess {
  year: number;
  note: string;
}

/**
 * The year of a day and month written without one: inside the document's school year,
 * else the document's own year. Null when neither is known.
 */
export function guessYear(month: number, day: number, ctx: DeadlineContext): YearGuess | null {
  const start = schoolYearStart(ctx);
  if (start !== null) {
    const year = inFirstCalendarYear(month, day, ctx.settings) ? start : start + 1;
    return { year, note: `Год срока не указан: взят ${year} из учебного года ${start}-${start + 1}` };
  }
  const docYear = documentYear(ctx);
  if (docYear !== null) return { year: docYear, note: `Год срока не указан: взят ${docYear} по дате документа` };
  return null;
}

export function documentYear(ctx: DeadlineContext): number | null {
  const m = /^(\d{4})/.exec(ctx.documentDate ?? "");
  return m ? Number(m[1]) : null;
}

/** «Год срока не указан…» reading a month (and day) against the context, or a «cannot tell» reading. */
export function yearOrUnknown(month: number, day: number, ctx: DeadlineContext): YearGuess | Reading {
  const g = guessYear(month, day, ctx);
  return g ?? { kind: "none", due: null, implied: ["Год срока не указан, а учебный год документа неизвестен: срок не вычислен"] };
}

export function isReading(x: YearGuess | Reading): x is Reading {
  return (x as Reading).kind !== undefined;
}

export function ru(iso: string): string {
  return formatRu(iso);
}

/** Two-digit years: «20» → 2020. */
export function fullYear(y: string): number {
  const n = Number(y);
  return y.length <= 2 ? 2000 + n : n;
}
