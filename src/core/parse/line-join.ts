// Lines of one paragraph hard-wrapped (text copied out of a PDF) joined back into its text.

/** First parts of compounds written with a hyphen («психолого-педагогической», «физико-математического»). */
const COMPOUND_FIRST =
  /(?:^|[^а-яё])(?:[а-яё]{3,}(?:ого|ико|ально|ьно|но|ско|ово|ево|ено|ко|ам|ям|ами|ями)|медико|историко|учебно|военно|научно|лечебно|учител[а-яё]*|педагог[а-яё]*|инструктор[а-яё]*|воспитател[а-яё]*)-$/i;

/**
 * Joins the lines of a paragraph with spaces. A word hyphenated at a line's end («капиталь-» ·
 * «ный») is mended; the hyphen of a compound («психолого-» · «педагогической») and a dash stay.
 */
export function joinWrapped(parts: string[]): string {
  let out = "";
  for (const raw of parts) {
    const part = raw.trim();
    if (!part) continue;
    if (!out) out = part;
    else if (/[а-яё]-$/i.test(out) && /^[а-яё]/.test(part)) out = COMPOUND_FIRST.test(out) ? out + part : out.slice(0, -1) + part;
    else out += ` ${part}`;
  }
  return out.replace(/\s+/g, " ").trim();
}
