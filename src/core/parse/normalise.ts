// Text clean-up before any rule runs: one form for line breaks, spaces, dashes and quotes,
// and no conversion debris. Every later regex can then assume «…» quotes and plain spaces.
// Words stay as written (look-alike letters and glued verbs are read by word-repair.ts).

const BOOKMARK = /\[bookmark:[^\]\n]{0,200}\]/gi;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const ODD_SPACES = /[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const ODD_HYPHENS = /[\u2010\u2011\u2012\u2015\u2212]/g;

/** Straight and English quotes become «» by position: opening after a space, bracket or line start. */
function russianQuotes(line: string): string {
  let out = "";
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"' || c === "\u201C" || c === "\u201D" || c === "\u201E") {
      const prev = i > 0 ? line[i - 1] : " ";
      out += /[\s(«[]/.test(prev) ? "«" : "»";
    } else out += c;
  }
  return out;
}

/** «П Р И К А З», «п р и к а з ы в а ю:» — letter-spaced headings written as words. */
const SPACED_WORD = /(?<![А-ЯЁа-яёA-Za-z\d])(?:[А-ЯЁа-яё] ){3,}[А-ЯЁа-яё](?![А-ЯЁа-яёA-Za-z\d])/g;

function unspace(line: string): string {
  return line.replace(SPACED_WORD, (w) => w.replace(/ /g, ""));
}

/** Normalises a whole document; keeps line structure (one paragraph per line). */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u2028\u2029\f\v]/g, "\n")
    .replace(INVISIBLE, "")
    .replace(BOOKMARK, "")
    .replace(ODD_SPACES, " ")
    .replace(ODD_HYPHENS, "-")
    .split("\n")
    .map((line) => unspace(russianQuotes(line).replace(/ {2,}/g, " ").trim()))
    .join("\n");
}

/**
 * A same-length lower-case view for matching: ё→е and every dash → "-", so regexes need
 * one spelling and offsets still point into the original string.
 */
export function matchView(text: string): string {
  return text.toLowerCase().replace(/ё/g, "е").replace(/[–—]/g, "-");
}
