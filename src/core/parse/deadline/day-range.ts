// Bounded spans: «в период с 25 по 27 августа т.г.», «с 1 по 15 сентября 2022 г.»,
// «с 01.09.2021 по 30.09.2021», «с сентября по декабрь 2022 года». Due on the span's last day.
import { isoDate, isValidDate, lastDayOfMonth } from "../../dates";
import { MONTH_WORD, monthNumber } from "../russian";
import { type FamilyReading, type PhraseFamily } from "./family";
import { documentYear, fullYear, isReading, yearOrUnknown, type DeadlineContext } from "./context";

const YEAR_TAIL = "(?:\\s+(?:(\\d{4})(?:\\s*(?:г\\.?|года|году)(?![а-я]))?|(т\\.\\s?г\\.?|текущего\\s+года)))?";
const WORD_SPAN = new RegExp(
  `(?<![а-я])(в\\s+период\\s+)?с\\s+(\\d{1,2})(?:\\s+${MONTH_WORD})?\\s+(?:по|до)\\s+(\\d{1,2})\\s+${MONTH_WORD}${YEAR_TAIL}`,
  "g",
);
const NUMERIC_SPAN =
  /(?<![а-я])(в\s+период\s+)?с\s+\d{1,2}\.\d{1,2}(?:\.\d{2,4})?\s*(?:г\.?)?\s+(?:по|до)\s+(\d{1,2})\.(\d{1,2})(?:\.((?:19|20)?\d{2}))?(?![\d])/g;
const MONTH_SPAN = new RegExp(`(?<![а-я])(в\\s+период\\s+)?с\\s+${MONTH_WORD}\\s+(?:по|до)\\s+${MONTH_WORD}${YEAR_TAIL}`, "g");

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
  patterns: [WORD_SPAN, NUMERIC_SPAN, MONTH_SPAN],
  read(m, ctx) {
    if (m.length === 8) {
      const trust = m[1] || m[6] || m[7] ? "strong" : "weak";
      // word span: 1 prefix, 2 day, 3 month?, 4 day, 5 month, 6 year, 7 т.г.
      const month = monthNumber(m[5]);
      const day = Number(m[4]);
      if (!month) return null;
      const y = endYear(month, day, m[6], m[7], ctx);
      if (!y) return UNKNOWN;
      if (!isValidDate(y.year, month, day)) return null;
      return { kind: "period", due: isoDate(y.year, month, day), implied: y.implied, trust };
    }
    const trust = m[1] ? "strong" : "weak";
    if (m.length === 6 && /^\d/.test(m[2] ?? "")) {
      const day = Number(m[2]);
      const month = Number(m[3]);
      if (month < 1 || month > 12) return null;
      const y = endYear(month, day, m[4], undefined, ctx);
      if (!y) return UNKNOWN;
      if (!isValidDate(y.year, month, day)) return null;
      return { kind: "period", due: isoDate(y.year, month, day), implied: y.implied, trust };
    }
    const month = monthNumber(m[3]);
    if (!month) return null;
    const y = endYear(month, 28, m[4], m[5], ctx);
    if (!y) return UNKNOWN;
    return { kind: "period", due: lastDayOfMonth(y.year, month), implied: y.implied, trust };
  },
};
