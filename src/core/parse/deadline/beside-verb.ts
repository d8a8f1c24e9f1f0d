// A time phrase standing right next to the directive's verb is the time of that action:
// «обеспечить в 2026 г. прохождение курсов…», «Руководителям ОО в 2026 году обеспечить:»,
// «обеспечить в 2025-2026 уч. году создание условий…». Elsewhere in the sentence the same
// phrase may describe the object («результаты ЕГЭ в 2025 году с анализом…»), so a weak phrase
// counts inside the text only beside the verb (or where it closes the item).
import { isInfinitive } from "../russian";

/** Verbal nouns that carry the action in a «Рекомендовать <кому> проведение …» item. */
const ACTION_NOUN = /^(?:проведени[ея]|организаци[яи]|обеспечени[ея]|подготовк[аи]|реализаци[яи])$/;

const WORD_BEFORE = /([а-я-]+)[\s]*$/;
const WORD_AFTER = /^\s*([а-я-]+)/;

/** Only a time adverbial («в 2026 году», «с …», «до …») binds; «по итогам 2023-2024 учебного года» does not. */
const ADVERBIAL = /^(?:в|во|с|со|до|к|не\s+позднее|в\s+течение)\s/;

/** True when the phrase at [start, end) of the lower-case view touches an infinitive or an action noun. */
export function besideVerb(view: string, start: number, end: number): boolean {
  if (!ADVERBIAL.test(view.slice(start, end))) return false;
  const prev = WORD_BEFORE.exec(view.slice(Math.max(0, start - 40), start))?.[1];
  if (prev && (isInfinitive(prev) || ACTION_NOUN.test(prev))) return true;
  const next = WORD_AFTER.exec(view.slice(end, end + 40))?.[1];
  return Boolean(next && isInfinitive(next));
}
