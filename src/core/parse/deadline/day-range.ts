// Bounded spans: «в период с 25 по 27 августа т.г.», «с 1 по 15 сентября 2022 г.»,
// «с 01.09.2021 по 30.09.2021», «с сентября по декабрь 2022 года», «с ноября 2025 года по март
// 2026 года», «01.09.2025 – 31.05.2026», «15-20 октября 2025 г.». Due on the span's last day. A span whose end names its year is a plan wherever it
// stands in the item («провести с 22.09.2025 по 24.10.2025 школьный этап»).
import { isoDate, isValidDate, lastDayOfMonth } from "../../dates";
import { MONTH_WORD, monthNumber } from "../russian";
import { type FamilyReading, type PhraseFamily } from "./family";
import { documentYear, fullYear, isReading, yearOrUnknown, type DeadlineContext } from "./context";

const PERIOD = "(?<![а-я])(?<period>в\\s+период\\s+)?с\\s+";
const SEP = "\\s+(?:по|до)\\s+";
const START_YEAR = "(?:\\s+\\d{4}\\s*(?:г\\.?|года)?)?";
const YEAR_TAIL = "(?:\\s+(?:(?<year>\\d{4})(?:\\s*(?:г\\.?|года|году)(?![а-я]))?|(?<thisYear>т\\.\\s?г\\.?|текущего\\s+года)))?";
const WORD_SPAN = new RegExp(`${PERIOD}\\d{1,2}(?:\\s+${MONTH_WORD}${START_YEAR})?${SEP}(?<day>\\d{1,2})\\s+(?<month>${MONTH_WORD})${YEAR_TAIL}`, "g");
const NUMERIC_SPAN = new RegExp(
  `${PERIOD}\\d{1,2}\\.\\d{1,2}(?:\\.\\d{2,4})?\\s*(?:г\\.?)?${SEP}(?<day>\\d{1,2})\\.(?<month>\\d{1,2})(?:\\.(?<year>(?:19|20)?\\d{2}))?(?!\\d)(?:\\s*(?:г\\.?|года)(?![а-я]))?`,
  "g",
);
const MONTH_SPAN = new RegExp(`${PERIOD}${MONTH_WORD}${START_YEAR}${SEP}(?<month>${MONTH_WORD})${YEAR_TAIL}`, "g");
/** «01.09.2025 – 31.05.2026» (both years written, so «п. 1.1-1.3» is no span), «15-20 октября 2025 г.». */
const NUMERIC_DASH = new RegExp(
  `(?<![\\d.])\\d{1,2}\\.\\d{1,2}\\.(?:\\d{4}|\\d{2})\\s*(?:г\\.?)?\\s*-\\s*(?<day>\\d{1,2})\\.(?<month>\\d{1,2})\\.(?<year>(?:19|20)?\\d{2})(?!\\d)(?:\\s*(?:г\\.?|года)(?![а-я]))?`,
  "g",
);
const WORD_DASH = new RegExp(`(?<![\\d.])\\d{1,2}\\s*-\\s*(?<day>\\d{1,2})\\s+(?<month>${MONTH_WORD})${YEAR_TAIL}`, "g");

function endYear(month: number, day: number, yearText: string | undefined, thisYear: string | undefined, ctx: DeadlineContext) {
  if (yearText) return { year: fullYear(yearText), implied: [] as string[] };
  if (thisYear) {
    const y = documentYear(ctx);
    return y === null ? null : { year: y, implied: [`«Текущий год» понят как ${y}`] };
  }
  const g = yearOrUnknown(month, day, ctx);
  return isReading(g) ? null : { year: g.year, implied: [g.note] };
}

const UNKNOWN: FamilyReading = { kind: "none", due: null, implied: ["Год периода не вычислен: год документа неизвестен"], trust: "never" };

export const dayRange: PhraseFamily = {
  name: "day-range",
  patterns: [WORD_SPAN, NUMERIC_SPAN, MONTH_SPAN, NUMERIC_DASH, WORD_DASH],
  cue: /\d|(?<![а-я])с\s/,
  read(m, ctx) {
    const g = m.groups ?? {};
    const trust = g.period || g.year || g.thisYear ? "strong" : "weak";
    const month = /^\d/.test(g.month ?? "") ? Number(g.month) : monthNumber(g.month ?? "");
    if (!month || month > 12) return null;
    // a month span ends on the month's last day: the 28th places its year as well as any day
    const day = g.day ? Number(g.day) : 28;
    const y = endYear(month, day, g.year, g.thisYear, ctx);
    if (!y) return UNKNOWN;
    if (!g.day) return { kind: "period", due: lastDayOfMonth(y.year, month), implied: y.implied, trust };
    if (!isValidDate(y.year, month, day)) return null;
    return { kind: "period", due: isoDate(y.year, month, day), implied: y.implied, trust };
  },
};
