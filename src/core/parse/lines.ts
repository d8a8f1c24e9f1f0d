// One line of the operative part, classified by its marker: a number («2.1.1.», «1)», «- 1.»),
// a bullet, a «Срок:» line, an «Ответственный:» line, a signature or a place-and-date line.
import { MONTH_WORD } from "./russian";
import { matchView } from "./normalise";

export type LineKind =
  | "numbered"
  | "bullet"
  | "lettered"
  | "bare-number"
  | "deadline"
  | "responsible"
  | "signature"
  | "place-date"
  | "appendix"
  | "hearing"
  | "question"
  | "decision"
  | "text";

export interface Line {
  kind: LineKind;
  /** The text after the marker. */
  text: string;
  /** Printed number without trailing dot: «2.1.1», «IV»; the letter for lettered items. */
  number?: string;
  /** The number stood after a bullet («- 1.»). */
  bulleted?: boolean;
  /** For a «По первому вопросу выступила…» line: what follows is heard, not decided, until «Решение:». */
  heard?: boolean;
  /** A deadline line without «Срок:» («до 20.09.2025» alone): it may be the end of a wrapped sentence. */
  unlabelled?: boolean;
  /** A bare number written without «.» or «)»: a label, or a page number of a PDF copy. */
  plainNumber?: boolean;
  /** The bullet character of a bulleted line («•», «-»). */
  marker?: string;
  /** «- 2 -», «Страница 2 из 3»: a page number whatever the numbering around it. */
  pageMark?: boolean;
}

const BULLET = /^([-–—•·*▪►○●◦‣⁃✓✔➢➤→\uF0B7\uF0A7\uF076\uF0D8\uF0FC])\s*(.*)$/;
// at most nine levels (MAX_NUMBER_DEPTH): «1.1.1.…» deeper than Word's lists is not an item number,
// and a bounded repeat keeps the match linear on a 256 KB line of them
const MULTI_NUMBER = /^([1-9]\d{0,2}(?:\s?\.\s?\d{1,3}){1,8})(?!\d)(?!\s?\.\s?\d)(\s?[.)])?\s*(.*)$/;
const SINGLE_NUMBER = /^([1-9]\d{0,2})\s?[.)](?!\d)\s*(.*)$/;
const ROMAN_NUMBER = /^([IVX]{1,4})\s?[.)]\s*(.*)$/;
const LETTER = /^([а-еж-зи-к])\)\s*(.*)$/;
const DATE_START = /^\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}(?!\d)/;
const DEADLINE_LINE =
  /^сроки?(?:\s+(?:исполнения|выполнения|реализации|проведения|представления|предоставления|готовности))?\s*(?:[:\-–—]\s*|\s+(?=[«а-яё\d(]))(.*)$/i;
const RESPONSIBLE_LINE = /^(?:ответственн(?:ый|ые|ая|ое)(?:\s+исполнител[ьи])?|исполнител[ьи])(?:\s+за\s+(?:исполнение|выполнение))?\s*[:\-–—]\s*(.+)$/i;
const POSITION = /^(начальник|председатель|глава|директор|(?:первый\s+)?заместитель|секретарь|руководитель|заведующ(?:ий|ая)|исполняющ(?:ий|ая)\s+обязанности|и\.\s?о\.|врио|ректор)(?![а-яё])/i;
const NAME_ONLY = /^(?:[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ][а-яё]+\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.?)$/;
// the place's abbreviation ends with a dot or a space: «до 20 мая 2025 года» is no «д. о»
const PLACE_DATE = new RegExp(
  `^(?:(?:г|гор|с|п|пос|пгт|ст|х|д|аул|ст-ца)(?:\\.\\s*|\\s+)[а-яё-]+(?:\\s[а-яё-]+)?\\s*,?\\s*)?(?:«?\\d{1,2}»?\\s+${MONTH_WORD}\\s+\\d{4}|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4})\\s*(?:г\\.?|года)?\\.?$`,
);
/** «до 20.09.2025», «не позднее 15 мая 2025 г.» alone on a line: a deadline written without «Срок:». */
const DEADLINE_ONLY = new RegExp(
  `^(?:в\\s+срок\\s+)?(?:до|не\\s+позднее)\\s+(?:\\d{1,2}\\.\\d{1,2}\\.(?:19|20)?\\d{2}|\\d{1,2}\\s+${MONTH_WORD}\\s+(?:19|20)\\d{2})\\s*(?:г\\.?|года)?\\s*[.;]?$`,
);
/**
 * Protocol sections: «2. СЛУШАЛИ: …», «ВЫСТУПИЛИ: …» (not operative) and «РЕШИЛИ: …» (operative again).
 * The word must be written in capitals or stand alone before a colon, so «слушали доклад» inside
 * a sentence is not a section.
 */
const HEARING = /^(?:([1-9]\d?)\s?[.)]\s*)?(?:[Пп]о\s+([а-яё]+|\d{1,2}(?:-?(?:му|ому))?)\s+вопросу\s*[:,]?\s*)?(СЛУШАЛИ|ВЫСТУПИЛИ|ДОКЛАДЧИК|ОБСУЖДАЛИ|Слушали|Выступили|Докладчик|Обсуждали)(?![А-ЯЁа-яё])\s*([:.\-–—])?\s*(.*)$/;
/**
 * «По первому вопросу выступила Зуева Г.Н., …», «II. По второму вопросу», «По 3-му вопросу решили: …»:
 * a question of a protocol or a section of a decision. Only a speaker, a decision or nothing may
 * follow, so an item that merely opens with these words («По первому вопросу информацию принять…») stays an item.
 */
