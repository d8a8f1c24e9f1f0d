// Who must act: executor group headings («2. Управлению образования (Наумова С.Е.):»),
// executors named at the start of an item («Рекомендовать руководителям ОО обеспечить…»,
// «МУ «ИМЦ» организовать…»), co-executors («совместно с», «во взаимодействии с») and the
// responsible person in brackets.
import { isInfinitive, isOrgAbbreviation, looksDative, topLevelWords } from "./russian";

export interface Executors {
  executors: string[];
  person: string | null;
}

const ASKING_VERB = /^(рекомендовать|поручить|предложить|обязать|просить|указать|разрешить)$/i;
const CO_EXECUTOR = /\s+(?:совместно\s+с|во\s+взаимодействии\s+с|в\s+взаимодействии\s+с|при\s+участии|с\s+участием)\s+/i;
/** «Наумова С.Е.», «С.Е. Наумова», «А.Е.Евтухович». */
const PERSON =
  /[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s*[А-ЯЁ]\.\s*(?:[А-ЯЁ]\.)?|[А-ЯЁ]\.\s*(?:[А-ЯЁ]\.)?\s*[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?/g;

/** Splits on a separator outside «quotes» and (brackets). */
function splitTopLevel(text: string, isSeparator: (text: string, i: number) => number): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
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
    const next = /^\s*([^\s]+)(\s+[^\s])?/.exec(t.slice(i + 3));
    const before = /([^\s]+)$/.exec(t.slice(Math.max(0, i - 60), i))?.[1] ?? "";
    // «медицинской и социальной помощи»: two adjectives of one noun
    if (next?.[2] && ADJECTIVE.test(before) && /^[а-яё]/.test(before) && /^[а-яё]/.test(next[1]) && ADJECTIVE.test(next[1])) return 0;
    // «комитету по культуре и туризму»: the objects of «по» are joined, unless an office word follows
    // («… по Глинскому району и главному врачу …»: a proper name after «по» closes the executor)
    if (/(?:^|\s)по\s+[а-яё][^\s]*(?:\s+[^\s]+){0,2}$/.test(t.slice(Math.max(0, i - 60), i)) && next && !/^[А-ЯЁA-Z«]/.test(next[1]) && !LOWER_CASE_EXECUTOR.test(next[1].replace(/[,;:.]+$/, ""))) return 0;
    return next && test(next[1]) ? 3 : 0;
  };
}

function looksInstrumental(word: string): boolean {
  const w = word.toLowerCase().replace(/[«»(),.:;]/g, "");
  return isOrgAbbreviation(word) || /(ами|ями|ом|ем|ым|им|ой|ей|ыми|ими)$/.test(w);
}

/** Persons named in brackets; the brackets are removed from the executor, roles dropped. */
function takePersons(text: string): { text: string; persons: string[] } {
  const persons: string[] = [];
  const stripped = text.replace(/\s*\(([^()]*)\)/g, (whole, inner: string) => {
    const names = inner.match(PERSON);
    if (!names) return whole;
    persons.push(...names.map((n) => n.trim()));
    return "";
  });
  return { text: stripped.trim(), persons };
}

function cleanExecutor(s: string): string {
  return s
    .replace(/\s*\(по\s+согласованию\)/gi, "")
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, "")
    .replace(/^(?:и|а также)\s+/i, "")
    .trim();
}

/** «…школ, не завершивших разработку программ», «…организаций, в которых…»: a clause, not another executor. */
const CLAUSE_START =
  /^(?:не\s+)?[а-яё]+(?:вш|ющ|ущ|ящ|ащ|ем|им|енн|анн)(?:ие|их|им|ими|ей|ий|ая|ую|ее|его|ему|ые|ых|ым|ыми|ый|ое|ого|ому)(?![а-яё])|^(?:(?:в|во|на|у|с|из|для|при|по)\s+)?(?:котор|где|чьи)/;

