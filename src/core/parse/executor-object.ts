// «Поручить ИМЦ подготовку методических рекомендаций», «Рекомендовать руководителям ОО участие в
// конкурсе»: an asking verb, the executor in the dative, then what is asked as a noun phrase in the
// accusative instead of an infinitive. The executor ends where that noun phrase begins.

/**
 * Nouns of an action or a thing asked for, in the accusative. «-ние/-тие/-ство» are never dative
 * (the dative is «-нию»); a feminine «-цию/-сию/-гию» is accusative (the dative is «-ции»); the rest
 * end like a dative in «-у» and are listed.
 */
const ASKED_NOUN =
  /^(?:[а-яё-]{3,}(?:ние|тие|ство)|[а-яё-]{2,}(?:цию|сию|гию|рию)|подготовку|разработку|проверку|доработку|корректировку|работу|помощь|поддержку|контроль|мониторинг|анализ|сбор|уч[её]т|ремонт|при[её]мку|закупку|экспертизу|оценку|выдачу|доставку|отч[её]т|программу|рассылку|встречу|подачу|замену|установку|перевозку|выставку|публикацию|проработку|подборку|обработку|меры|мероприятия|ответственность|обязанности|функции|полномочия|практику|опыт|методику|систему|модель|план|планы|программы|материалы)$/;

/** Accusative adjectives in front of that noun («активное участие», «методическую помощь»). */
const ACCUSATIVE_ADJECTIVE = /^[а-яё-]{2,}(?:ое|ее|ую|юю|ые|ие)$/;

/** True when `word` opens what is asked for, not the executor. */
export function isAskedNoun(word: string): boolean {
  return ASKED_NOUN.test(word.replace(/[,;:.]+$/, ""));
}

/** The first word of the noun phrase whose noun is word `k`: its accusative adjectives go with it. */
export function askedPhraseStart(words: { word: string; depth: number }[], from: number, k: number): number {
  let start = k;
  while (start - 1 > from && words[start - 1].depth === 0 && ACCUSATIVE_ADJECTIVE.test(words[start - 1].word)) start--;
  return start;
}
