// Reading one school-entered value the way a careful methodologist would: numbers with
// decimal commas and non-breaking spaces, percents in every spelling, dates as serial,
// ISO, «01.10.2023» or «1 окт», statuses in free words. Each function returns the value or
// a Russian reason why the cell cannot be read.

import { daysBetween, isoDate, isValidDate } from "../dates";
import type { GridCell } from "./grid";
import { yesNoText } from "../workbook/cell-text";

export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };
const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const no = (reason: string): Read<never> => ({ ok: false, reason });

export const STATUSES = ["выполнено", "выполняется", "не выполнено"] as const;
export type ReportStatus = (typeof STATUSES)[number];

/** Lower-case, ё→е, punctuation and extra spaces dropped. */
export function normaliseWords(s: string): string {
  return s
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/[.,;:!?«»"'()[\]\-–—_/\\*]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const NOT_DONE = /^(не выполн[а-я]*|не исполн[а-я]*|не сделано|не начат[а-я]*|нет|не проводил[а-я]*|не провед[а-я]*|отсутствует)( .*)?$/;
const IN_PROGRESS = /^(выполняется|в работе|в процессе|частично( .*)?|выполнено частично|исполняется|начато|ведется работа|ведется|продолжается|в стадии .*)$/;
const DONE = /^(выполнено|выполнен|выполнена|исполнено|сделано|да|проведено|проведен[а-я]*|реализовано)( в полном объеме| полностью)?$/;

export function readStatus(text: string): Read<ReportStatus> {
  const s = normaliseWords(text);
  if (NOT_DONE.test(s)) return ok("не выполнено");
  if (IN_PROGRESS.test(s)) return ok("выполняется");
  if (DONE.test(s)) return ok("выполнено");
  return no(`статус «${text.trim()}» не распознан (ожидается: выполнено, выполняется или не выполнено)`);
}

/** «1 234,5», «0,755», «75,5 %» → number; `percentSign` tells whether a «%» was written. */
export function parseNumberText(text: string): { value: number; percentSign: boolean } | null {
  let s = text.replace(/[\u00a0\u2007\u202f ]/g, "").trim();
  const percentSign = s.endsWith("%");
  if (percentSign) s = s.slice(0, -1);
  if (/^[-+]?\d+,\d+$/.test(s)) s = s.replace(",", ".");
  else if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, "");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
  const value = Number(s);
  return Number.isFinite(value) ? { value, percentSign } : null;
}

/**
 * A number cell. `percentUnit` is true when the directive's unit is «%»: then 0.75, 75,
 * «75 %» and a cell formatted as 75 % all read as 75 (the unit the target is written in).
 */
export function readNumber(cell: GridCell, percentUnit: boolean): Read<number> {
  let value: number;
  let percent = false;
  if (cell.kind === "number") {
    value = cell.value;
    percent = cell.percent === true;
  } else if (cell.kind === "text") {
    const n = parseNumberText(cell.text);
    if (!n) return no(`«${cell.text.trim()}» — не число`);
    value = n.value;
    if (n.percentSign) return ok(round(value));
  } else return no(`ожидалось число, а в ячейке ${describe(cell)}`);
  if (percent) return ok(round(value * 100));
  // A bare fraction where a percentage is expected: «0,755» means 75,5 %.
  if (percentUnit && value > 0 && value < 1) return ok(round(value * 100));
  return ok(round(value));
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

const MONTHS: [RegExp, number][] = [
  [/^янв/, 1],
  [/^фев/, 2],
  [/^мар/, 3],
  [/^апр/, 4],
  [/^ма[йя]/, 5],
  [/^июн/, 6],
  [/^июл/, 7],
  [/^авг/, 8],
  [/^сен/, 9],
  [/^окт/, 10],
  [/^ноя/, 11],
  [/^дек/, 12],
];

/** The report period, ISO first and last day: dates without a year are placed by it. */
export interface DateWindow {
  start: string;
  end: string;
}

/**
 * A date cell. A date without a year («1 окт», «01.10») takes the year — the period's, the one
 * before or the one after — that puts it nearest the report period: «1 окт» in a report for
 * I квартал 2024 is 01.10.2023, «2 апр» is 02.04.2024. Never the year the file is read in.
 */
export function readDate(cell: GridCell, period: DateWindow): Read<string> {
  if (cell.kind === "date") return ok(cell.iso.slice(0, 10));
  if (cell.kind === "number") {
    return no(`«${cell.value}» — не дата`);
  }
  if (cell.kind !== "text") return no(`ожидалась дата, а в ячейке ${describe(cell)}`);
  const s = cell.text.trim().replace(/\s*г(ода|\.)?\s*$/i, "");
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(s);
  if (m) return checked(+m[1], +m[2], +m[3], cell.text);
  m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$/.exec(s);
  if (m) {
    const year = m[3].length === 2 ? 2000 + +m[3] : +m[3];
    return checked(year, +m[2], +m[1], cell.text);
  }
  m = /^(\d{1,2})[./](\d{1,2})\.?$/.exec(s);
  if (m) return checked(yearNearPeriod(+m[2], +m[1], period), +m[2], +m[1], cell.text);
  m = /^(\d{1,2})\s*([а-яё]+)\.?\s*(\d{4})?$/i.exec(s);
  if (m) {
    const month = MONTHS.find(([re]) => re.test(m![2].toLowerCase()))?.[1];
    if (!month) return no(`«${cell.text.trim()}» — не дата`);
    const day = +m[1];
    if (m[3]) return checked(+m[3], month, day, cell.text);
    return checked(yearNearPeriod(month, day, period), month, day, cell.text);
  }
  return no(`«${cell.text.trim()}» — не дата (ожидается ДД.ММ.ГГГГ)`);
}

/** The year among the period's, the one before and the one after that is nearest the period. */
function yearNearPeriod(month: number, day: number, period: DateWindow): number {
  const base = +period.end.slice(0, 4);
  const distance = (iso: string) => (iso < period.start ? daysBetween(iso, period.start) : iso > period.end ? daysBetween(period.end, iso) : 0);
  const safeDay = Math.min(Math.max(day, 1), 28);
  let best = base;
  for (const y of [base, base - 1, base + 1]) {
    if (month < 1 || month > 12) break;
    if (distance(isoDate(y, month, safeDay)) < distance(isoDate(best, month, safeDay))) best = y;
  }
  return best;
}

function checked(y: number, mo: number, d: number, raw: string): Read<string> {
  return isValidDate(y, mo, d) ? ok(isoDate(y, mo, d)) : no(`«${raw.trim()}» — такой даты нет`);
}

export function describe(cell: GridCell): string {
  switch (cell.kind) {
    case "error":
      return cell.code === "#IMAGE" ? "картинка" : `ошибка ${cell.code}`;
    case "formula-uncached":
      return `формула без вычисленного значения (=${cell.formula}) — откройте файл в Excel, пересчитайте и сохраните`;
    case "bool":
      return cell.value ? "ИСТИНА" : "ЛОЖЬ";
    case "date":
      return `дата ${cell.iso}`;
    case "number":
      return `число ${cell.value}`;
    case "text":
      return `«${cell.text}»`;
  }
}

/** Text from a cell as a school typed it: numbers and dates shown the Russian way. */
export function readText(cell: GridCell): Read<string> {
  switch (cell.kind) {
    case "text":
      return ok(cell.text.trim());
    case "number":
      return ok(String(cell.value).replace(".", ","));
    case "date":
      return ok(cell.iso.slice(0, 10).split("-").reverse().join("."));
    case "bool":
      return ok(yesNoText(cell.value));
    default:
      return no(describe(cell));
  }
}
