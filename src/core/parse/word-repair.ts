// Words damaged on the way from the office's file: a Latin look-alike letter typed inside a Russian
// word or initials («MБOУ», «(A.Б. Петрова)»), and a directive verb glued to the next word where a
// line break was lost («обеспечитьучастие»). The directive keeps the text as written; these helpers
// only let the rules read it as the methodologist does.

const LATIN_TO_CYRILLIC: Record<string, string> = {
  A: "А", B: "В", E: "Е", K: "К", M: "М", H: "Н", O: "О", P: "Р", C: "С", T: "Т", X: "Х", Y: "У",
  a: "а", e: "е", o: "о", p: "р", c: "с", x: "х", y: "у", k: "к",
};
const LOOKALIKE = /[ABEKMHOPCTXYaeopcxyk]/g;

/** A run of letters; one that mixes both alphabets, every Latin letter a look-alike, is Russian: «MБOУ», «Пeтрова». */
const LETTER_RUN = /[A-Za-zА-Яа-яЁё]+/g;

/** Initials next to a Russian surname: «A.Б. Петрова», «A. B. Петрова», «Петрова A.B.». */
const INITIALS_AND_SURNAME =
  /(?<![A-Za-zА-Яа-яЁё])(?:[A-ZА-ЯЁ]\.\s?[A-ZА-ЯЁ]\.\s?[А-ЯЁ][а-яё]+|[А-ЯЁ][а-яё]+\s[A-ZА-ЯЁ]\.\s?[A-ZА-ЯЁ]\.)/g;

function toCyrillic(s: string): string {
  return s.replace(LOOKALIKE, (c) => LATIN_TO_CYRILLIC[c]);
}

/**
 * The same text, of the same length, with look-alike Latin letters read as Russian where they
 * stand in a Russian word or in initials; Latin words («Zoom», «IT-куб», «корпус B») are kept.
 * Offsets into it point into the original, so what a rule finds is cut from the text as written.
 */
export function foldLookalikes(text: string): string {
  if (!/[A-Za-z]/.test(text)) return text;
  return text
    .replace(LETTER_RUN, (w) => (/[А-Яа-яЁё]/.test(w) && /[A-Za-z]/.test(w) && !/[^ABEKMHOPCTXYaeopcxykА-Яа-яЁё]/.test(w) ? toCyrillic(w) : w))
    .replace(INITIALS_AND_SURNAME, (w) => (/[A-Z]/.test(w) ? w.replace(/[A-Z]\./g, (c) => (LATIN_TO_CYRILLIC[c[0]] ? toCyrillic(c) : c)) : w));
}

/** Verbs that open directives; a longer word that starts with one of them and goes on lower-case was glued. */
const DIRECTIVE_VERBS = [
  "обеспечить", "организовать", "провести", "продолжить", "усилить", "подготовить", "представить", "предоставить",
  "рассмотреть", "разработать", "осуществить", "осуществлять", "активизировать", "проанализировать", "направить",
  "создать", "довести", "включить", "повысить", "совершенствовать", "использовать", "проводить", "обеспечивать",
  "организовывать", "продолжать", "информировать", "оказать", "оказывать", "изучить", "внедрить", "внести",
  "назначить", "определить", "разместить", "актуализировать", "систематизировать", "контролировать", "выполнить",
  "завершить", "уделить", "привлечь", "принять", "взять", "утвердить", "сформировать", "формировать", "укрепить",
  "развивать", "проработать", "обобщить", "распространить", "оптимизировать", "отработать",
  "рекомендовать", "поручить", "предложить", "обязать",
];
const GLUED_VERB = new RegExp(`^(${DIRECTIVE_VERBS.join("|")})([а-яё]+)$`, "i");

/**
 * «обеспечитьучастие» → «обеспечить»: the directive verb a word starts with when the next word was
 * glued to it at a lost line break; null otherwise. Only «-ся/-сь» may follow an infinitive inside
 * one word («обеспечиться»).
 */
export function gluedVerb(word: string): string | null {
  const m = GLUED_VERB.exec(word.replace(/[,;:.]+$/, ""));
  return m && /^[а-яё]/.test(m[2]) && !/^с[яь]$/.test(m[2]) ? m[1] : null;
}

const VERB_GLUED_AFTER = new RegExp(`^(.+?)(${DIRECTIVE_VERBS.join("|")})$`);

/**
 * «ООобеспечить», «образованияорганизовать» → where the directive verb starts when the line break
 * before it was lost; null otherwise. The word before must be an abbreviation or end like a noun
 * («-ия», «-ов», «-ам» …), so «реорганизовать», «переорганизовать» stay whole.
 */
export function verbGluedAfter(word: string): number | null {
  const m = VERB_GLUED_AFTER.exec(word.replace(/[,;:.]+$/, ""));
  if (!m) return null;
  const before = m[1];
  const glued = /^[А-ЯЁ]{2,}»?$/.test(before) || (/^[а-яё]{5,}$/.test(before) && /(?:ия|ии|ов|ев|ых|их|ам|ям|ой|ей|ию|ту|ку|ре)$/.test(before));
  return glued ? before.length : null;
}
