// Plain-text resolutions arrive in UTF-8 (with or without BOM), UTF-16 from Notepad (with or
// without BOM), windows-1251 from older Windows machines, KOI8-R from old mail, CP866 from DOS.
// Order: BOM, UTF-16 by its zero bytes, strict UTF-8, else the single-byte table whose letters
// read most like Russian (cyrillic-score.ts); a text none of them reads as Russian is refused.
import { bestSingleByte } from "./cyrillic-score";
import { ResolutionFileError } from "./errors";
import { htmlToText, looksLikeHtml } from "./html-text";

/** UTF-16 saved without a byte-order mark: every other byte of Cyrillic or Latin text is a fixed high byte. */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  let oddCyrillic = 0;
  let evenCyrillic = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
    if (bytes[i + 1] === 0x04) oddCyrillic++;
    if (bytes[i] === 0x04) evenCyrillic++;
  }
  const half = n / 2;
  if (oddZero + oddCyrillic > half * 0.6 && evenZero < half * 0.1) return "utf-16le";
  if (evenZero + evenCyrillic > half * 0.6 && oddZero < half * 0.1) return "utf-16be";
  return null;
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let control = 0;
  for (const c of sample) {
    const code = c.charCodeAt(0);
    if (code === 0 || (code < 32 && c !== "\n" && c !== "\r" && c !== "\t" && c !== "\f")) control++;
  }
  return control > sample.length * 0.05 || sample.includes("\u0000");
}

/** Mean letter score below which a single-byte decoding is not Russian (Russian prose scores 1.2 and more). */
const MIN_RUSSIAN_SCORE = 0.7;

export function decodeText(bytes: Uint8Array, name: string): string {
  let text: string;
  let russian = true;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) text = new TextDecoder("utf-8").decode(bytes.subarray(3));
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
  else if (utf16WithoutBom(bytes)) text = new TextDecoder(utf16WithoutBom(bytes)!).decode(bytes);
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      const best = bestSingleByte(bytes);
      text = best.text;
      russian = best.score.perChar >= MIN_RUSSIAN_SCORE;
    }
  }
  if (looksBinary(text)) {
    throw new ResolutionFileError(`Файл «${name}» не похож на текст: внутри двоичные данные. Нужен .docx или .txt.`);
  }
  if (!russian) {
    throw new ResolutionFileError(
      `Файл «${name}» в неизвестной кодировке: текст не читается по-русски ни в UTF-8 или UTF-16, ни в Windows-1251, KOI8-R или CP866. Сохраните его как .txt в кодировке UTF-8.`,
    );
  }
  // a web page saved (or renamed) as .txt: its text, not its markup
  return looksLikeHtml(text) ? htmlToText(text) : text;
}
