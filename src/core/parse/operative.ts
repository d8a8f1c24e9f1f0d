// Where the directives start: the line with the operative formula («конференция РЕШИЛА:»,
// «Коллегия рекомендует:», «считают необходимым:», «предлагают реализовать следующие меры…»).
// Everything before it is preamble, whose bullets are not directives.
import { matchView } from "./normalise";
import { classifyLine } from "./lines";
import { isExecutorHeading } from "./executors";
import { inlineExecutorSplit } from "./executor-inline";

const FORMULA =
  /(?<![а-я])(решил[аио]?|решили|постановил[аио]?|постановля[ею]т|постановляю|приказываю|решает|рекоменду[ею]т|рекомендовать|рекомендуется|предлага[ею]т|предложить|считает?\s+необходимым|считают\s+необходимым|считаем\s+необходимым|поручает|обязывает|принято\s+решение|приняли\s+решение|определил[аи]?\s+следующ)(?![а-я])/;
const UPPER_FORMULA = /(?<![А-ЯЁ])(РЕШИЛ[АИО]?|ПОСТАНОВИЛ[АИО]?|ПОСТАНОВЛЯ[ЕЮ]Т|ПРИКАЗЫВАЮ|РЕШАЕТ|РЕКОМЕНДУ[ЕЮ]Т|ПРЕДЛАГА[ЕЮ]Т)(?![А-ЯЁ])/;

export interface OperativeStart {
  /** Index of the first line of the operative part. */
  line: number;
  /** Text after the formula's colon on the same line («РЕШИЛА: 1. Принять…»), if any. */
  rest: string | null;
  found: boolean;
  /** The line of the formula itself when the operative part starts right under it (for `parse --trace`). */
  formula?: number;
}

/** True when a line carries the operative formula. */
export function isOperativeFormula(line: string): boolean {
  const upper = UPPER_FORMULA.exec(line);
  if (upper) return true;
  const view = matchView(line);
  const m = FORMULA.exec(view);
  if (!m) return false;
  const after = view.slice(m.index);
  if (/:/.test(after)) return true;
  if (/следующ|меры|мероприяти/.test(after)) return true;
  // «Рекомендовать руководителям ДОО продолжить работу.» names who and what: a directive, not the formula
  return line.length < 80 && /^[^.]*[.]?$/.test(after.trim()) && !inlineExecutorSplit(line);
}

/** «Решение:» / «Решили: …» after a question of a protocol; a bare «РЕШЕНИЕ» title has no colon. */
function isDecisionHeading(line: string): boolean {
  return line.includes(":") && classifyLine(line).kind === "decision";
}

/**
 * «ПОВЕСТКА ДНЯ: 1. О … 2. О …» right above a single «СЛУШАЛИ:»: the last agenda topic is not the
 * number of one question, so the decisions after «РЕШИЛИ:» keep their own numbers («1», not «2.1»).
 */
function inAgendaList(lines: string[], topicLine: number, number: string): boolean {
  let above = topicLine - 1;
  while (above >= 0 && !lines[above]) above--;
  if (above < 0) return false;
  const prev = classifyLine(lines[above]);
  if (prev.kind === "numbered") return Number(prev.number) === Number(number) - 1 && /^(?:О|Об|Обо|По)\s/.test(prev.text);
  return /повестк/i.test(lines[above]);
}

function firstHearingBefore(lines: string[], formula: number): number | null {
  if (classifyLine(lines[formula]).kind !== "decision") return null;
  let first: number | null = null;
  for (let k = formula - 1; k >= 0; k--) {
    if (!lines[k]) continue;
    const line = classifyLine(lines[k]);
    if ((line.kind === "hearing" && line.text === "СЛУШАЛИ") || line.kind === "question") {
      first = k;
      // «1. О подготовке к ГИА.» right above «Слушали:» gives the question its number
      let above = k - 1;
      while (above >= 0 && !lines[above]) above--;
      const topic = above >= 0 ? classifyLine(lines[above]) : null;
      if (line.kind === "hearing" && !line.number && topic?.kind === "numbered" && !topic.number!.includes(".") && /^(?:О|Об|Обо|По)\s/.test(topic.text) && !inAgendaList(lines, above, topic.number!)) first = above;
    }
  }
  return first;
}

export function findOperativeStart(lines: string[]): OperativeStart {
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i] || !(isOperativeFormula(lines[i]) || isDecisionHeading(lines[i]))) continue;
    // a protocol: start at the first «СЛУШАЛИ» so each question's decisions keep its number
    const hearing = firstHearingBefore(lines, i);
    if (hearing !== null) return { line: hearing, rest: null, found: true };
    const colon = lines[i].indexOf(":");
    const rest = colon >= 0 ? lines[i].slice(colon + 1).trim() : "";
    return { line: i + 1, rest: rest || null, found: true, formula: i };
  }
  // no formula: start at the first numbered item or executor heading, else nowhere
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]) continue;
    const line = classifyLine(lines[i]);
    if ((line.kind === "numbered" && line.number === "1") || (line.kind === "text" && /:$/.test(line.text) && isExecutorHeading(line.text))) {
      return { line: i, rest: null, found: false };
    }
  }
  return { line: lines.length, rest: null, found: false };
}
