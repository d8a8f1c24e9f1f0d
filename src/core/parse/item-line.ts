// What an item's own line carries besides its text: «Срок: …», «Ответственный: …» (or an
// executor in a closing bracket), a plan's «– руководители ОО» at the end.
import { MONTH_WORD } from "./russian";
import { matchView } from "./normalise";

/** «… Срок: до 01.10.2020.» at the end of an item's own line: the text before and the phrase after. */
export function splitInlineDeadline(text: string): { text: string; deadline: string | null } {
  const m = /(?:^|[\s.;,(])(сроки?(?:\s+(?:исполнения|выполнения|реализации|проведения|готовности))?\s*[:\-–—]\s*)([^:]*)$/i.exec(text);
  if (!m || m[2].trim().length === 0) return { text, deadline: null };
  const cut = m.index + (m[0].length - m[1].length - m[2].length);
  return { text: text.slice(0, cut).trim(), deadline: m[2].replace(/\)\s*[.;]?$/, "").trim() };
}

const RESPONSIBLE_BRACKET = /\s*\((?:ответственн[а-я]*(?:\s+исполнител[а-я]*)?|отв\.|исполнител[а-я]*)(?:\s+за\s+(?:исполнение|выполнение))?\s*[:\-–—]?\s*([^()]+)\)/i;
const RESPONSIBLE_TAIL = /(?:^|[.;]\s+|,\s*|\s)(?:ответственн(?:ый|ые|ая|ое)(?:\s+исполнител[ьи])?|исполнител[ьи])(?:\s+за\s+(?:исполнение|выполнение))?\s*[:\-–—]\s*((?:(?![;,]\s*срок)[^:()])+?)\)?[.;]?$/i;

/** First words of an executor written in the nominative: an office, an organisation, a role. */
const NOMINATIVE_EXECUTOR =
  /^(?:(?:М[БКА]?[ДУ]?О?У|МБУ|МАУ|МКУ|Г[БКА]У|ГОУ|ИМЦ|РМО|ШМО|ОО|ДОО|ОУ|УО|МЦ|ЦБ|ТПМПК|ПМПК|ППМС|ЦППМСП)(?![А-ЯЁа-яё])|(?:отдел|управление|комитет|центр|администрация|руководител[ьи]|директор[аы]?|заведующ(?:ий|ая|ие)|заместител[ьи]|специалист[ыа]?|методист[ыа]?|учител[ья]|педагог(?:и|-[а-яё]+)?|классные|социальн(?:ый|ые)|школ[аы]|(?:обще)?образовательные|дошкольные|библиотекар[ьи]|члены|председател[ьи]|секретар[ьи])(?![а-яё]))/i;
const TERM_PART = new RegExp(`\\d|постоянно|систематически|регулярно|в\\s+течение|ежегодно|ежеквартально|ежемесячно|еженедельно|квартал|полугоди|четверт|${MONTH_WORD}`, "i");

/**
 * «Провести анализ результатов (отдел образования, до 01.10.2024)»: a closing bracket that names who
 * acts in the nominative, perhaps beside the term. The executors leave the text, the term stays.
 */
function trailingExecutorBracket(text: string): { text: string; responsible: string } | null {
  const m = /\(([^()]{2,200})\)[.;]?$/.exec(text);
  if (!m || m.index === 0) return null;
  const parts = m[1].split(/[,;]\s*/).map((p) => p.trim()).filter(Boolean);
  const who = parts.filter((p) => NOMINATIVE_EXECUTOR.test(p) && !TERM_PART.test(matchView(p)));
  const terms = parts.filter((p) => !who.includes(p));
  if (!who.length || !terms.every((p) => TERM_PART.test(matchView(p)))) return null;
  const kept = terms.length ? ` (${terms.join(", ")})` : "";
  const end = /[.;]$/.test(m[0]) ? m[0].slice(-1) : "";
  return { text: text.slice(0, m.index).trim() + kept + end, responsible: who.join(", ") };
}

/** «… (ответственный – отдел образования)» or «… Ответственные: руководители ОО.» inside an item's line. */
export function splitResponsible(text: string): { text: string; responsible: string | null } {
  const bracket = RESPONSIBLE_BRACKET.exec(text);
  if (bracket) {
    // «(ответственный – МКУ «ИМЦ», срок – до 01.10.2025)»: the term stays, in a bracket of its own
    const term = /[,;]\s*(сроки?\s*[:\-–—].*)$/i.exec(bracket[1]);
    const who = term ? bracket[1].slice(0, term.index) : bracket[1];
    const kept = term ? ` (${term[1].trim()})` : "";
    return { text: (text.slice(0, bracket.index) + kept + text.slice(bracket.index + bracket[0].length)).trim(), responsible: who.trim() };
  }
  const trailing = trailingExecutorBracket(text);
  if (trailing) return trailing;
  const tail = RESPONSIBLE_TAIL.exec(text);
  if (tail && tail.index > 0) return { text: text.slice(0, tail.index + (/^[.;]/.test(tail[0]) ? 1 : 0)).trim(), responsible: tail[1].trim() };
  return { text, responsible: null };
}

/**
 * Plans typed as one line per measure: «Обновить паспорта … – руководители ОО, до 1 октября 2024 г.»
 * Only an organisation or a post after the last dash counts, so
 * «(далее – месячник)» or «Внимание – дети!» stay in the text.
 */
const TRAILING_EXECUTOR =
  /\s[–—]\s+((?:М[БКА]?(?:ОУ|ДОУ|У)|МБУ\s+ДО|МАУ\s+ДО|МКУ\s+ДО|ГБУ|ГАУ|ОО\b|ДОО\b|руководител|заместител|директор|заведующ|учител|классн[а-яё]*\s+руководител|педагог|отдел|управлени|специалист|методист)[^–—;:,]{0,60}?)\s*(,[^–—]*|\.?)$/i;

function splitTrailingExecutor(text: string): { text: string; responsible: string | null } {
  const m = TRAILING_EXECUTOR.exec(text);
  if (!m || m.index < 15) return { text, responsible: null };
  // «– отдел образования, Петрова А.А.»: the person goes with the executor
  const person = /^,\s*([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.?|[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+)\.?$/.exec(m[2]);
  if (person) return { text: text.slice(0, m.index).trim(), responsible: `${m[1].trim()} ${person[1]}` };
  // the deadline after the comma stays in the text, where the deadline reader finds it
  return { text: (text.slice(0, m.index) + (m[2].length > 1 ? m[2] : "")).trim(), responsible: m[1].trim() };
}

/** An item's own line: «Срок: …» and «Ответственный: …» may close it in either order («… Исполнитель: ИМЦ. Срок: до …»). */
export function splitItemLine(rawText: string): { body: string; deadline: string | null; responsible: string | null } {
  let body = rawText;
  let deadline: string | null = null;
  let responsible: string | null = null;
  for (let pass = 0; pass < 2; pass++) {
    if (!responsible) ({ text: body, responsible } = splitResponsible(body));
    if (!deadline) ({ text: body, deadline } = splitInlineDeadline(body));
  }
  if (!responsible) ({ text: body, responsible } = splitTrailingExecutor(body));
  body = body.replace(deadline || responsible ? /[(\s,]+$/ : /[(\s]+$/, "");
  return { body, deadline, responsible };
}
