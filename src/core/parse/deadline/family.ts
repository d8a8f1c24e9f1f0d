// The contract of one deadline phrase family (a small parser in the spirit of chrono-node):
// a pattern over the lower-case match view and a reader that turns a match into a reading.
import type { DeadlineContext, Reading } from "./context";

/**
 * How far an inline match can be trusted inside an item's text: `strong` anywhere,
 * `weak` only when the phrase closes the item (so «результаты ЕГЭ в 2020 году с анализом…»
 * is not read as a deadline), `never` only after «Срок:».
 */
export type InlineTrust = "strong" | "weak" | "never";

export interface FamilyReading extends Reading {
  trust: InlineTrust;
  /** «с 1 сентября 2025 года»: the day work starts, which may lie a little before the document. */
  start?: boolean;
}

export interface PhraseFamily {
  name: string;
  /** Global regexes over the match view. */
  patterns: RegExp[];
  /**
   * A cheap test every match of the family needs (a digit, a month's stem, a key word): most item
   * texts hold no deadline at all, and the patterns are not run over them.
   */
  cue?: RegExp;
  /** `inline` is true when the phrase was found inside an item's text, not after «Срок:». */
  read(m: RegExpExecArray, ctx: DeadlineContext, inline: boolean): FamilyReading | null;
}

/** A phrase family's match with its place in the string. */
export interface PhraseMatch {
  family: string;
  start: number;
  end: number;
  reading: FamilyReading;
}

export function runFamily(family: PhraseFamily, view: string, ctx: DeadlineContext, inline: boolean): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  if (family.cue && !family.cue.test(view)) return out;
  for (const re of family.patterns) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(view))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const reading = family.read(m, ctx, inline);
      if (reading) out.push({ family: family.name, start: m.index, end: m.index + m[0].length, reading });
    }
  }
  return out;
}

/** Text just before a match (same clause), for look-behind rules a regex cannot express cheaply. */
export function before(m: RegExpExecArray, chars: number): string {
  return m.input.slice(Math.max(0, m.index - chars), m.index);
}
