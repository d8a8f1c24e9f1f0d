// Executor phrases: a phrase that only names executors split into them («Отделу образования и
// школам (Наумова С.Е.)»: co-executors after «совместно с», persons in brackets), and executor
// group headings («2. Управлению образования (Наумова С.Е.):»). Items that name their executor
// before the verb: executor-inline.ts; «Ответственный: …»: executor-responsible.ts.
import { isInfinitive, isOrgAbbreviation, looksDative, topLevelWords, withUnclosedQuotesInert } from "./russian";
import { withoutCircumstance } from "./executor-between";
import { foldLookalikes, gluedVerb } from "./word-repair";
import { ADJECTIVE, ASKING_VERB, feminineDativeLead, LOWER_CASE_EXECUTOR, opensFeminineDative, opensNominativeBody } from "./executor-words";

export interface Executors {
  executors: string[];
  person: string | null;
}

const CO_EXECUTOR = /\s+(?:совместно\s+с|во\s+взаимодействии\s+с|в\s+взаимодействии\s+с|при\s+участии|с\s+участием)\s+/i;
/** «Наумова С.Е.», «С.Е. Наумова», «А.Е.Евтухович». */
const PERSON =
  /[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s*[А-ЯЁ]\.\s*(?:[А-ЯЁ]\.)?|[А-ЯЁ]\.\s*(?:[А-ЯЁ]\.)?\s*[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?/g;

/** Splits on a separator outside «quotes» and (brackets). */
function splitTopLevel(text: string, isSeparator: (text: string, i: number) => number): string[] {
  const parts: string[] = [];
  const view = withUnclosedQuotesInert(text);
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = view[i];
    if (c === "«" || c === "(") depth++;
    else if ((c === "»" || c === ")") && depth > 0) depth--;
    else if (depth === 0) {
      const len = isSeparator(text, i);
      if (len > 0) {
        parts.push(text.slice(from, i));
        from = i + len;
        i += len - 1;
      }
    }
  }
  parts.push(text.slice(from));
  return parts.map((p) => p.trim()).filter(Boolean);
}

const commaOrSemicolon = (t: string, i: number) => (t[i] === "," || t[i] === ";" ? 1 : 0);

/** « и » followed by a word that starts another executor (dative, or instrumental after «с»). */
function andBefore(test: (word: string) => boolean) {
  return (t: string, i: number) => {
    if (t[i] !== " " || t.slice(i, i + 3).toLowerCase() !== " и ") return 0;
    const next = /^\s*([^\s]+)(\s+[^\s])?/.exec(foldLookalikes(t.slice(i + 3, i + 200)));
    const before = /([^\s]+)$/.exec(t.slice(Math.max(0, i - 60), i))?.[1] ?? "";
    // «медицинской и социальной помощи»: two adjectives of one noun
    if (next?.[2] && ADJECTIVE.test(before) && /^[а-яё]/.test(before) && /^[а-яё]/.test(next[1]) && ADJECTIVE.test(next[1])) return 0;
    // «комитету по культуре и туризму»: the objects of «по» are joined, unless an office word follows
    // («… по Глинскому району и главному врачу …»: a proper name after «по» closes the executor)
    if (/(?:^|\s)по\s+[а-яё][^\s]*(?:\s+[^\s]+){0,2}$/.test(t.slice(Math.max(0, i - 60), i)) && next && !/^[А-ЯЁA-Z«]/.test(next[1]) && !LOWER_CASE_EXECUTOR.test(next[1].replace(/[,;:.]+$/, "")) && !opensFeminineDative(t.slice(i + 3, i + 200))) return 0;
    // «№ 5 и 7»: one more number of the same kind
    if (next && /^\d{1,3}$/.test(next[1].replace(/[,;.]+$/, "")) && /\d$/.test(before)) return 0;
    // «руководителям ДОУ и ОО»: kinds of organisation under one role
    if (next && KIND.test(next[1].replace(/[,;.]+$/, "")) && roleOverKinds(t.slice(0, i))) return 0;
    // «ТКДН и ЗП», «ГО и ЧС»: one body written as two abbreviations
    if (next && /^(?:ЗП|ЧС)(?![А-ЯЁа-яё])/.test(next[1])) return 0;
    const rest = t.slice(i + 3, i + 200);
    return next && (test(next[1]) || opensFeminineDative(rest) || opensNominativeBody(rest)) ? 3 : 0;
  };
}

function looksInstrumental(word: string): boolean {
  const w = word.toLowerCase().replace(/[«»(),.:;]/g, "");
  return isOrgAbbreviation(word) || /(ами|ями|ом|ем|ым|им|ой|ей|ыми|ими)$/.test(w);
}

/** Persons named in brackets; the brackets are removed from the executor, roles dropped. */
function takePersons(text: string): { text: string; persons: string[] } {
  const persons: string[] = [];
  // matched with look-alike Latin letters read as Russian («(A.Б. Петрова)»), cut as written
  const view = foldLookalikes(text);
  const bracket = /\s*\(([^()]*)\)/g;
  let kept = "";
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = bracket.exec(view))) {
    const innerAt = m.index + m[0].indexOf("(") + 1;
    const names = [...m[1].matchAll(PERSON)];
    if (!names.length) continue;
    persons.push(...names.map((n) => text.slice(innerAt + n.index, innerAt + n.index + n[0].length).trim()));
    kept += text.slice(from, m.index);
    from = m.index + m[0].length;
  }
  return { text: (kept + text.slice(from)).trim(), persons };
}

