// Numeric targets an item sets: «до 75 %», «75%», «не менее 90 процентов», «снизить долю … до 5 %»
// (lower is better). Numbers that describe the present («охват составил 44 %», «(18,8%)») are not targets.
import type { Target } from "../model";
import { matchView } from "./normalise";
import { withUnclosedQuotesInert } from "./russian";

const PERCENT =
  /(?<![\d.,])((?:не\s+менее\s+чем|не\s+менее|не\s+ниже|не\s+более|не\s+выше|на\s+уровне|до|свыше|более|менее|на)\s+)?(\d{1,3}(?:[.,]\d{1,2})?)\s*(%|процент[а-я]*)/g;
const PRESENT = /(составил[аио]?|составля[ею]т|составляли|было|были|достигнут[аоы]?|достиг(?:ла|ло|ли)?|вырос(?:ла|ло|ли)?|снизил(?:ся|ась|ось|ись)|увеличил(?:ся|ась|ось|ись)|уменьшил(?:ся|ась|ось|ись)|в\s+прошлом|по\s+итогам|из\s+них|в\s+том\s+числе)[^.;:]{0,40}$/;
const LOWER_IS_BETTER = /(снизить|снижени[ея]|сократить|сокращени[ея]|уменьшить|уменьшени[ея]|не\s+более|не\s+выше|не\s+превыша)/;

/** The clause before an offset (back to «;» or «. »), looking at most 300 characters back so long texts stay linear. */
function clauseBefore(view: string, index: number): string {
  const from = Math.max(0, index - 300);
  const window = view.slice(from, index);
  return window.slice(Math.max(window.lastIndexOf(";"), window.lastIndexOf(". "), 0));
}

/** Depth of «quotes» and (brackets) at each offset, so quoted names and asides can be skipped. */
function insideAt(text: string, index: number): boolean {
  let depth = 0;
  // quotes and brackets do not span paragraphs of thousands of characters: look 2000 back
  for (let i = Math.max(0, index - 2000); i < index; i++) {
    const c = text[i];
    if (c === "«" || c === "(") depth++;
    else if ((c === "»" || c === ")") && depth > 0) depth--;
  }
  return depth > 0;
}

/** Verbs that ask for a level to be reached. */
const ASKS = /(?:^|[^а-я])(?:обеспечить|довести|достичь|достигнуть|добиться|повысить|увеличить|снизить|сохранить|охватить)(?![а-я])/;

function insideQuotes(text: string, index: number): boolean {
  let depth = 0;
  for (let i = Math.max(0, index - 2000); i < index; i++) {
    if (text[i] === "«") depth++;
    else if (text[i] === "»" && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * Scores: «не ниже 4,2 балла», «средний балл ОГЭ не ниже 4,0». Unlike percentages a bound word
 * is required, so «54,2 балла» describing last year's result is not a target.
 */
const SCORE =
  /(?<![\d.,])(не\s+менее|не\s+ниже|не\s+более|не\s+выше|на\s+уровне|до|свыше|выше)\s+(\d{1,3}(?:[.,]\d{1,2})?)(?![\d%])(\s*балл[а-я]*)?/g;

function findScore(text: string, view: string): Target | null {
  SCORE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SCORE.exec(view))) {
    const value = Number(m[2].replace(",", "."));
    if (!(value > 0 && value <= 100)) continue;
    const before = clauseBefore(view, m.index);
    if (!m[3] && !/балл[а-я]*[^.;:]{0,40}$/.test(before)) continue;
    if (/^\s*(?:%|процент)/.test(view.slice(m.index + m[0].length))) continue;
    if (PRESENT.test(before) || insideAt(view, m.index)) continue;
    const target: Target = { raw: text.slice(m.index, m.index + m[0].length).trim(), value, unit: "балл" };
    if (LOWER_IS_BETTER.test(before + m[1])) target.lowerIsBetter = true;
    return target;
  }
  return null;
}

export function findTarget(text: string): Target | null {
  const view = withUnclosedQuotesInert(matchView(text));
  return findPercent(text, view) ?? findScore(text, view);
}

function findPercent(text: string, view: string): Target | null {
  PERCENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PERCENT.exec(view))) {
    const value = Number(m[2].replace(",", "."));
    if (!(value > 0 && value <= 100)) continue;
    const before = clauseBefore(view, m.index);
    // «обеспечить долю …, получивших по итогам ОГЭ …, не менее 95 %»: asked for, whatever the clause recalls
    const asked = !!m[1] && ASKS.test(before);
    if (PRESENT.test(before) && !asked) continue;
    // «(18,8%)» describes; «(не менее 95 % учителей)» sets a bound
    if (insideAt(view, m.index) && !(m[1] && !insideQuotes(view, m.index))) continue;
    const raw = text.slice(m.index, m.index + m[0].length).trim();
    const target: Target = { raw, value, unit: "%" };
    if (LOWER_IS_BETTER.test(before + (m[1] ?? ""))) target.lowerIsBetter = true;
    return target;
  }
  return null;
}