/** Adjective endings (any case), for words that describe a noun still to come. */
const ADJECTIVE = /[а-яё](?:ой|ей|ого|его|ому|ему|ых|их|ым|им|ыми|ими|ая|яя|ую|юю|ый|ий|ое|ее)$/;

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

function attachClauses(parts: string[]): string[] {
  const out: string[] = [];
  for (const p of parts) {
    if (out.length && ((CLAUSE_START.test(p) && !PARTICIPLE_ROLE.test(p)) || continuesAdjectives(out[out.length - 1], p))) out[out.length - 1] += `, ${p}`;
    else out.push(p);
  }
  return out;
}

/**
 * «Территориальной комиссии …», «Центральной районной больнице …»: a capitalised feminine adjective
 * in the dative opens the executor; its noun (dative «-е»/«-и») follows within a few words.
 */
function feminineDativeLead(words: { word: string; depth: number }[], at: number): boolean {
  if (!/^[А-ЯЁ][а-яё-]+(?:ой|ей)$/.test(words[at]?.word ?? "")) return false;
  for (let k = at + 1; k < Math.min(words.length, at + 5); k++) {
    const w = words[k].word.replace(/[,;:.]+$/, "");
    if (words[k].depth > 0 || isInfinitive(w)) return false;
    if (/^[а-яё-]+(?:е|и)$/.test(w) && !ADJECTIVE.test(w)) return true;
    if (!/^[а-яё-]+(?:ой|ей)$/.test(w)) return false;
  }
  return false;
}

/** Executors from a phrase that only names them (a heading, or the part before the verb). */
export function executorsFromPhrase(phrase: string): Executors {
  let text = phrase.trim().replace(/[\s:.]+$/, "");
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
  const t = text.trim().replace(/[\s:]+$/, "");
  if (!t || t.length > 300 || /[.;!?]$/.test(t)) return false;
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
  return !words.slice(startAt, endAt).some((w) => isInfinitive(w.word.toLowerCase().replace(/[,;:.]+$/, "")));
}

/** «г. Пензы», «им. А.С. Пушкина», «Пензенской обл.»: dots inside a name, not the end of a sentence. */
const PLACE_ABBREVIATION = /^(?:г|гор|им|с|п|пос|пгт|ст|обл|р|ул|д|х|м|р-на|мун)\.$/i;

/** «О.С.», «О.» — initials after a surname, whose dots do not end the executor phrase. */
const INITIALS = /^[А-ЯЁ]\.(?:\s?[А-ЯЁ]\.)?,?$/;

/**
 * Bullets often open in lower case with the executor («- учителям математики обеспечить…»).
 * Only plural role nouns and a few office words are trusted there: a lower-case «организации…»
 * under a lead-in is a genitive, not an executor.
 */
const LOWER_CASE_EXECUTOR =
  /^(?:[а-яё-]{3,}(?:ам|ям)|(?:всем|каждому)|(?:отделу|управлению|учреждению|центру|комитету|директору|заведующему|заместителю|руководителю|администрации|специалисту|методисту|председателю|секретарю))$/;

/**
 * Words between the executor and its verb that say when, not who: «… объединению ежеквартально
 * проводить», «Руководителям ОО в срок до 15.05.2024 обеспечить».
 */
const TIME_WORDS =
  /\s+(?:(?:в\s+срок\s+)?до\s+\d|не\s+позднее|в\s+срок|в\s+течение|в\s+(?:[IV]+|\d{1,2}|\d{4})(?![\d.])|с\s+\d|к\s+\d|ежегодно|ежеквартально|ежемесячно|еженедельно|постоянно|регулярно|систематически|своевременно|незамедлительно|оперативно|ежедневно)(?![а-яё]).*$/i;

function withoutTimeWords(part: string): string {
  return part.replace(TIME_WORDS, "").trim();
}

/**
 * «классным руководителям 5–11 классов», «социальным педагогам»: a lower-case dative adjective in
 * front of a trusted role noun opens the executor as the noun alone would.
 */
