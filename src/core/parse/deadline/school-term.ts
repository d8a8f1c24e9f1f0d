// School terms: «I четверть», «в течение II четверти», «до конца III четверти 2025-2026 учебного
// года». Their end days differ by region and year, so the due day is the end of the term's last
// month (October, December, March, May) and the reading says it is approximate.
import { lastDayOfMonth } from "../../dates";
import { romanValue } from "../russian";
import { type PhraseFamily } from "./family";
import { schoolYearStart } from "./context";

const TERM = new RegExp(
  "(?<![а-я\\d])(?:(в\\s+течение|в|до\\s+конца|до\\s+окончания|к\\s+концу|к\\s+окончанию|по\\s+итогам|по\\s+окончании|на)\\s+)?" +
    "(iv|i{1,3}|[1-4])\\s*(?:-?(?:й|я|ой|ей))?\\s+четверт[а-я]*" +
    "(?:\\s+(\\d{4})\\s*[-/]\\s*(?:\\d{4}|\\d{2})\\s*(?:учебн[а-я]*\\s+|уч\\.\\s*)(?:год[а-я]*|г\\.?)(?![а-я]))?",
  "g",
);

/** The month a term ends in, and whether it lies in the school year's first calendar year. */
const TERM_END: Record<number, [month: number, firstYear: boolean]> = { 1: [10, true], 2: [12, true], 3: [3, false], 4: [5, false] };

export const schoolTerm: PhraseFamily = {
  name: "school-term",
  patterns: [TERM],
  cue: /четверт/,
  read(m, ctx) {
    const [, prefix, which, named] = m;
    const n = /^\d$/.test(which) ? Number(which) : romanValue(which);
    if (!n || n > 4) return null;
    const start = named ? Number(named) : schoolYearStart(ctx);
    if (start === null) return { kind: "none", due: null, implied: ["Учебный год четверти не вычислен: учебный год документа неизвестен"], trust: "never" };
    const [month, firstYear] = TERM_END[n];
    const due = lastDayOfMonth(firstYear ? start : start + 1, month);
    const implied = [`Конец ${n}-й четверти взят приблизительно: последний день месяца, в котором она обычно заканчивается`];
    if (!named) implied.push(`Учебный год не указан: взят ${start}-${start + 1}`);
    return { kind: prefix === "в течение" ? "period" : "date", due, implied, trust: prefix === "на" ? "never" : "weak" };
  },
};
