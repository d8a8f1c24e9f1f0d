// Executors named at the start of an item, before its verb: «Рекомендовать руководителям ОО
// обеспечить…», «МУ «ИМЦ» организовать…», «Руководителям ОО в срок до 15.05.2024 обеспечить…».
import { isInfinitive, isOrgAbbreviation, looksDative, topLevelWords } from "./russian";
import { ASKING_VERB, feminineDativeLead, LOWER_CASE_EXECUTOR } from "./executor-words";

/** «г. Пензы», «им. А.С. Пушкина», «Пензенской обл.»: dots inside a name, not the end of a sentence. */
const PLACE_ABBREVIATION = /^(?:г|гор|им|с|п|пос|пгт|ст|обл|р|ул|д|х|м|р-на|мун)\.$/i;

/** «О.С.», «О.» — initials after a surname, whose dots do not end the executor phrase. */
const INITIALS = /^[А-ЯЁ]\.(?:\s?[А-ЯЁ]\.)?,?$/;

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