function cleanExecutor(s: string): string {
  return s
    .replace(/\s*\((?:по\s+согласованию|далее\s*[-–—]?\s*[^()]*)\)/gi, "")
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, "")
    .replace(/^(?:и|а также)\s+/i, "")
    .trim();
}

/**
 * «…школ, не завершивших разработку программ», «…организаций, в которых…», «…, в т.ч. частных»:
 * a clause or a qualifier, not another executor.
 */
const CLAUSE_START =
  /^(?:в\s+т\.\s?ч\.|в\s+том\s+числе|включая|кроме)(?![а-яё])|^(?:не\s+)?[а-яё]+(?:вш|ющ|ущ|ящ|ащ|ем|им|енн|анн)(?:ие|их|им|ими|ей|ий|ая|ую|ее|его|ему|ые|ых|ым|ыми|ый|ое|ого|ому)(?![а-яё])|^(?:(?:в|во|на|у|с|из|для|при|по)\s+)?(?:котор|где|чьи)/;

/**
 * «Центру психолого-педагогической, медицинской и социальной помощи»: a part that ends with an
 * adjective whose noun is still to come, followed by a part that opens with a lower-case adjective.
 */
function continuesAdjectives(previous: string, part: string): boolean {
  const last = /([^\s]+)$/.exec(previous)?.[1] ?? "";
  const first = /^([^\s]+)\s/.exec(part)?.[1] ?? "";
  return ADJECTIVE.test(last) && /^[а-яё]/.test(first) && ADJECTIVE.test(first) && !isInfinitive(first);
}

/** Roles named by a participle-like noun («заведующим ДОО», «управляющим советам»): another executor, not a clause. */
const PARTICIPLE_ROLE = /^(?:заведующ|управляющ|исполняющ|курирующ|служащ)/i;

/** Kinds of organisation a role is named over («руководителям ОО, ДОО и УДО»), not organisations. */
const KIND = /^(?:ОО|ДОО|УДО|ОУ|ДОУ|ОДО|СОШ|ООШ|НОШ|ПОО|СПО|ДОД|УДОД)$/;

/** «руководителям ОО»: a role in front of a kind of organisation. */
function roleOverKinds(part: string): boolean {
  const words = part.trim().split(/\s+/);
  return words.length >= 2 && !isOrgAbbreviation(words[0]) && KIND.test(words[words.length - 1].replace(/[,;.]+$/, ""));
}

