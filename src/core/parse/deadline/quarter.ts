// Quarters and half-years: «IV квартал 2023 г.» (its last day), «в течение I квартала» (a period),
// «до конца 2 полугодия 2022 года», «в I полугодии 2025-2026 учебного года». Without a year, the
// one inside the document's school year.
import { isoDate, lastDayOfMonth } from "../../dates";
import { romanValue } from "../russian";
import { type PhraseFamily } from "./family";
import { isReading, schoolYearStart, yearOrUnknown } from "./context";

const PREFIX = "(?:(в\\s+течение|в|до\\s+конца|до\\s+окончания|к\\s+концу|к\\s+окончанию|до|к|на)\\s+)?";
/** «2026 г.», or a school year «2025-2026 учебного года» (group 3 its first year, group 4 a calendar year). */
const YEAR_TAIL =
  "(?:\\s+(?:(\\d{4})\\s*[-/]\\s*(?:\\d{4}|\\d{2})\\s*(?:учебн[а-я]*\\s+|уч\\.\\s*)(?:год[а-я]*|г\\.?)(?![а-я])|(\\d{4})(?:\\s*(?:г\\.?|года|году)(?![а-я]))?))?";
const QUARTER = new RegExp(`(?<![а-я\\d])${PREFIX}(iv|i{1,3}|[1-4])\\s*(?:-?(?:й|го|м|ом))?\\s+квартал[а-я]*${YEAR_TAIL}`, "g");
const HALF = new RegExp(
  `(?<![а-я\\d])${PREFIX}(ii|i|1|2|первое|второе|первого|второго|первом|втором)\\s*(?:-?(?:е|го|м|ом))?\\s+полугоди[а-я]*${YEAR_TAIL}`,
  "g",
);

function ordinal(s: string): number | null {
  if (/^\d$/.test(s)) return Number(s);
  if (s.startsWith("перв")) return 1;
  if (s.startsWith("втор")) return 2;
  return romanValue(s);
}

export const quarter: PhraseFamily = {
  name: "quarter",
  patterns: [QUARTER, HALF],
  cue: /квартал|полугоди/,
  read(m, ctx) {
    const [text, prefix, which, schoolYearText, yearText] = m;
    const n = ordinal(which);
    const isHalf = /полугоди/.test(text);
    if (!n || n > (isHalf ? 2 : 4)) return null;
    let lastMonth = isHalf ? n * 6 : n * 3;
    const implied: string[] = [];
    let year: number;
    const named = schoolYearText ? Number(schoolYearText) : null;
    const start = named ?? schoolYearStart(ctx);
    if (yearText) year = Number(yearText);
    else if (isHalf && start !== null) {
      // «I полугодие» of a school year is September–December, «II полугодие» January–June
      year = n === 1 ? start : start + 1;
      lastMonth = n === 1 ? 12 : 6;
      if (named === null) implied.push(`Год не указан: взято ${n === 1 ? "первое" : "второе"} полугодие ${start}-${start + 1} учебного года`);
    } else if (named !== null) {
      // a calendar quarter of a named school year: I–II fall in its second calendar year
      year = lastMonth <= 6 ? named + 1 : named;
    } else {
      const g = yearOrUnknown(lastMonth, 1, ctx);
      if (isReading(g)) return { ...g, trust: "never" };
      year = g.year;
      implied.push(g.note);
    }
    const kind = prefix === "в течение" ? "period" : "date";
    const firstMonth = isHalf ? (lastMonth === 12 && !yearText ? 9 : lastMonth - 5) : lastMonth - 2;
    const due = prefix === "до" || prefix === "к" ? isoDate(year, firstMonth, 1) : lastDayOfMonth(year, lastMonth);
    return { kind, due, implied, trust: prefix === "на" ? "never" : "weak" };
  },
};
