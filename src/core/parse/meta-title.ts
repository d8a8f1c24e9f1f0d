// The document's title as one line: the kind word line and the lines that complete it (the body,
// the topic), without place-and-date lines, protocol lines or the preamble.
import { matchView } from "./normalise";
import { MONTH_WORD } from "./russian";
import { isDateLine, isPlaceDateLine, isPlaceLine, KIND_WORD } from "./meta-date";

const BODIES: [RegExp, string][] = [
  [/конференци/, "конференции"],
  [/коллеги/, "коллегии"],
  [/совещани/, "совещания"],
  [/педсовет|педагогическ[а-я]*\s+совет/, "педагогического совета"],
  [/совет[а-я]*/, "совета"],
  [/форум/, "форума"],
  [/съезд/, "съезда"],
  [/семинар/, "семинара"],
  [/заседани/, "заседания"],
];

export interface Title {
  title: string;
  kind: string;
  /** Index of the line with the kind word (or the first line when there is none). */
  startLine: number;
  /** Index of the last line used by the title. */
  endLine: number;
}

/**
 * «ПРОТОКОЛЬНОЕ РЕШЕНИЕ» → «Протокольное решение»; abbreviations («МБОУ», «ФГОС») keep their
 * capitals: a capitalised word is a heading word when it is long or stands beside one.
 */
function sentenceCase(line: string): string {
  const long = (w: string | undefined) => Boolean(w && /^[А-ЯЁ]{6,}$/.test(w));
  const words = line.split(/(\s+)/);
  return words
    .map((w, i) => {
      if (!/^[А-ЯЁ]{2,}$/.test(w) || !(long(w) || long(words[i - 2]) || long(words[i + 2]))) return w;
      return i === 0 ? w[0] + w.slice(1).toLowerCase() : w.toLowerCase();
    })
    .join("");
}

const PREAMBLE_IN_LINE = /\s(?=(?:Заслушав|Рассмотрев|Обсудив|В\s+соответствии|Во\s+исполнение|В\s+целях|На\s+основании|Руководствуясь)(?![а-яё]))/;
const NOT_TITLE = /^(?:\(?\s*протокол[а-яё]*(?:\s+заседания)?\s*(?:№\s*\S+)?\s*\)?$|(?:начало|окончание|время|место)(?:\s+[а-яё]+){0,2}\s*:)/i;

/** How many characters of `s` the quotes opened in it leave open. */
function openQuotes(s: string): number {
  return (s.match(/«/g) ?? []).length - (s.match(/»/g) ?? []).length;
}

/**
 * A heading run into the text («РЕШЕНИЕ коллегии … от 18 ноября 2022 года № 4 «Об итогах …»
 * Заслушав …»): up to its quoted topic, without the date and number the header reads apart.
 */
function headingOfLongLine(line: string): string {
  const open = line.indexOf("«");
  let end = line.length > 250 ? 250 : line.length;
  if (open > 0) {
    let depth = 0;
    for (let i = open; i < line.length; i++) {
      if (line[i] === "«") depth++;
      else if (line[i] === "»" && --depth === 0) {
        end = i + 1;
        break;
      }
    }
  }
  return line.slice(0, end).replace(DATE_AND_NUMBER, "");
}

/** «… по итогам совещания «…» от 17 сентября 2025 года»: the date the header gives apart. */
const TRAILING_DATE = new RegExp(
  `\\s+от\\s+(?:«?\\d{1,2}»?\\s+${MONTH_WORD}\\s+\\d{4}\\s*(?:года|г\\.?)?|\\d{1,2}\\.\\d{1,2}\\.\\d{4}\\s*(?:г\\.?)?)(?:\\s*№\\s*[^\\s«]+)?\\s*$`,
  "i",
);
const DATE_AND_NUMBER = new RegExp(
  `\\s+от\\s+(?:«?\\d{1,2}»?\\s+${MONTH_WORD}\\s+\\d{4}\\s*(?:года|г\\.?)?|\\d{1,2}\\.\\d{1,2}\\.\\d{4}\\s*(?:г\\.?)?)(?:\\s*№\\s*[^\\s«]+)?`,
  "i",
);

