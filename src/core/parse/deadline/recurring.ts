// Work that repeats: «ежеквартально», «ежемесячно», «2 раза в год», «один раз в полгода»,
// «по графику». The recurrence itself stays in `raw`.
import { type PhraseFamily } from "./family";

const ADVERB = /(?<![а-я])(ежекварталь?но|ежемесячно|еженедельно|ежегодно|ежедневно|ежедекадно|ежеполугодно)(?![а-я])/g;
const TIMES =
  /(?<![а-я])(?:(?:\d{1,2}|один|одного|два|две|три|четыре)\s+)?раза?\s+в\s+(?:год|полугодие|полгода|квартал|месяц|неделю|четверть|триместр|учебный\s+год)(?![а-я])/g;
const SCHEDULE = /(?<![а-я])(?:по\s+графику|согласно\s+графику|в\s+соответствии\s+с\s+графиком)(?![а-я])/g;

export const recurring: PhraseFamily = {
  name: "recurring",
  patterns: [ADVERB, TIMES, SCHEDULE],
  read(m) {
    if (/график/.test(m[0])) {
      return { kind: "recurring", due: null, implied: ["Срок «по графику»: даты нужно взять из графика"], trust: "weak" };
    }
    return { kind: "recurring", due: null, implied: [], trust: /раз/.test(m[0]) ? "weak" : "strong" };
  },
};