const onlyKinds = (part: string) => part.split(/\s+/).every((w) => w === "и" || KIND.test(w.replace(/[,;.]+$/, "")));

function attachClauses(parts: string[]): string[] {
  const out: string[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    // «МБОУ СОШ № 1, 3, 5 и 7»: numbers that go on the school's number
    const numbers = out.length > 0 && /^(?:№\s*)?\d{1,3}(?:\s+и\s+\d{1,3})?$/.test(p) && /\d$/.test(prev);
    const kinds = numbers || (out.length > 0 && onlyKinds(p) && roleOverKinds(prev));
    if (out.length && (kinds || (CLAUSE_START.test(p) && !PARTICIPLE_ROLE.test(p)) || continuesAdjectives(prev, p))) out[out.length - 1] += `, ${p}`;
    else out.push(p);
  }
  return out;
}

/** Executors from a phrase that only names them (a heading, or the part before the verb). */
export function executorsFromPhrase(phrase: string): Executors {
  let text = withoutCircumstance(phrase.trim().replace(/[\s:.]+$/, ""));
  const first = /^([^\s]+)\s+/.exec(text);
  if (first && ASKING_VERB.test(first[1])) text = text.slice(first[0].length);
  const last = /\s+([^\s]+)$/.exec(text);
  if (last && ASKING_VERB.test(last[1])) text = text.slice(0, last.index);
  const { text: noPersons, persons } = takePersons(text);
  const [main, ...co] = noPersons.split(CO_EXECUTOR);
  const executors: string[] = [];
  for (const part of attachClauses(splitTopLevel(main, commaOrSemicolon))) {
    executors.push(...splitTopLevel(part, andBefore(looksDative)));
  }
  for (const c of co) {
    for (const part of attachClauses(splitTopLevel(c, commaOrSemicolon))) executors.push(...splitTopLevel(part, andBefore(looksInstrumental)));
  }
  const unique = [...new Set(executors.map(cleanExecutor).filter((e) => e.length > 1))];
  return { executors: unique, person: persons.length ? [...new Set(persons)].join(", ") : null };
}

/**
 * A line that names executors and nothing else: «Руководителям образовательных организаций:»,
 * «МКУ «Ресурсный центр» (и.о. директора А.Е.Евтухович):», «Рекомендовать школам:».
 * `colon` says whether the line ended with a colon (a heading without one needs list items after it).
 */
export function isExecutorHeading(text: string): boolean {
  const t = foldLookalikes(text).trim().replace(/[\s:]+$/, "");
  // «Заместителю директора по УВР Ивановой О. П.:» — the dot of initials does not end a sentence
  if (!t || t.length > 300 || (/[.;!?]$/.test(t) && !/(?:^|\s)[А-ЯЁ]\.(?:\s?[А-ЯЁ]\.)?$/.test(t))) return false;
  const words = topLevelWords(t).filter((w) => w.depth === 0);
  if (!words.length) return false;
  let startAt = 0;
  if (ASKING_VERB.test(words[0].word)) startAt = 1;
  // «Руководителям образовательных организаций рекомендовать:» — the asking verb may close the heading
  const endAt = words.length > startAt + 1 && ASKING_VERB.test(words[words.length - 1].word.replace(/[,;:.]+$/, "")) ? words.length - 1 : words.length;
  const head = words[startAt];
  if (!head) return false;
  const headWord = head.word.replace(/^[«(]+/, "");
  if (!looksDative(headWord) && !isOrgAbbreviation(headWord) && !/^[«"]/.test(head.word) && !feminineDativeLead(words, startAt)) return false;
  if (isInfinitive(headWord.toLowerCase())) return false;
  return !words.slice(startAt, endAt).some((w) => isInfinitive(w.word.toLowerCase().replace(/[,;:.]+$/, "")) || gluedVerb(w.word) !== null);
}
