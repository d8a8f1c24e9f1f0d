// Small facts about Russian words that several rules share: month names, verb and
// dative-case shapes, roman numerals. All patterns expect the lower-case match view.

/** Month name in nominative, genitive or prepositional case; group 1 is the whole word. */
export const MONTH_WORD =
  "(январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])(?![а-я])";

const MONTH_STEMS = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"];

/** 1-12 for a month word matched by MONTH_WORD, or null. */
export function monthNumber(word: string): number | null {
  const w = word.toLowerCase();
  for (let i = MONTH_STEMS.length - 1; i >= 0; i--) {
    if (i === 4 ? /^ма[йяе]$/.test(w) : w.startsWith(MONTH_STEMS[i])) return i + 1;
  }
  return null;
}

/** Russian month names in the genitive, for messages. */
export const MONTH_GENITIVE = [
  "января", "февраля", "марта", "апреля", "мая", "июня",
  "июля", "августа", "сентября", "октября", "ноября", "декабря",
];

/** A four-digit year with optional «г.», «года», «году». */
export const YEAR = "((?:19|20)\\d{2})(?:\\s*(?:гг?\\.?|года|год|году)(?![а-я]))?";

/** An infinitive («провести», «обеспечить», «развиваться», «привлечь»). */
export function isInfinitive(word: string): boolean {
  const w = word.toLowerCase();
  if (!/^[а-яё-]{3,}$/.test(w)) return false;
  if (/(ать|ять|еть|ить|уть|ыть|оть)(ся)?$/.test(w)) return !NOUNS_LIKE_INFINITIVES.test(w);
  if (/(ести|йти|зти|асти|нести)(сь)?$/.test(w)) return !/(ости|ласти|части|масти|сласти)$/.test(w) && !/^(вести|чести|сласти)$/.test(w);
  return /(чь|чься)$/.test(w) && !/^(речь|ночь|дочь|печь|желчь|полночь)$/.test(w);
}

/** Nouns that end like infinitives: «деятельность», «сеть», «путь», «печать», «память». */
const NOUNS_LIKE_INFINITIVES = /(ость|есть|асть|^сеть|.+сеть|^путь|^суть|^ртуть|печать|^мать|^знать|память|^нить|^треть|^плеть|^медь|^тетрадь|^зять|^рать)$/;

/** Endings a dative executor takes: «отделу», «управлению», «руководителям», «образовательным». */
export function looksDative(word: string): boolean {
  const w = word.toLowerCase().replace(/[«»(),.:;]/g, "");
  if (/^[А-ЯЁA-Z]{2,}$/.test(word.replace(/[«»(),.:;]/g, ""))) return true; // МКУ, ОО, МБОУ
  if (w === "всем" || w === "каждому") return true;
  return /(ому|ему|ым|им|ам|ям|ию|ии|у|ю)$/.test(w) && !isInfinitive(w) && w.length > 2;
}

/** An abbreviation of an organisation type written in capitals (МКУ, МБОУ, ДОО). */
export function isOrgAbbreviation(word: string): boolean {
  return /^[А-ЯЁ]{2,}[А-ЯЁ-]*$/.test(word.replace(/[«»(),.:;]/g, ""));
}

/** Arabic value of I…XII, or null. */
export function romanValue(s: string): number | null {
  const map: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12 };
  return map[s.toLowerCase()] ?? null;
}

/**
 * The same text, of the same length, with every opening quote that is never closed made inert
 * («‹»): in «МКУ «Центр помощи «Доверие» организовать…» one «»» closes both names, and the rest
 * of the sentence must not count as quoted.
 */
export function withUnclosedQuotesInert(text: string): string {
  if (!text.includes("«")) return text;
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "«") open.push(i);
    else if (text[i] === "»" && open.length) open.pop();
  }
  if (!open.length) return text;
  const chars = [...text];
  // spread splits by code point: map offsets only when the text has no astral characters
  if (chars.length !== text.length) return text;
  for (const i of open) chars[i] = "‹";
  return chars.join("");
}

/** Words of a phrase outside «quotes» and (brackets), with their offsets. */
export function topLevelWords(input: string): { word: string; start: number; end: number; depth: number }[] {
  const text = withUnclosedQuotesInert(input);
  const words: { word: string; start: number; end: number; depth: number }[] = [];
  let depth = 0;
  const re = /[^\s]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const startDepth = depth;
    for (const c of m[0]) {
      if (c === "«" || c === "(") depth++;
      else if ((c === "»" || c === ")") && depth > 0) depth--;
    }
    words.push({ word: m[0], start: m.index, end: m.index + m[0].length, depth: startDepth });
  }
  return words;
}
