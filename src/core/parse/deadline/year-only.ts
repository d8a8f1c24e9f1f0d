// A bare year: «до 2012 г.», «к 2025 году» (31 December, a date), «в 2022 году», «2022 год» (a period).
// Inside a name («Стратегия … на период до 2030 года», «программа «…» до 2024 года») it is no deadline.
import { isoDate } from "../../dates";
import { before, type PhraseFamily } from "./family";

const YEAR_ONLY = /(?<![а-я\d.])(?:(до|к|не\s+позднее|в\s+течение|в|на)\s+)?(\d{4})\s*(г\.?|года|году|год)(?![а-я\d-])/g;
const NAME_CONTEXT = /(период|программ|стратеги|концепци|проект|план[аеу]?|»)[^.;:]{0,25}$/;

export const yearOnly: PhraseFamily = {
  name: "year-only",
  patterns: [YEAR_ONLY],
  cue: /\d{4}/,
  read(m, _ctx, inline) {
    const [, prefix, yearText] = m;
    const year = Number(yearText);
    if (year < 1990 || year > 2100) return null;
    if (inline && NAME_CONTEXT.test(before(m, 60))) return null;
    const due = isoDate(year, 12, 31);
    if (prefix === "до" || prefix === "к" || prefix?.startsWith("не")) {
      return { kind: "date", due, implied: ["Указан только год: взят последний день года"], trust: "weak" };
    }
    if (prefix === "на" && inline) return null;
    if (!prefix && inline) return null;
    return { kind: "period", due, implied: [], trust: "weak" };
  },
};