const QUESTION = /^(?:([1-9]\d?|[IVX]{1,4})\s?[.)]\s*)?По\s+([а-яё]+|\d{1,2}(?:-?(?:му|ому))?)\s+вопросу(?:\s+повестки(?:\s+дня)?)?(?![а-яё])\s*(.*)$/;
const SPEAKER =
  /^[:.,\-–—]?\s*(?:выступил[аи]?|слушали|заслушали|заслушан[аоы]?|докладывал[аи]?|доложил[аи]?|сообщил[аи]?|проинформировал[аи]?|информировал[аи]?|с\s+(?:информацией|докладом|сообщением))(?![а-яё])/i;
const QUESTION_DECISION = /^[:.,\-–—]?\s*(?:решили|постановили|решено|решение)\s*[:.\-–—]?\s*(.*)$/i;

/** «Вопрос 2. Об отдыхе детей», «ВОПРОС № 2»: a question of a protocol, its topic aside. */
const QUESTION_NUMBERED = /^(?:Вопрос|ВОПРОС)\s*(?:№\s*)?([1-9]\d?)(?![\d.]\d)\s*[.:)]?\s*(?:(?:О|Об|Обо|По)\s.*)?$/;

function question(text: string): Line | null {
  const numbered = QUESTION_NUMBERED.exec(text);
  if (numbered) return { kind: "question", number: numbered[1], text: "" };
  const m = QUESTION.exec(text);
  if (!m) return null;
  const number = m[1] ?? ordinalNumber(m[2]);
  if (!number) return null;
  const rest = m[3].trim();
  if (!rest || /^[:.\-–—]$/.test(rest)) return { kind: "question", number, text: "" };
  if (SPEAKER.test(rest)) return { kind: "question", number, text: "", heard: true };
  const decided = QUESTION_DECISION.exec(rest);
  if (decided) return { kind: "question", number, text: decided[1].trim() };
  return null;
}

const ORDINALS = ["перв", "втор", "трет", "четв", "пят", "шест", "седьм", "восьм", "девят", "десят"];

/** «первому» → "1", «3-му» → "3". */
function ordinalNumber(word: string): string | undefined {
  const digits = /^\d+/.exec(word);
  if (digits) return digits[0];
  const i = ORDINALS.findIndex((o) => word.toLowerCase().replace(/ё/g, "е").startsWith(o));
  return i >= 0 ? String(i + 1) : undefined;
}

const DECISION = /^(?:[1-9]\d?\s?[.)]\s*)?(?:РЕШИЛИ|ПОСТАНОВИЛИ|РЕШЕНО|РЕШЕНИЕ|Решили|Постановили|Решено|Решение)(?![А-ЯЁа-яё])\s*[:.\-–—]?\s*(.*)$/;
const APPENDIX = /^приложени[ея](?:\s+(?:№\s*)?\d+)?\.?$/i;

