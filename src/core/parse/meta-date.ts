// The document's own date: in its heading (the date line under the title, a place-and-date line
// with the place on either side, «(протокол от … № 5)») or in a place-and-date line after the last
// directive. An act cited in the preamble («Во исполнение распоряжения … от 16.09.2025») is never it:
// a wrong date would discard real deadlines as «before the document».
import { isoDate, isValidDate } from "../dates";
import { MONTH_WORD, monthNumber } from "./russian";
import { matchView } from "./normalise";

export const KIND_WORD =
  /^(резолюция|решение|постановление|протокол|приказ|рекомендации|распоряжение|итоговый\s+документ|перечень\s+поручений|протокольное\s+решение|выписка\s+из\s+протокола)(?![а-яё])/i;

const HEADER_DATE_LINE = new RegExp(
  `^(?:от\\s+|одобрено\\s|принято\\s|утверждено\\s)?[^а-я]{0,3}(?:«?\\d{1,2}»?\\s+${MONTH_WORD}\\s+\\d{4}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})`,
);
const LONG_HEADER_DATE = new RegExp(`(?:^|\\s)от\\s+((?:«?\\d{1,2}»?\\s+${MONTH_WORD}\\s+\\d{4})|\\d{1,2}\\.\\d{1,2}\\.\\d{4})`);

const DATE = `(?:от\\s+)?(?:«?\\d{1,2}»?\\s+${MONTH_WORD}\\s+\\d{4}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})(?:\\s*(?:г\\.?|года)(?![а-я]))?`;
const NUMBER = "№\\s*[\\dа-яa-z][\\dа-яa-z./-]*";
/** «г. Тихореченск», «с. Белый Ключ», «пгт Вербино», «с. Усть-Кама»: a settlement as a header writes it. */
const PLACE = "(?:г\\.|гор\\.|город|с\\.|село|пгт\\.?|п\\.|пос\\.|поселок|рп\\.?|ст\\.|ст-ца|станица|д\\.|дер\\.|х\\.|аул)\\s*[а-я][а-я-]*(?:\\s+[а-я][а-я-]*){0,2}";
const PLACE_ONLY = new RegExp(`^${PLACE}$`);
const DATE_IN_LINE = new RegExp(DATE);
const NUMBER_IN_LINE = new RegExp(NUMBER);
/** «(протокол от 27 марта 2025 г. № 5)», «протокол № 3 от 11.04.2023» under a pedagogical council's title. */
const PROTOCOL_LINE = /^\(?\s*протокол[а-я]*\s+(?:№\s*\S+\s+)?от\s/;

const PREAMBLE_START =
  /^(?:в\s+соответствии|во\s+исполнение|в\s+целях|в\s+рамках|заслушав|рассмотрев|обсудив|на\s+основании|руководствуясь|согласно|с\s+целью)(?![а-я])/;

export function isDateLine(line: string): boolean {
  return HEADER_DATE_LINE.test(matchView(line)) && line.length < 80;
}

/** A line that is only a settlement: «пгт Вербино». */
export function isPlaceLine(line: string): boolean {
  return line.length < 60 && PLACE_ONLY.test(matchView(line).trim().replace(/[.,]$/, ""));
}

/**
 * «г. Тихореченск            10.09.2025», «г. Ладожинск   12 декабря 2025 г.   № 4»,
 * «27 ноября 2025 года   № 112   г. Рябинино»: a date, perhaps a number, and nothing but a place.
 */
export function isPlaceDateLine(line: string): boolean {
  if (line.length > 120) return false;
  const view = matchView(line).trim();
  if (!DATE_IN_LINE.test(view)) return false;
  const rest = view.replace(DATE_IN_LINE, " ").replace(NUMBER_IN_LINE, " ").replace(/[,;]/g, " ").replace(/\s+/g, " ").trim();
  return rest === "" || PLACE_ONLY.test(rest);
}

function dateFromText(view: string): string | null {
  const word = new RegExp(`(\\d{1,2})»?\\s+${MONTH_WORD}\\s+(\\d{4})`).exec(view);
  if (word) {
    const [d, m, y] = [Number(word[1]), monthNumber(word[2])!, Number(word[3])];
    if (isValidDate(y, m, d)) return isoDate(y, m, d);
  }
  const num = /(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(view);
  if (num) {
    const [d, m, y] = [Number(num[1]), Number(num[2]), Number(num[3])];
    if (isValidDate(y, m, d)) return isoDate(y, m, d);
  }
  return null;
}

/** «Тема: Решение РМО … от 12.11.2025»: a covering e-mail's subject naming the document. */
const SUBJECT = /^(?:тема|re|fw|fwd)\s*:\s*/i;

function headerLineDate(line: string): string | null {
  const view = matchView(line);
  const subject = SUBJECT.exec(line);
  if (subject) {
    const rest = line.slice(subject[0].length);
    const from = KIND_WORD.test(rest) ? LONG_HEADER_DATE.exec(matchView(rest)) : null;
    return from ? dateFromText(from[1]) : null;
  }
  if (line.length > 120) {
    // only the heading itself run into the text («РЕШЕНИЕ коллегии … от 18 ноября 2022 года № 4 …»),
    // never a preamble that cites another act
    if (!KIND_WORD.test(line)) return null;
    const from = LONG_HEADER_DATE.exec(view.slice(0, 300));
    return from ? dateFromText(from[1]) : null;
  }
  // «г. Заречный, 28 августа 2024 года» under the title is the document's own place and date.
  const withoutPlace = line.replace(/^[^,\d]{1,40},\s*/, "");
  const dated =
    isDateLine(line) || isDateLine(withoutPlace) || isPlaceDateLine(line) || /^(от|дата)\s/.test(view) || PROTOCOL_LINE.test(view) || KIND_WORD.test(line);
  return dated ? dateFromText(view) : null;
}

/**
 * The adoption date as printed in the header (the lines around the title) or in a
 * place-and-date line after the last directive. Place-and-date lines inside the body are
 * strays pasted from elsewhere and are ignored.
 */
export function explicitDate(lines: string[], titleEnd: number, tailFrom: number, bodyStart = lines.length): string | null {
  // The header: a few lines under the title, never past where the directives start.
  const headerEnd = Math.min(titleEnd + 6, lines.length - 1, bodyStart > titleEnd ? bodyStart - 1 : titleEnd + 3);
  for (let i = 0; i <= headerEnd; i++) {
    // the preamble has begun: its wrapped lines («от 31.03.2025 № 205 «Об …») cite other acts
    if (i > titleEnd && lines[i] && PREAMBLE_START.test(matchView(lines[i]))) break;
    const d = lines[i] ? headerLineDate(lines[i]) : null;
    if (d) return d;
  }
  // the closing place-and-date line comes after the directives, never in the preamble
  for (let i = Math.max(tailFrom, bodyStart < lines.length ? bodyStart : 0, 0); i < lines.length; i++) {
    const line = lines[i];
    if (line && line.length < 100 && (isDateLine(line.replace(/^[^,]{1,40},\s*/, "")) || isPlaceDateLine(line))) {
      const d = dateFromText(matchView(line));
      if (d) return d;
    }
  }
  return null;
}
