// A month as a deadline: «декабрь 2023 г.» (last day), «в мае», «до сентября 2022 года»
// (first day), «конец ноября», month ranges «сентябрь-октябрь 2021 г.», «октябрь, ноябрь»,
// «ноябрь 2025 г. – март 2026 г.» (a period ending with the last month).
// A month without a year lies inside the document's school year.
import { isoDate, lastDayOfMonth } from "../../dates";
import { MONTH_WORD, monthNumber } from "../russian";
import { type FamilyReading, type PhraseFamily } from "./family";
import { isReading, yearOrUnknown, type DeadlineContext } from "./context";

/** «ноябрь 2025 г. – март 2026 г.»: a range's first month may name its own year. */
const START_YEAR = "(?:\\s+\\d{4}(?:\\s*(?:гг?\\.?|года|году)(?![а-я]))?)?";
const MONTH_PHRASE = new RegExp(
  `(?<![а-я\\d])(?<!\\d\\s)(?:(до|к|в|по|не\\s+позднее|на|с)\\s+)?(?:(конц[аеу]|начал[аеу]|середин[аеуы])\\s+)?${MONTH_WORD}` +
    `(?:${START_YEAR}\\s*(?:-|по|и|,)\\s*${MONTH_WORD})?(?:\\s+(\\d{4})(?:\\s*(?:гг?\\.?|года|год|году)(?![а-я]))?)?`,
  "g",
);

function yearOf(month: number, yearText: string | undefined, ctx: DeadlineContext) {
  if (yearText) return { year: Number(yearText), note: null as string | null };
  const g = yearOrUnknown(month, 1, ctx);
  return isReading(g) ? g : { year: g.year, note: g.note };
}

export const monthPhrase: PhraseFamily = {
  name: "month",
  patterns: [MONTH_PHRASE],
  cue: /январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр/,
  read(m, ctx): FamilyReading | null {
    const [, prefix, part, firstWord, secondWord, yearText] = m;
    const first = monthNumber(firstWord);
    if (!first) return null;
    const last = secondWord ? monthNumber(secondWord) : null;
    const month = last ?? first;
    const y = yearOf(month, yearText, ctx);
    if ("kind" in y) return { ...y, trust: "never" };
    const implied = y.note ? [y.note] : [];
    // «в феврале - марте 2025 г.» names its year: a plan, wherever it stands in the item
    const trust = (prefix && prefix !== "в" && prefix !== "на" && prefix !== "с") || ((prefix === "в" || prefix === "с") && yearText) ? "strong" : "weak";
    if (last) return { kind: "period", due: lastDayOfMonth(y.year, last), implied, trust };
    // «с сентября 2025 года» starts on the 1st, as «с 1 сентября» does
    if (part?.startsWith("начал") || ((prefix === "до" || prefix === "к" || prefix === "с") && !part)) {
      implied.push("Число не указано: взято 1-е число месяца");
      return { kind: "date", due: isoDate(y.year, month, 1), implied, trust };
    }
    if (part?.startsWith("середин")) {
      implied.push("Число не указано: взято 15-е число месяца");
      return { kind: "date", due: isoDate(y.year, month, 15), implied, trust };
    }
    if (!part) implied.push("Число не указано: взят последний день месяца");
    return { kind: "date", due: lastDayOfMonth(y.year, month), implied, trust };
  },
};
