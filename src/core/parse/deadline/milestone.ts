// Turning points of a year: «к началу 2012/2013 учебного года», «к новому 2017-2018 учебному году»
// and «к 2026-2027 учебному году» (the school year's first day), «к концу 2021 года», «до конца текущего года» (31 December),
// «до конца учебного года» (the school year's last day).
import { isoDate } from "../../dates";
import { type PhraseFamily } from "./family";
import {
  documentYear,
  fullYear,
  schoolYearEndDate,
  schoolYearFirstDay,
  schoolYearStart,
  type DeadlineContext,
} from "./context";

const SCHOOL_START = new RegExp(
  "(?<![а-я])(?:к|до)\\s+(?:началу|начала|новому)\\s+(?:(?:нового|следующего|нового)\\s+)?" +
    "(?:(\\d{4})\\s*[-/]\\s*(\\d{4}|\\d{2})\\s+)?учебн[а-я]*\\s+год[а-я]*",
  "g",
);
/** «к 2026-2027 учебному году»: ready when that year starts. */
const SCHOOL_YEAR_BY = /(?<![а-я])к\s+(\d{4})\s*[-/]\s*(\d{4}|\d{2})\s+(?:учебному\s+|уч\.\s*)году(?![а-я])/g;
const SCHOOL_END = new RegExp(
  "(?<![а-я])(?:(?:к|до)\\s+(?:концу|конца|окончанию|окончания|завершению|завершения)|в\\s+конце)\\s+(?:(?:текущего|этого|данного)\\s+)?" +
    "учебн[а-я]*\\s+год[а-я]*",
  "g",
);
const CALENDAR_END = new RegExp(
  "(?<![а-я])(?:(?:к|до)\\s+(?:концу|конца|окончанию|окончания|завершению|завершения)|в\\s+конце)\\s+" +
    "(?:(\\d{4})\\s*(?:г\\.?|года|году)?|(?:(текущего|этого|данного|календарного)\\s+)?года)(?![а-я\\d])",
  "g",
);

function nextSchoolYearStart(ctx: DeadlineContext): { year: number; note: string } | null {
  const start = schoolYearStart(ctx);
  if (start !== null) {
    const first = schoolYearFirstDay(start, ctx.settings);
    const later = ctx.documentDate && ctx.documentDate.length === 10 && ctx.documentDate > first;
    const year = later ? start + 1 : start;
    return { year, note: `Учебный год не указан: взято начало ${year}-${year + 1} учебного года` };
  }
  const y = documentYear(ctx);
  return y === null ? null : { year: y, note: `Учебный год не указан: взято начало ${y}-${y + 1} учебного года по дате документа` };
}

export const milestone: PhraseFamily = {
  name: "milestone",
  patterns: [SCHOOL_START, SCHOOL_YEAR_BY, SCHOOL_END, CALENDAR_END],
  cue: /(?<![а-я])(?:к|до|в)\s+(?:начал|нов|конц|оконч|заверш)|\d/,
  read(m, ctx) {
    const text = m[0];
    if ((/началу|начала|новому/.test(text) || /^к\s+\d/.test(text)) && /уч/.test(text)) {
      if (m[1]) {
        const start = Number(m[1]);
        const end = m[2].length === 2 ? Math.floor(start / 100) * 100 + Number(m[2]) : fullYear(m[2]);
        if (end !== start + 1) return null;
        return { kind: "date", due: schoolYearFirstDay(start, ctx.settings), implied: [], trust: "strong" };
      }
      const g = nextSchoolYearStart(ctx);
      if (!g) return { kind: "none", due: null, implied: ["Учебный год срока не вычислен: год документа неизвестен"], trust: "never" };
      return { kind: "date", due: schoolYearFirstDay(g.year, ctx.settings), implied: [g.note], trust: "strong" };
    }
    if (/учебн/.test(text)) {
      const start = schoolYearStart(ctx);
      if (start === null) return { kind: "none", due: null, implied: ["Учебный год срока не вычислен: учебный год документа неизвестен"], trust: "never" };
      return {
        kind: "date",
        due: schoolYearEndDate(start, ctx.settings),
        implied: [`«Конец учебного года» понят как конец ${start}-${start + 1} учебного года`],
        trust: "strong",
      };
    }
    if (m[1]) return { kind: "date", due: isoDate(Number(m[1]), 12, 31), implied: [], trust: "strong" };
    const y = documentYear(ctx) ?? schoolYearStart(ctx);
    if (y === null) return { kind: "none", due: null, implied: ["Год срока не вычислен: дата документа неизвестна"], trust: "never" };
    return { kind: "date", due: isoDate(y, 12, 31), implied: [`«Конец года» понят как 31.12.${y}`], trust: "strong" };
  },
};
