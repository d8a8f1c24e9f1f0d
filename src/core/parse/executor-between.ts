// What may stand between an executor and its verb without being part of the executor or ending
// the sentence: abbreviations with a dot («в 2024-2025 уч. году», «в т.ч. частных», «им.», «г.»)
// and circumstances («в срок до …», «при проведении …», «в рамках …», «по итогам …»).

/** Abbreviations whose dot never ends a sentence (lower-case match view, dot included). */
const ABBREVIATION =
  /^(?:[(«]?)(?:г|гг|гор|им|с|п|пос|пгт|ст|обл|р|р-на|р-н|ул|д|х|м|мун|уч|т\.ч|т\.д|т\.п|т\.е|т\.к|т\.н|и\.о|зам|нач|кв|мкр|корп|стр|пр|пер|наб|просп|ср|дополн|доп|т|ч|в\.т\.ч|др|пр|св|руб|тыс|млн|чел|ед|шт|см|рис|табл|прил|п\.п|пп|ст\.ст)\.$/i;

/**
 * True when the dot, semicolon or colon that ends word `k` ends the sentence. A dot after a known
 * abbreviation, or one followed by a lower-case word or a digit («уч. году», «т.ч. частных»), does not.
 */
export function endsSentence(words: { word: string }[], k: number): boolean {
  const w = words[k].word;
  if (/[;:]$/.test(w)) return true;
  if (!/\.$/.test(w)) return false;
  if (ABBREVIATION.test(w.replace(/,$/, ""))) return false;
  const next = words[k + 1]?.word ?? "";
  return !/^[«(]?[а-яё\d]/.test(next);
}

/**
 * Words that say when, why or on what occasion, not who: «… объединению ежеквартально проводить»,
 * «Руководителям ОО в срок до 15.05.2024 обеспечить», «Отделу образования при проведении
 * мониторинга … организовать». «Совету при управлении образования» stays a name: only verbal
 * nouns of an occasion follow «при».
 */
const TIME_WORDS = [
  "(?:в\\s+срок\\s+)?до\\s+\\d",
  "не\\s+позднее",
  "в\\s+срок",
  "в\\s+течение",
  // «в 2025 году», «в IV квартале», «в 3 дня»; not «в 5–8 классах»
  "в\\s+(?:[IV]+|\\d{1,2}|\\d{4})(?![\\d.])(?![\\s\\d–-]*(?:-?[хм]\\s+)?класс)",
  "с\\s+\\d",
  "к\\s+\\d",
  "ежегодно|ежеквартально|ежемесячно|еженедельно|ежедневно|постоянно|регулярно|систематически|своевременно|незамедлительно|оперативно",
];
const OCCASION_WORDS = [
  "при\\s+(?:проведении|подготовке|реализации|осуществлении|организации|выявлении|формировании|планировании|составлении|рассмотрении|выполнении|заполнении|оформлении|исполнении|наличии|необходимости|поступлении|разработке|комплектовании|зачислении|при[её]ме|переходе|обнаружении|получении|проверке)",
  "в\\s+рамках",
  "в\\s+целях",
  "с\\s+целью",
  "в\\s+пределах",
  "по\\s+итогам",
  "по\\s+результатам",
  "в\\s+соответствии\\s+с",
  "согласно",
  "на\\s+основании",
  "в\\s+связи\\s+с",
  "во\\s+исполнение",
  "в\\s+ходе",
  "в\\s+период",
  "в\\s+случае",
  "с\\s+уч[её]том",
  "для\\s+(?:обеспечения|организации|проведения|реализации|подготовки)",
];
const CIRCUMSTANCE = new RegExp(`\\s+(?:${[...TIME_WORDS, ...OCCASION_WORDS].join("|")})(?![а-яё]).*$`, "is");
const TIME_START = new RegExp(`^(?:${TIME_WORDS.join("|")})(?![а-яё])`, "i");

/**
 * A circumstance of time between the executor and the verb («Руководителям ОО в 2024-2025 уч. году
 * организовать»): it is the directive's deadline even though it does not close the sentence.
 */
export function timeCircumstance(part: string): string | null {
  const m = CIRCUMSTANCE.exec(part);
  const when = m ? m[0].trim() : "";
  return when && TIME_START.test(when) ? when : null;
}

/** The executor part without a trailing circumstance. */
export function withoutCircumstance(part: string): string {
  return part.replace(CIRCUMSTANCE, "").trim();
}
