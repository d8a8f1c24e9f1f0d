// Which single-byte encoding a Russian text was saved in: windows-1251 (Windows), KOI8-R (old
// Unix mail) or CP866 (DOS). Each candidate decoding is scored by how Russian its letters look:
// the log-frequency of each letter in Russian prose, a penalty for a capital inside a lower-case
// word (KOI8-R read as windows-1251 and back swaps the cases) and for symbols and box-drawing
// characters (CP866 read as windows-1251 gives «Ў¤Ґ»). The right decoding scores far above the
// others; a text none of them reads as Russian scores low in all three.

/** Russian letter frequencies, per 10,000 letters of prose. */
const FREQUENCY: Record<string, number> = {
  о: 1097, е: 845, а: 801, и: 735, н: 670, т: 626, с: 547, р: 473, в: 454, л: 440, к: 349, м: 321, д: 298, п: 281,
  у: 262, я: 201, ы: 190, ь: 174, г: 170, з: 165, б: 159, ч: 144, й: 121, х: 97, ж: 94, ш: 73, ю: 64, ц: 48,
  щ: 36, э: 32, ф: 26, ъ: 4, ё: 4,
};
const WEIGHT = new Map(Object.entries(FREQUENCY).map(([c, f]) => [c, Math.log(f / 300)]));
/** Non-ASCII characters a Russian text has besides letters. */
const PUNCTUATION = new Set([..."«»—–№…“”„‘’•·°×\u00a0"]);

export const CANDIDATES = ["windows-1251", "koi8-r", "ibm866"] as const;
export type SingleByteEncoding = (typeof CANDIDATES)[number];

export interface Score {
  encoding: SingleByteEncoding;
  /** Mean score per non-ASCII character: above ~1 for Russian, below 0 for the wrong table. */
  perChar: number;
  /** Share of the non-ASCII characters that are Cyrillic letters. */
  letters: number;
}

function isLower(c: string): boolean {
  return c >= "а" && c <= "я";
}

export function scoreText(text: string, encoding: SingleByteEncoding): Score {
  let total = 0;
  let count = 0;
  let letters = 0;
  let prev = " ";
  for (const c of text) {
    if (c.charCodeAt(0) < 0x80) {
      prev = c;
      continue;
    }
    count++;
    const lower = c.toLowerCase();
    const w = WEIGHT.get(lower);
    if (w !== undefined) {
      letters++;
      if (c === lower) total += w + 1;
      // a capital after a lower-case letter does not happen in Russian words
      else total += isLower(prev) || prev === "ё" ? -4 : w;
    } else total += PUNCTUATION.has(c) ? 0 : -4;
    prev = c;
  }
  return { encoding, perChar: count ? total / count : 0, letters: count ? letters / count : 1 };
}

/** The best-scoring decoding of `bytes` among windows-1251, KOI8-R and CP866, with its score. */
export function bestSingleByte(bytes: Uint8Array): { text: string; score: Score } {
  // a sample is enough to decide; the whole file is decoded once, in the chosen table
  const sample = bytes.subarray(0, 64 * 1024);
  let best: { encoding: SingleByteEncoding; score: Score } | null = null;
  for (const encoding of CANDIDATES) {
    const score = scoreText(new TextDecoder(encoding).decode(sample), encoding);
    if (!best || score.perChar > best.score.perChar) best = { encoding, score };
  }
  return { text: new TextDecoder(best!.encoding).decode(bytes), score: best!.score };
}
