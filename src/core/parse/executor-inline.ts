// Executors named at the start of an item, before its verb: «Рекомендовать руководителям ОО
// обеспечить…», «МУ «ИМЦ» организовать…», «Руководителям ОО в срок до 15.05.2024 обеспечить…»,
// «Поручить ИМЦ подготовку…» (an asked-for noun phrase instead of the verb).
import { isInfinitive, isOrgAbbreviation, looksDative, topLevelWords } from "./russian";
import { ASKING_VERB, feminineDativeLead, LOWER_CASE_EXECUTOR } from "./executor-words";
import { endsSentence, timeCircumstance, withoutCircumstance } from "./executor-between";
import { askedPhraseStart, isAskedNoun } from "./executor-object";
import { foldLookalikes, gluedVerb, verbGluedAfter } from "./word-repair";

/** «О.С.», «О.» — initials after a surname, whose dots do not end the executor phrase. */
const INITIALS = /^[А-ЯЁ]\.(?:\s?[А-ЯЁ]\.)?,?$/;

/**
 * «классным руководителям 5–11 классов», «социальным педагогам»: a lower-case dative adjective in
 * front of a trusted role noun opens the executor as the noun alone would.
 */
function lowerCaseAdjectiveRole(words: { word: string }[], at: number): boolean {
  const adjective = words[at]?.word ?? "";
  const noun = (words[at + 1]?.word ?? "").replace(/[,;:.]+$/, "");
  return /^[а-яё-]+(?:ым|им|ому|ему)$/.test(adjective) && LOWER_CASE_EXECUTOR.test(noun);
}

/** The item may open with an executor: an asking verb, or a dative / organisation written as one. */
function opensWithExecutor(words: { word: string; depth: number }[], i: number, asking: boolean): boolean {
  const first = words[i];
  const firstWord = first.word.replace(/^[«(]+/, "");
  if (isInfinitive(firstWord.toLowerCase())) return false;
  if (asking) return true;
  if (!looksDative(firstWord) && !isOrgAbbreviation(firstWord) && !feminineDativeLead(words, i)) return false;
  return /^[А-ЯЁA-Z«]/.test(first.word) || LOWER_CASE_EXECUTOR.test(firstWord) || lowerCaseAdjectiveRole(words, i);
}

/** A dot at the end of the executor part is a sentence end, unless it closes initials or an abbreviation. */
function endsOnSentenceDot(part: string): boolean {
  if (!/[.;:]$/.test(part)) return false;
  const words = part.split(/\s+/);
  return !/\s[А-ЯЁ]\.(?:\s?[А-ЯЁ]\.)?$/.test(part) && endsSentence([...words.map((word) => ({ word })), { word: "x" }], words.length - 1);
}

export interface InlineSplit {
  executorPart: string;
  /** From the verb (or the asked-for noun phrase) on. */
  rest: string;
  /** A circumstance of time between the executor and the verb («в 2024-2025 уч. году»), or null. */
  when: string | null;
}

/**
 * Where the verb starts when an item opens with its own executor; null when it does not.
 * `asked`: a lead-in above asks already («5. Рекомендовать:»), so a noun phrase may stand for the verb.
 */
export function inlineExecutorSplit(text: string, asked = false): InlineSplit | null {
  // the same item is asked about by several rules (who acts, its sub-items, its deadline)
  const key = asked ? `1${text}` : `0${text}`;
  if (memo.has(key)) return memo.get(key)!;
  if (memo.size > 2000) memo.clear();
  const split = splitAtVerb(text, asked);
  memo.set(key, split);
  return split;
}

const memo = new Map<string, InlineSplit | null>();

/** Forgets the splits remembered for the document read before (called at the start of each parse). */
export function forgetInlineSplits(): void {
  memo.clear();
}

function splitAtVerb(text: string, asked: boolean): InlineSplit | null {
  // words read with look-alike Latin letters as Russian; what is cut is cut from the text as written
  // the executor and its verb stand within the first thirty words: a long item is not read to its end
  const words = topLevelWords(foldLookalikes(text.slice(0, 600)));
  if (words.length < 2) return null;
  // «Возложить на руководителей ОО ответственность за …»: who the duty is laid on, then the duty
  const layingOn = /^возложить$/i.test(words[0].word) && /^на$/i.test(words[1].word);
  const asking = layingOn || ASKING_VERB.test(words[0].word);
  const i = layingOn ? 2 : asking ? 1 : 0;
  if (!words[i] || !opensWithExecutor(words, i, asking)) return null;
  // «Поручить ИМЦ подготовку…» needs a dative or an organisation to name before the noun phrase
  const askedNounAllowed = layingOn || ((asking || asked) && (looksDative(words[i].word) || isOrgAbbreviation(words[i].word) || feminineDativeLead(words, i)));
  for (let k = i + 1; k < Math.min(words.length, i + 30); k++) {
    const w = words[k];
    if (w.depth > 0 || w.word.startsWith("(")) continue; // «(А. Б. Петрова)», ««Учитель будущего»»
    if (INITIALS.test(w.word)) continue; // «Главному бухгалтеру Лебедевой О.С. предусмотреть…»
    const bare = w.word.toLowerCase().replace(/[,;:.]+$/, "");
    // «Руководителям ООобеспечить…»: the verb glued to the word before it starts inside that word
    const inside = k > i ? verbGluedAfter(w.word) : null;
    const verbAt = isInfinitive(bare) || gluedVerb(bare) || inside !== null ? k : askedNounAllowed && isAskedNoun(bare) ? askedPhraseStart(words, i, k) : -1;
    if (verbAt >= 0) {
      const verbStart = words[verbAt].start + (verbAt === k && inside !== null ? inside : 0);
      const before = text.slice(words[i].start, verbStart).trim().replace(/[,:]$/, "");
      const executorPart = withoutCircumstance(before).replace(/,$/, "");
      if (!executorPart || endsOnSentenceDot(executorPart)) return null;
      return { executorPart, rest: text.slice(verbStart), when: timeCircumstance(before) };
    }
    // «Руководителям ОО: обеспечить…» — a colon right before the verb introduces it
    const colonBeforeVerb = /:$/.test(w.word) && isInfinitive((words[k + 1]?.word ?? "").toLowerCase().replace(/[,;:.]+$/, ""));
    if (/[.;:]$/.test(w.word) && !colonBeforeVerb && endsSentence(words, k)) return null;
  }
  return null;
}
