// The structure of a recurring deadline, read from its words: how often, and the day the
// text names («ежеквартально, до 5 числа месяца, следующего за отчётным кварталом»,
// «ежемесячно до 25 числа», «ежегодно до 1 сентября»). The check needs it to find the
// control date of a recurring directive for one reporting quarter; the raw text stays as
// written in «Поручения», and this is read from it again wherever it is needed.

import { isoDate, lastDayOfMonth } from "../../dates";
import type { Deadline } from "../../model";
import type { Quarter } from "../../periods";

export type RecurrenceInterval = "week" | "month" | "quarter" | "halfYear" | "year";

export interface Recurrence {
  every: RecurrenceInterval | null;
  /** Day of the month the text names; null when it names none («ежеквартально»). */
  day: number | null;
  /**
   * Which month that day is in, for a reporting interval: the month after it ends
   * («следующего за отчётным»), its last month, its first month, or a month by name.
   */
  month: "next" | "last" | "first" | number | null;
}

const MONTHS = ["январ", "феврал", "март", "апрел", "ма[йя]", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"];
const NAMED_DATE = new RegExp(`(?<!\\d)(\\d{1,2})(?:-?го)?\\s+(${MONTHS.join("|")})[а-я]*`);
const DAY = /(?:до|не\s+позднее|не\s+позже|к|по)\s+(\d{1,2})(?:-?го)?\s+числа/;

function intervalOf(t: string): RecurrenceInterval | null {
  if (/еженедельно|в\s+неделю/.test(t)) return "week";
  if (/ежемесячно|в\s+месяц|каждого\s+месяца|отчетн\w*\s+месяц|за\s+отчетным\s+месяцем/.test(t)) return "month";
  if (/полугод|полгода/.test(t)) return "halfYear";
  if (/ежекварталь?но|квартал|четверт/.test(t)) return "quarter";
  if (/ежегодно|в\s+год|годом/.test(t)) return "year";
  return null;
}

/** Reads a recurring deadline phrase; null when the words name no rhythm and no day. */
export function readRecurrence(raw: string | null | undefined): Recurrence | null {
  const t = (raw ?? "").toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ");
  if (!t.trim()) return null;
  const every = intervalOf(t);
  const named = NAMED_DATE.exec(t);
  if (named) {
    const month = MONTHS.findIndex((m) => new RegExp(`^${m}`).test(named[2])) + 1;
    return { every: every ?? "year", day: Number(named[1]), month };
  }
  const dayMatch = DAY.exec(t);
  const day = dayMatch ? Number(dayMatch[1]) : null;
  if (day !== null && (day < 1 || day > 31)) return every ? { every, day: null, month: null } : null;
  if (!every && day === null) return null;
  let month: Recurrence["month"] = null;
  if (day !== null) {
    if (/следующ\w*\s+за|за\s+отчетн|после\s+отчетн/.test(t)) month = "next";
    else if (/последн\w*\s+месяц/.test(t)) month = "last";
    else if (/перв\w*\s+месяц/.test(t)) month = "first";
    else month = "last"; // «ежемесячно до 25 числа»: the quarter's last such day
  }
  return { every: every ?? "month", day, month };
}

const QUARTERS_ENDING: Record<RecurrenceInterval, (q: Quarter["q"]) => boolean> = {
  week: () => true,
  month: () => true,
  quarter: () => true,
  halfYear: (q) => q === 2 || q === 4,
  year: (q) => q === 4,
};

/**
 * The control date of a recurring directive for reporting quarter `p`: the day the text
 * names for that quarter, never the end of the quarter itself. Null when the text names no
 * day, or when no interval of the rhythm ends in `p` (a half-year report in the first quarter).
 */
export function recurrenceDue(r: Recurrence | null, p: Quarter): string | null {
  if (!r || r.day === null || r.month === null) return null;
  const firstMonth = (p.q - 1) * 3 + 1;
  if (typeof r.month === "number") {
    // A named date recurs every year: it is due in `p` only when it falls in `p`.
    if (r.month < firstMonth || r.month > firstMonth + 2) return null;
    return clampDay(p.year, r.month, r.day);
  }
  if (r.every && !QUARTERS_ENDING[r.every](p.q)) return null;
  if (r.month === "first") return clampDay(p.year, firstMonth, r.day);
  if (r.month === "last") return clampDay(p.year, firstMonth + 2, r.day);
  const next = firstMonth + 3;
  return next > 12 ? clampDay(p.year + 1, next - 12, r.day) : clampDay(p.year, next, r.day);
}

/** «до 31 числа» in a 30-day month is its last day. */
function clampDay(year: number, month: number, day: number): string {
  const last = lastDayOfMonth(year, month);
  return day > Number(last.slice(8)) ? last : isoDate(year, month, day);
}

/** The deadline with its recurrence attached when it is recurring and the words give one. */
export function withRecurrence(d: Deadline): Deadline {
  if (d.kind !== "recurring") return d;
  const recurrence = readRecurrence(d.raw);
  return recurrence ? { ...d, recurrence } : d;
}
