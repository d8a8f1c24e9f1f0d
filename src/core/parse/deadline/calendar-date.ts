// Day-precise dates: «до 01.10.2020», «01.10 2020 года», «в срок до 1 июня 2007 года»,
// «не позднее 15 сентября», «с 1 сентября 2021 года», «01 сентября» (year from the school year).
import { isoDate, isValidDate } from "../../dates";
import { MONTH_WORD, monthNumber } from "../russian";
import { before, type FamilyReading, type PhraseFamily } from "./family";
import { documentYear, fullYear, isReading, yearOrUnknown, type DeadlineContext } from "./context";

const PREFIX = "(?:(в\\s+срок\\s+до|до|не\\s+позднее|не\\s+позже|к|с|по|на)\\s+)?";
const YEAR_WORD = "(?:\\s*(?:гг?\\.?|года|год|году)(?![а-я]))?";
const THIS_YEAR = "(т\\.\\s?г\\.?|текущего\\s+года|этого\\s+года)";

const WORD_DATE = new RegExp(
  `(?<![а-я\\d.])${PREFIX}(\\d{1,2})(?:-?го)?\\s+${MONTH_WORD}(?:\\s*(?:(\\d{4})${YEAR_WORD}|${THIS_YEAR}))?`,
  "g",
);
const NUMERIC_DATE = new RegExp(
  `(?<![а-я\\d.])${PREFIX}(\\d{1,2})\\.(\\d{1,2})(?:(?:\\.\\s?|\\s+)((?:19|20)\\d{2}|\\d{2})(?![\\d.]\\d))?${YEAR_WORD}(?![\\d]|\\.\\d)`,
  "g",
);

/**
 * «до 1 июня» binds anywhere; a whole date with its year («провести 14 ноября 2025 года
 * муниципальный этап», «с 10 января 2026 года, обеспечив …») is the time of the action wherever
 * it stands; «на 1 октября 2025 года» and «по …» only where they close the item.
 */
function trustFor(prefix: string | undefined, hasYear: boolean): FamilyReading["trust"] {
  if (prefix && prefix !== "с" && prefix !== "на" && prefix !== "по") return "strong";
  if (hasYear && (!prefix || prefix === "с")) return "strong";
  return hasYear ? "weak" : "never";
}

function reading(
  day: number,
  month: number,
  yearText: string | undefined,
  thisYear: string | undefined,
  prefix: string | undefined,
  ctx: DeadlineContext,
): FamilyReading | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const implied: string[] = [];
  let year: number;
  if (yearText) year = fullYear(yearText);
  else if (thisYear) {
    const y = documentYear(ctx);
    if (y === null) return { kind: "none", due: null, implied: ["«Текущий год» не вычислен: дата документа неизвестна"], trust: "never" };
    year = y;
    implied.push(`«Текущий год» понят как ${y}`);
  } else {
    const g = yearOrUnknown(month, day, ctx);
    if (isReading(g)) return { ...g, trust: "never" };
    year = g.year;
    implied.push(g.note);
  }
  if (!isValidDate(year, month, day)) return null;
  return { kind: "date", due: isoDate(year, month, day), implied, trust: trustFor(prefix, Boolean(yearText || thisYear)), start: prefix === "с" };
}

/** A citation («приказ от 1 сентября 2021 года», «№ 5 от 01.09.2021») is not a deadline. */
function isCitation(m: RegExpExecArray): boolean {
  return /(?:^|[^а-я])(от|№|n)\s*$/.test(before(m, 8));
}

/**
 * «конкурса, проведенного 14 сентября 2025 года», «проекта, стартовавшего 1 октября …»: a past
 * participle dates what was done, not what is due.
 */
const DONE_BEFORE = /(?:[а-я]+(?:вш|нн)[а-я]{2,3}|принят[а-я]*|начат[а-я]*|подписан[а-я]*)[\s,]*$/;

export const calendarDate: PhraseFamily = {
  name: "calendar-date",
  patterns: [WORD_DATE, NUMERIC_DATE],
  cue: /\d/,
  read(m, ctx, inline) {
    if (inline && !m[1] && isCitation(m)) return null;
    if (inline && DONE_BEFORE.test(before(m, 30))) return null;
    const isWord = m.length === 6 && /[а-я]/.test(m[3] ?? "");
    if (isWord) {
      const month = monthNumber(m[3]);
      return month ? reading(Number(m[2]), month, m[4], m[5], m[1], ctx) : null;
    }
    // numeric: a bare «01.10» without a year is too easily an item number
    if (!m[4] && !m[1]) return null;
    return reading(Number(m[2]), Number(m[3]), m[4], undefined, m[1], ctx);
  },
};