function lowerCaseAdjectiveRole(words: { word: string }[], at: number): boolean {
  const adjective = words[at]?.word ?? "";
  const noun = (words[at + 1]?.word ?? "").replace(/[,;:.]+$/, "");
  return /^[а-яё-]+(?:ым|им|ому|ему)$/.test(adjective) && LOWER_CASE_EXECUTOR.test(noun);
}

/** Where the verb starts when an item opens with its own executor; null when it does not. */
export function inlineExecutorSplit(text: string): { executorPart: string; rest: string } | null {
  const words = topLevelWords(text);
  if (words.length < 2) return null;
  let i = 0;
  const asking = ASKING_VERB.test(words[0].word);
  if (asking) i = 1;
  const first = words[i];
  if (!first) return null;
  const firstWord = first.word.replace(/^[«(]+/, "");
  if (!asking && !looksDative(firstWord) && !isOrgAbbreviation(firstWord) && !feminineDativeLead(words, i)) return null;
  if (!asking && !/^[А-ЯЁA-Z«]/.test(first.word) && !LOWER_CASE_EXECUTOR.test(firstWord) && !lowerCaseAdjectiveRole(words, i)) return null;
  if (isInfinitive(firstWord.toLowerCase())) return null;
  for (let k = i + 1; k < Math.min(words.length, i + 25); k++) {
    const w = words[k];
    if (w.depth > 0) continue;
    if (INITIALS.test(w.word)) continue; // «Главному бухгалтеру Лебедевой О.С. предусмотреть…»
    const bare = w.word.toLowerCase().replace(/[,;:.]+$/, "");
    if (isInfinitive(bare)) {
      const executorPart = withoutTimeWords(text.slice(words[asking ? 1 : 0].start, w.start).trim());
      if (/[.;:]$/.test(executorPart) && !/\s[А-ЯЁ]\.(?:\s?[А-ЯЁ]\.)?$/.test(executorPart)) return null;
      return { executorPart, rest: text.slice(w.start) };
    }
    if (/[.;:]$/.test(w.word) && !PLACE_ABBREVIATION.test(w.word)) return null;
  }
  return null;
}

const NAME = `(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\\s*[А-ЯЁ]\\.\\s*(?:[А-ЯЁ]\\.?)?|[А-ЯЁ]\\.\\s*(?:[А-ЯЁ]\\.)?\\s*[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)`;
const ROLE_THEN_NAME = new RegExp(`^(.*?(?:[а-яё»)]|[А-ЯЁ]{2,}))\\s*,?\\s+(${NAME})$`);
const NAME_THEN_ROLE = new RegExp(`^(${NAME})\\s*,?\\s+([а-яё].*)$`);

/** «Лукина О.В.» (or «О.В. Лукина») and nothing else: the name, with the dot the line's end took restored. */
export function personOnly(phrase: string): string | null {
  const t = phrase.trim().replace(/[\s,;]+$/, "");
  if (!new RegExp(`^${NAME}$`).test(t)) return null;
  return t.replace(/([А-ЯЁ])$/, "$1.");
}

/**
 * Executors from an «Ответственный: …» line or bracket. A name written next to the role
 * («главный специалист отдела образования Соловьёва Г.Р.») is the responsible person;
 * a name alone stays the executor, since nothing else says who acts.
 */
export function responsibleExecutors(phrase: string): Executors {
  const base = executorsFromPhrase(phrase);
  const persons: string[] = base.person ? [base.person] : [];
  const executors = base.executors.map((e) => {
    const roleFirst = ROLE_THEN_NAME.exec(e);
    if (roleFirst) {
      persons.push(roleFirst[2].trim().replace(/([А-ЯЁ])$/, "$1."));
      return roleFirst[1].trim();
    }
    const nameFirst = NAME_THEN_ROLE.exec(e);
    if (nameFirst) {
      persons.push(nameFirst[1].trim());
      return nameFirst[2].trim();
    }
    return e;
  });
  return { executors, person: persons.length ? [...new Set(persons)].join(", ") : null };
}
