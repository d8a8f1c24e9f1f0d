// The summer of a school year: «в летний период 2023 года», «в период летних каникул 2024 года»,
// «летом». A bounded period that ends with August (the end of summer, not a workbook setting).
import { isoDate } from "../../dates";
import { type PhraseFamily } from "./family";
import { documentYear, schoolYearStart } from "./context";

const SUMMER =
  /(?<![а-я])(?:в\s+)?(?:(?:летн(?:ий|ем|его)\s+(?:период[а-я]*|оздоровительн[а-я]+\s+(?:период[а-я]*|кампани[а-я]*)))|(?:период[а-я]*\s+)?летних\s+каникул|летние\s+каникулы|летом)(?:\s+((?:19|20)\d{2})(?:\s*(?:г\.?|года|году)(?![а-я]))?)?/g;

export const season: PhraseFamily = {
  name: "season",
  patterns: [SUMMER],
  cue: /(?<![а-я])лет|каникул/,
  read(m, ctx) {
    if (m[1]) return { kind: "period", due: isoDate(Number(m[1]), 8, 31), implied: [], trust: "strong" };
    const start = schoolYearStart(ctx);
    const year = start !== null ? start + 1 : documentYear(ctx);
    if (year === null) return { kind: "none", due: null, implied: ["Год летнего периода не вычислен: год документа неизвестен"], trust: "never" };
    return { kind: "period", due: isoDate(year, 8, 31), implied: [`Год не указан: взято лето ${year} года`], trust: "weak" };
  },
};