function signature(text: string): boolean {
  if (NAME_ONLY.test(text)) return true;
  if (/^с\s+уважением/i.test(text)) return true; // a covering letter's closing

  // a signature opens with a capital; a lower-case «руководитель ШМО…» is a wrapped line of an item
  if (!/^[А-ЯЁ]/.test(text) || !POSITION.test(text) || text.length > 140 || /:$/.test(text)) return false;
  // «Начальник отдела образования И.В. Абрамова», or the position alone above the name
  return /[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+\s*$|[А-ЯЁ][а-яё]+\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.\s*$/.test(text) || text.split(/\s+/).length <= 6;
}

/** Classifies one normalised, non-empty line. */
const PAGE_MARK = /^(?:[-–—]\s*\d{1,3}\s*[-–—]|(?:стр\.|страница)\s*\d{1,3}(?:\s*из\s*\d{1,3})?)$/i;

export function classifyLine(raw: string): Line {
  let text = raw.trim();
  if (PAGE_MARK.test(text)) return { kind: "bare-number", number: /\d+/.exec(text)![0], text: "", plainNumber: true, pageMark: true };
  const hearing = HEARING.exec(text);
  if (hearing && (hearing[4] || /^[А-ЯЁ]{5}/.test(hearing[3]))) {
    const number = hearing[1] ?? (hearing[2] ? ordinalNumber(hearing[2]) : undefined);
    return { kind: "hearing", number, text: hearing[3].toUpperCase() };
  }
  const asked = question(text);
  if (asked) return asked;
  const decision = DECISION.exec(text);
  if (decision && (/^[А-ЯЁ]{5}/.test(text.replace(/^[\d.)\s]+/, "")) || /^[а-яё]+\s*:/i.test(text.replace(/^[\d.)\s]+/, "")))) {
    return { kind: "decision", text: decision[1].trim() };
  }
  let bulleted = false;
  const bullet = BULLET.exec(text);
  if (bullet && !/^[-–—]\s*\d{4}/.test(text)) {
    bulleted = true;
    text = bullet[2].trim();
  }
  const marker = bulleted ? bullet![1] : undefined;
  // «2.», «2.1.» alone (a list label copied from a PDF): the next line's number
  const label = /^([1-9]\d{0,2}(?:\.\d{1,3}){0,8})\s?([.)])?$/.exec(text);
  if (label && !bulleted && !DATE_START.test(text)) return { kind: "bare-number", number: label[1], text: "", ...(label[2] ? {} : { plainNumber: true }) };
  const multi = MULTI_NUMBER.exec(text);
  // «15.10.2024 г. по установленной форме» at the start of a wrapped line is a date, not item 15.10
  if (multi && (multi[2] || !/^\d/.test(multi[3])) && !DATE_START.test(text)) {
    return { kind: "numbered", number: multi[1].replace(/\s/g, ""), text: multi[3].trim(), ...(bulleted ? { bulleted } : {}) };
  }
  const single = SINGLE_NUMBER.exec(text);
  if (single) return { kind: "numbered", number: single[1], text: single[2].trim(), ...(bulleted ? { bulleted } : {}) };
  const roman = ROMAN_NUMBER.exec(text);
  if (roman && !bulleted) return { kind: "numbered", number: roman[1], text: roman[2].trim() };
  const letter = LETTER.exec(text);
  if (letter) return { kind: "lettered", number: letter[1], text: letter[2].trim() };
  if (bulleted) return { kind: "bullet", text, marker };
  const deadline = DEADLINE_LINE.exec(text);
  // «сроки проведения работ согласовать…» in lower case, without a colon, continues a wrapped sentence
  if (deadline && (/^С/.test(text) || /^сроки?(?:\s+[а-яё]+)?\s*[:\-–—]/i.test(text))) return { kind: "deadline", text: deadline[1].trim() };
  const responsible = RESPONSIBLE_LINE.exec(text);
  if (responsible) return { kind: "responsible", text: responsible[1].trim() };
  const view = /\d/.test(text) ? matchView(text) : "";
  if (DEADLINE_ONLY.test(view)) return { kind: "deadline", text, unlabelled: true };
  if (PLACE_DATE.test(view)) return { kind: "place-date", text };
  if (APPENDIX.test(text)) return { kind: "appendix", text };
  if (signature(text)) return { kind: "signature", text };
  return { kind: "text", text };
}
