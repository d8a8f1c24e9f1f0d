// Ten-day parts of a month: «1 декада октября 2025 г.», «во второй декаде мая», «III декада
// февраля» — due on the part's last day (the 10th, the 20th, the month's end).
import { isoDate, lastDayOfMonth } from "../../dates";
import { MONTH_WORD, monthNumber, romanValue } from "../russian";
import { type PhraseFamily } from "./family";
import { isReading, yearOrUnknown } from "./context";

const DECADE = new RegExp(
  `(?<![а-я\\d])(?:(во|в|до\\s+конца|к\\s+концу)\\s+)?(1|2|3|i{1,3}|перв[а-я]*|втор[а-я]*|трет[а-я]*)\\s*(?:-?(?:я|й|ей))?\\s+декад[а-я]*\\s+${MONTH_WORD}` +
    "(?:\\s+(\\d{4})(?:\\s*(?:г\\.?|года|году)(?![а-я]))?)?",
  "g",
);

function ordinal(s: string): number | null {
  if (/^\d$/.test(s)) return Number(s);
  if (s.startsWith("перв")) return 1;
  if (s.startsWith("втор")) return 2;
  if (s.startsWith("трет")) return 3;
  return romanValue(s);
}

export const decade: PhraseFamily = {
  name: "decade",
  patterns: [DECADE],
  cue: /декад/,
  read(m, ctx) {
    const [, prefix, which, monthWord, yearText] = m;
    const n = ordinal(which);
    const month = monthNumber(monthWord);
    if (!n || n > 3 || !month) return null;
    const implied: string[] = [];
    let year: number;
    if (yearText) year = Number(yearText);
    else {
      const g = yearOrUnknown(month, n * 10, ctx);
      if (isReading(g)) return { ...g, trust: "never" };
      year = g.year;
      implied.push(g.note);
    }
    const due = n === 3 ? lastDayOfMonth(year, month) : isoDate(year, month, n * 10);
    return { kind: "date", due, implied, trust: prefix && yearText ? "strong" : "weak" };
  },
};
