// The parts of a Word 97–2003 file (.doc, [MS-DOC]) the text needs: the WordDocument and table
// streams out of the compound file, the FIB's counts and offsets, and the piece table that says
// where each run of characters lies (8-bit cp1252 or UTF-16) in the WordDocument stream.
// Every offset read from the file is checked against the stream before use.
import * as CFB from "cfb";
import { ResolutionFileError } from "./errors";

export interface Piece {
  cpStart: number;
  cpEnd: number;
  /** Byte offset of the first character in WordDocument. */
  fc: number;
  /** 8-bit characters (cp1252) instead of UTF-16. */
  compressed: boolean;
}

export interface DocStreams {
  word: Uint8Array;
  table: Uint8Array;
  /** Characters of the main document (the rest are footnotes, headers …). */
  ccpText: number;
  pieces: Piece[];
  /** fc/lcb pair k of FibRgFcLcb. */
  fcLcb(k: number): { fc: number; lcb: number };
}

/** A resolution's .doc holds a few hundred thousand characters; the piece table is bounded by that. */
const MAX_PIECES = 100_000;

export function docDamaged(name: string, what?: string): ResolutionFileError {
  return new ResolutionFileError(
    `Файл «${name}» сохранён в старом формате Word (.doc), но ${what ?? "повреждён или защищён паролем"}: откройте его в Word и сохраните как .docx.`,
  );
}

const u16 = (b: Uint8Array, o: number) => (o + 2 <= b.length ? b[o] | (b[o + 1] << 8) : NaN);
export const u32 = (b: Uint8Array, o: number) => (o + 4 <= b.length ? (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 16777216 : NaN);
export { u16 };

function stream(container: CFB.CFB$Container, name: string): Uint8Array | null {
  const entry = container.FileIndex.find((f) => f.name === name && f.type === 2);
  if (!entry?.content) return null;
  return entry.content instanceof Uint8Array ? entry.content : new Uint8Array(entry.content as ArrayLike<number>);
}

export function readDocStreams(bytes: Uint8Array, name: string): DocStreams {
  const sectorShift = bytes[30] | (bytes[31] << 8);
  if (bytes.length < 1024 || bytes[28] !== 0xfe || bytes[29] !== 0xff || (sectorShift !== 9 && sectorShift !== 12)) throw docDamaged(name, "повреждён");
  let container: CFB.CFB$Container;
  try {
    container = CFB.read(bytes, { type: "buffer" });
  } catch {
    throw docDamaged(name, "повреждён");
  }
  if (container.FileIndex.some((f) => f.name === "EncryptedPackage")) {
    throw new ResolutionFileError(`Файл «${name}» защищён паролем. Снимите пароль в Word и сохраните как .docx.`);
  }
  const word = stream(container, "WordDocument");
  if (!word) {
    const sheet = container.FileIndex.some((f) => f.name === "Workbook" || f.name === "Book");
    throw new ResolutionFileError(sheet ? `Файл «${name}» — это таблица Excel, а не документ с резолюцией.` : docDamaged(name).message);
  }
  if (u16(word, 0) !== 0xa5ec) throw docDamaged(name);
  const flags = u16(word, 0x0a);
  if (flags & 0x0100) throw new ResolutionFileError(`Файл «${name}» защищён паролем. Снимите пароль в Word и сохраните как .docx.`);
  const table = stream(container, flags & 0x0200 ? "1Table" : "0Table");
  if (!table) throw docDamaged(name, "в нём нет таблицы документа (файл повреждён)");
  // FibBase (32 bytes), then fibRgW, fibRgLw and fibRgFcLcb, each preceded by its count
  const csw = u16(word, 32);
  const rgLw = 34 + csw * 2 + 2;
  const cslw = u16(word, 34 + csw * 2);
  const ccpText = u32(word, rgLw + 12);
  const rgFcLcb = rgLw + cslw * 4 + 2;
  const cbRgFcLcb = u16(word, rgLw + cslw * 4);
  if (!Number.isFinite(ccpText) || !Number.isFinite(cbRgFcLcb) || cbRgFcLcb < 74) throw docDamaged(name, "повреждён (заголовок не читается)");
  const fcLcb = (k: number) => (k < cbRgFcLcb ? { fc: u32(word, rgFcLcb + 8 * k), lcb: u32(word, rgFcLcb + 8 * k + 4) } : { fc: 0, lcb: 0 });
  const pieces = readPieces(table, fcLcb(33), word.length, name);
  return { word, table, ccpText, pieces, fcLcb };
}

/** The piece table inside the Clx: skip the Prc blocks, then PlcPcd. */
function readPieces(table: Uint8Array, clx: { fc: number; lcb: number }, wordLength: number, name: string): Piece[] {
  const end = clx.fc + clx.lcb;
  if (!Number.isFinite(end) || end > table.length || clx.lcb < 5) throw docDamaged(name, "повреждён (нет таблицы фрагментов текста)");
  let p = clx.fc;
  while (p < end && table[p] === 0x01) {
    const cb = u16(table, p + 1);
    if (!Number.isFinite(cb)) break;
    p += 3 + cb;
  }
  if (table[p] !== 0x02) throw docDamaged(name, "повреждён (таблица фрагментов текста не читается)");
  const lcb = u32(table, p + 1);
  const plc = p + 5;
  if (!Number.isFinite(lcb) || plc + lcb > end || (lcb - 4) % 12 !== 0) throw docDamaged(name, "повреждён (таблица фрагментов текста не читается)");
  const n = (lcb - 4) / 12;
  if (n > MAX_PIECES) throw docDamaged(name, "повреждён (слишком много фрагментов текста)");
  const pieces: Piece[] = [];
  for (let k = 0; k < n; k++) {
    const cpStart = u32(table, plc + 4 * k);
    const cpEnd = u32(table, plc + 4 * (k + 1));
    const raw = u32(table, plc + 4 * (n + 1) + 8 * k + 2);
    const compressed = (raw & 0x40000000) !== 0;
    const fc = compressed ? (raw & 0x3fffffff) / 2 : raw;
    const bytesLen = (cpEnd - cpStart) * (compressed ? 1 : 2);
    if (!(cpEnd >= cpStart) || fc + bytesLen > wordLength) throw docDamaged(name, "повреждён (текст выходит за пределы файла)");
    pieces.push({ cpStart, cpEnd, fc, compressed });
  }
  return pieces;
}

// cp1252's 0x80–0x9F, as Word's 8-bit pieces store them.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** The characters of CPs [0, count) and, for each, the byte offset (fc) it is stored at. */
export function readCharacters(s: DocStreams, count: number): { text: string; fcs: Int32Array } {
  let text = "";
  const fcs = new Int32Array(count);
  let k = 0;
  for (const piece of s.pieces) {
    if (piece.cpStart >= count) break;
    const last = Math.min(piece.cpEnd, count);
    const codes: number[] = [];
    for (let cp = piece.cpStart; cp < last; cp++) {
      const fc = piece.compressed ? piece.fc + (cp - piece.cpStart) : piece.fc + 2 * (cp - piece.cpStart);
      const c = piece.compressed ? s.word[fc] : s.word[fc] | (s.word[fc + 1] << 8);
      codes.push(piece.compressed && c >= 0x80 && c <= 0x9f ? CP1252_HIGH.charCodeAt(c - 0x80) : c);
      if (k < count) fcs[k++] = fc;
    }
    for (let j = 0; j < codes.length; j += 8192) text += String.fromCharCode(...codes.slice(j, j + 8192));
  }
  return { text, fcs: fcs.subarray(0, k) };
}