/** A topic hard-wrapped over lines: the next line goes on while a quote is open or it starts in lower case. */
function wrappedTopic(lines: string[], from: number): { text: string; end: number } {
  let text = lines[from];
  let end = from;
  for (let i = from + 1; i < lines.length && i <= from + 3; i++) {
    const next = lines[i];
    if (!next || next.length > 200 || /[.;:]$/.test(text) || isDateLine(next) || isPlaceDateLine(next)) break;
    // a wrapped line goes on in lower case, or with a number after a preposition («… олимпиады в» · «2025-2026 учебном году»)
    const goesOn = /^[а-яё]/.test(next) || (/^\d/.test(next) && /(?:^|\s)(?:в|во|на|и|по|к|с|со|о|об|за|до|для|от)$/i.test(text));
    if (openQuotes(text) <= 0 && !goesOn) break;
    text += " " + next;
    end = i;
  }
  return { text, end };
}

function balanceQuotes(s: string): string {
  const open = (s.match(/«/g) ?? []).length;
  const close = (s.match(/»/g) ?? []).length;
  return open > close ? s + "»".repeat(open - close) : s;
}

/** The heading: the kind word line and the lines that complete it. */
export function findTitle(lines: string[]): Title {
  let start = -1;
  for (let i = 0; i < Math.min(lines.length, 40); i++) {
    if (lines[i] && KIND_WORD.test(lines[i])) {
      start = i;
      break;
    }
  }
  if (start < 0) {
    // no kind word: the first line, in sentence case if all capitals, with the lower-case lines completing it
    const first = lines.findIndex((l) => l && !/^проект$/i.test(l));
    let end = Math.max(first, 0);
    const parts = first >= 0 ? [lines[first].slice(0, 200)] : [];
    while (parts.length && end + 1 < lines.length && /^[а-яё]/.test(lines[end + 1] ?? "") && lines[end + 1].length < 200) parts.push(lines[++end]);
    const title = sentenceCase(parts.join(" ")).replace(/\s+/g, " ").replace(/[.\s]+$/, "");
    return { title: balanceQuotes(title), kind: "документ", startLine: Math.max(first, 0), endLine: end };
  }
  const parts = [lines[start].length > 250 ? headingOfLongLine(lines[start]) : lines[start]];
  let end = start;
  let blankSeen = false;
  for (let i = start + 1; i < lines.length && i < start + 12; i++) {
    const line = lines[i];
    if (!line) {
      blankSeen = true;
      continue;
    }
    // the place-and-date line («г. Тихореченск   10.09.2025», «пгт Вербино»), the protocol line and
    // the meeting's particulars («Начало заседания: …») are not part of the title
    if (isDateLine(line) || isPlaceDateLine(line) || isPlaceLine(line) || /^(одобрено|принято|утверждено)/i.test(line) || NOT_TITLE.test(line)) {
      end = i;
      continue;
    }
    if (line.length > 250 && !(/^об?\s/i.test(line) && PREAMBLE_IN_LINE.test(line))) break;
    if (/^[а-яё]/.test(line)) {
      parts.push(line);
      end = i;
      continue;
    }
    // the topic: «О реализации…» or О ходе реализации… (quoted or not), or a quoted name right below
    if ((/^«/.test(line) && (!blankSeen || /^«об?\s/i.test(line))) || /^об?\s/i.test(line)) {
      // a topic joined with the preamble into one paragraph ends where the preamble begins
      const cut = line.length > 250 ? PREAMBLE_IN_LINE.exec(line) : null;
      const topic = cut ? { text: line.slice(0, cut.index), end: i } : wrappedTopic(lines, i);
      parts.push(/^«/.test(line) ? topic.text : `«${topic.text.replace(/[.\s]+$/, "")}»`);
      end = topic.end;
    }
    break;
  }
  const joined = parts.join(" ").replace(TRAILING_DATE, "");
  const title = balanceQuotes(sentenceCase(joined).replace(/\s+/g, " ").replace(/[.\s]+$/, ""));
  const view = matchView(title);
  const word = KIND_WORD.exec(view)![1].replace(/\s+/g, " ");
  const body = BODIES.find(([re]) => re.test(view.slice(word.length)));
  return { title, kind: body ? `${word} ${body[1]}` : word, startLine: start, endLine: end };
}
