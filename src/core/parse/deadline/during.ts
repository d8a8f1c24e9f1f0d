// «в течение …» («в ходе», «на протяжении», «весь учебный год»): the year (school or calendar, per settings), a named year («в течение 2022 года»),
// or a span counted from the document's date («в течение 10 дней», «в месячный срок»).
import { addDays, isoDate, isValidDate, daysInMonth } from "../../dates";
import { type FamilyReading, type PhraseFamily } from "./family";
import { documentYear, schoolYearEndDate, schoolYearStart, type DeadlineContext } from "./context";

const DURING_YEAR = new RegExp(
  "(?<![а-я])(?:в\\s+течение|в\\s+ходе|на\\s+протяжении)\\s+(?:(?:всего|текущего|этого|данного|нового|следующего)\\s+)?(?:(учебного|календарного)\\s+)?года(?![а-я])",
  "g",
);
/** «весь учебный год», «весь год». */
const WHOLE_YEAR = /(?<![а-я])весь\s+(?:(учебный|календарный)\s+)?год(?![а-я])/g;
const DURING_NAMED_YEAR = /(?<![а-я])в\s+течение\s+(\d{4})\s*(?:г\.?|года|году)?(?![а-я\d-])/g;
const NUMBER_WORDS: Record<string, number> = {
  одного: 1, одной: 1, двух: 2, трех: 3, четырех: 4, пяти: 5, шести: 6, семи: 7, десяти: 10,
  пятнадцати: 15, двадцати: 20, тридцати: 30,
};
export const NUMBER = "(\\d{1,3}|одного|одной|двух|трех|четырех|пяти|шести|семи|десяти|пятнадцати|двадцати|тридцати)";
const DURING_SPAN = new RegExp(
  `(?<![а-я])в\\s+течение\\s+(?:${NUMBER}\\s+)?(рабочих\\s+|календарных\\s+)?(дн[а-я]*|недел[а-я]*|месяц[а-я]*)(?![а-я])`,
  "g",
);
const TERM_SPAN = new RegExp(
  `(?<![а-я])в\\s+(?:${NUMBER}\\s*-?\\s*)?(дневный|недельный|месячный|двухнедельный)\\s+срок`,
  "g",
);

export function count(word: string | undefined): number {
  if (!word) return 1;
  return /^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word] ?? 1);
}

function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return isoDate(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

export function fromDocumentDate(days: number, months: number, ctx: DeadlineContext, working: boolean): FamilyReading {
  const d = ctx.documentDate;
  if (!d || d.length !== 10 || !isValidDate(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10)))) {
    return { kind: "none", due: null, implied: ["Срок отсчитывается от даты документа, а она неизвестна: срок не вычислен"], trust: "never" };
  }
  const calendarDays = working ? Math.ceil((days * 7) / 5) : days;
  const due = months ? addMonths(d, months) : addDays(d, calendarDays);
  const implied = [`Срок отсчитан от даты документа ${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`];
  if (working) implied.push("Рабочие дни пересчитаны в календарные приблизительно");
  return { kind: "date", due, implied, trust: "strong" };
}

function duringYear(kindWord: string | undefined, ctx: DeadlineContext): FamilyReading {
  const mode = kindWord === "учебного" ? "school" : kindWord === "календарного" ? "calendar" : ctx.settings.duringYear;
  const fromSettings = kindWord ? "" : " (по настройке)";
  const start = schoolYearStart(ctx);
  if (mode === "school" && start !== null) {
    return {
      kind: "period",
      due: schoolYearEndDate(start, ctx.settings),
      implied: [`«В течение года» понято как ${start}-${start + 1} учебный год${fromSettings}`],
      trust: "weak",
    };
  }
  const year = documentYear(ctx) ?? start;
  if (year === null) return { kind: "none", due: null, implied: ["Год срока «в течение года» не вычислен: год документа неизвестен"], trust: "never" };
  return {
    kind: "period",
    due: isoDate(year, 12, 31),
    implied: [`«В течение года» понято как ${year} календарный год${fromSettings}`],
    trust: "weak",
  };
}

export const during: PhraseFamily = {
  name: "during",
  patterns: [DURING_YEAR, WHOLE_YEAR, DURING_NAMED_YEAR, DURING_SPAN, TERM_SPAN],
  cue: /течение|ходе|протяжении|весь|срок/,
  read(m, ctx) {
    const text = m[0];
    if (/\d{4}/.test(text) && m[1] && /^\d{4}$/.test(m[1])) {
      return { kind: "period", due: isoDate(Number(m[1]), 12, 31), implied: [], trust: "weak" };
    }
    if (/года$/.test(text)) return duringYear(m[1], ctx);
    if (/^весь/.test(text)) return duringYear(m[1] ? m[1].replace(/ый$/, "ого") : undefined, ctx);
    // the unit is a captured group (never the prefix: «не позДНее» holds «дн»)
    const unitWord = [m[2], m[3]].find((g) => g && /^(дн|недел|месяц|двухнедельн)/.test(g)) ?? "дн";
    const unit = /^(двухнедельный|дневный|недельный|месячный|дн|недел|месяц)/.exec(unitWord)?.[1] ?? "дн";
    const n = count(m[1]);
    const working = /рабочих/.test(text);
    if (unit === "месяц" || unit === "месячный") return fromDocumentDate(0, n, ctx, false);
    if (unit === "недел" || unit === "недельный") return fromDocumentDate(n * 7, 0, ctx, false);
    if (unit === "двухнедельный") return fromDocumentDate(14, 0, ctx, false);
    return fromDocumentDate(n, 0, ctx, working);
  },
};
