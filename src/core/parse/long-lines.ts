// A resolution pasted from a web page or a PDF may arrive as one paragraph:
// «… коллегия РЕШИЛА: 1. Информацию принять к сведению. 2. Отделу … 3. …». Such a line is cut
// before each item number that continues the count (1, 2, 3 or 2.1 after 2) and before a
// closing signature, so the usual line rules apply.

import { checkLineLengths } from "./bounds";

const LONG = 400;
const CANDIDATE = /(?<=[.;:!?»)]\s{0,3})\s*(\d{1,2}(?:\.\d{1,2}){0,2})[.)]\s+(?=[«(]?[А-ЯЁа-яё])/g;
const SIGNATURE =
  /\s(?=(?:Председатель|Начальник|Глава|Директор|Руководитель|Заместитель|Секретарь|Заведующ[а-я]+|И\.\s?о\.)\s[^.]{0,100}?(?:[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+|[А-ЯЁ][а-яё]+\s[А-ЯЁ]\.\s?[А-ЯЁ]\.)\s*$)/;

/** Offsets where numbered items start, keeping only numbers that continue the count. */
function itemStarts(line: string): number[] {
  const starts: number[] = [];
  let top = 0;
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(line))) {
    const parts = m[1].split(".").map(Number);
    const first = parts[0];
    const continues = parts.length === 1 ? first === top + 1 : first === top || (first === top + 1 && parts.every((p, i) => i === 0 || p === 1));
    if (!continues) continue;
    top = first;
    starts.push(m.index + m[0].length - m[0].trimStart().length);
  }
  return starts;
}

function splitLine(line: string): string[] {
  const starts = itemStarts(line);
  if (starts.length < 2) return [line];
  const pieces: string[] = [];
  let from = 0;
  for (const s of starts) {
    pieces.push(line.slice(from, s));
    from = s;
  }
  const last = line.slice(from);
  const sig = SIGNATURE.exec(last);
  if (sig) pieces.push(last.slice(0, sig.index), last.slice(sig.index));
  else pieces.push(last);
  return pieces.map((p) => p.trim()).filter(Boolean);
}

/** Splits over-long lines that hold a whole numbered list; short lines are left alone. */
export function splitLongLines(lines: string[]): string[] {
  if (!lines.some((l) => l.length > LONG)) return lines;
  const out = lines.flatMap((l) => (l.length > LONG ? splitLine(l) : [l]));
  // a paragraph still longer than any real one is refused before per-line rules run on it
  checkLineLengths(out);
  return out;
}
