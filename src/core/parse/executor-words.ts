// Words every executor phrase reader shares: the asking verbs, lower-case role nouns, and the
// feminine dative that opens «Территориальной комиссии …».
import { isInfinitive } from "./russian";

export const ASKING_VERB = /^(рекомендовать|поручить|предложить|обязать|просить|указать|разрешить)$/i;

/** Adjective endings (any case), for words that describe a noun still to come. */
export const ADJECTIVE = /[а-яё](?:ой|ей|ого|его|ому|ему|ых|их|ым|им|ыми|ими|ая|яя|ую|юю|ый|ий|ое|ее)$/;

/**
 * Bullets often open in lower case with the executor («- учителям математики обеспечить…»).
 * Only plural role nouns and a few office words are trusted there: a lower-case «организации…»
 * under a lead-in is a genitive, not an executor.
 */
export const LOWER_CASE_EXECUTOR =
  /^(?:[а-яё-]{3,}(?:ам|ям)|(?:всем|каждому)|(?:отделу|управлению|учреждению|центру|комитету|директору|заведующему|заместителю|руководителю|администрации|специалисту|методисту|председателю|секретарю))$/;

/**
 * «Территориальной комиссии …», «Центральной районной больнице …»: a capitalised feminine adjective
 * in the dative opens the executor; its noun (dative «-е»/«-и») follows within a few words.
 */
export function feminineDativeLead(words: { word: string; depth: number }[], at: number): boolean {
  if (!/^[А-ЯЁ][а-яё-]+(?:ой|ей)$/.test(words[at]?.word ?? "")) return false;
  for (let k = at + 1; k < Math.min(words.length, at + 5); k++) {
    const w = words[k].word.replace(/[,;:.]+$/, "");
    if (words[k].depth > 0 || isInfinitive(w)) return false;
    if (/^[а-яё-]+(?:е|и)$/.test(w) && !ADJECTIVE.test(w)) return true;
    if (!/^[а-яё-]+(?:ой|ей)$/.test(w)) return false;
  }
  return false;
}

/** Feminine nouns of bodies and organisations whose dative ends in «-ии» (as their genitive does). */
const BODY_IN_II = /^(?:комисси|инспекци|администраци|гимнази|академи|организаци|полици|консерватори|коллеги|редакци|лаборатори|дирекци|обсерватори|епархи)и$/;

/**
 * «… и муниципальной комиссии по делам несовершеннолетних», «… и Центральной районной больнице»:
 * after «и», feminine adjectives in the dative and their noun start another executor. «молодёжной
 * политики» (a genitive) does not; a noun in «-ии» must name a body, since the genitive ends so too.
 */
export function opensFeminineDative(rest: string): boolean {
  const words = rest.trim().split(/\s+/, 6).map((w) => w.replace(/[,;:.]+$/, ""));
  let k = 0;
  while (k < words.length && /^[А-ЯЁа-яё][а-яё-]+(?:ой|ей)$/.test(words[k])) k++;
  const noun = (words[k] ?? "").toLowerCase();
  if (k === 0 || !/^[а-яё-]+$/.test(noun) || ADJECTIVE.test(noun)) return false;
  return BODY_IN_II.test(noun) || (/[^и]е$/.test(noun) && !/ие$/.test(noun));
}

/** Nouns that name a body or a post in the nominative. */
const NOMINATIVE_BODY =
  /^(?:комиссия|служба|отдел|управление|центр|школа|организаци[яи]|групп[аы]|совет|инспекция|администрация|библиотека|больница|поликлиника|учреждени[ея]|руководител[ьи]|учител[ья]|педагог(?:и)?|методист(?:ы)?|специалист(?:ы)?|заместител[ьи]|директор(?:а)?|объединени[ея]|колледж|кабинет|лаборатория)$/;

/**
 * «… и муниципальная комиссия по приёмке ППЭ», «… и районный методический центр»: after «и»,
 * nominative adjectives and a body's noun start another executor (a plan's «Ответственный» column).
 */
export function opensNominativeBody(rest: string): boolean {
  const words = rest.trim().split(/\s+/, 5).map((w) => w.replace(/[,;:.]+$/, "").toLowerCase());
  let k = 0;
  while (k < words.length && /^[а-яё-]{3,}(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)$/.test(words[k]) && !NOMINATIVE_BODY.test(words[k])) k++;
  return k > 0 && NOMINATIVE_BODY.test(words[k] ?? "");
}
