// Pre-flight: tell what a returned file really is from its bytes, before any parser sees it.
// Schools rename files freely (.xls that is HTML, .xlsx that is an old .xls), so the extension
// is only a hint, used to decide whether plain text is meant as CSV.

import * as CFB from "cfb";
import { FileRefusal } from "./ingest/refusal";
import { listZipEntries, looksLikeZip, inflateOne, type ZipEntryInfo } from "./zip-guard";

export type SniffResult =
  | { kind: "xlsx"; entries: ZipEntryInfo[] }
  | { kind: "ods"; entries: ZipEntryInfo[] }
  /** `stream`: the BIFF workbook stream out of the OLE2 container (already checked for FILEPASS). */
  | { kind: "xls"; stream: Uint8Array }
  | { kind: "csv" };

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const BIFF_FILEPASS = 0x002f;
const BIFF_EOF = 0x000a;

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

/** Throws FileRefusal for anything that is not an xlsx or ods package, an .xls or a CSV text. */
export function sniffSpreadsheet(bytes: Uint8Array, fileName: string): SniffResult {
  if (bytes.length === 0) throw new FileRefusal("empty", "0 bytes");
  if (startsWith(bytes, CFB_MAGIC)) return { kind: "xls", stream: classifyCfb(bytes) };
  if (looksLikeZip(bytes)) return classifyZip(bytes);
  if (isCsvName(fileName) && looksLikeText(bytes)) return { kind: "csv" };
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 512)).replace(/^\uFEFF|^ï»¿/, "").trimStart().toLowerCase();
  if (head.startsWith("<")) {
    const what = head.includes("urn:schemas-microsoft-com:office:spreadsheet") ? "XML Spreadsheet 2003" : "HTML/XML text";
    throw new FileRefusal("not-xlsx", what);
  }
  throw new FileRefusal("not-xlsx", looksLikeText(bytes) ? "plain text" : "unknown binary");
}

function isCsvName(name: string): boolean {
  return /\.(csv|txt)$/i.test(name);
}

/** No NUL bytes and few control characters in the first 4 KB. */
function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return false;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control <= n / 100;
}

/**
 * An OLE2 container: an encrypted OOXML package, an old .xls (perhaps encrypted), or damage.
 * Returns the BIFF workbook stream of a readable .xls; throws a FileRefusal otherwise.
 */
function classifyCfb(bytes: Uint8Array): Uint8Array {
  // Header sanity first: the cfb package is lenient and finds streams in damaged files.
  const sectorShift = bytes[30] | (bytes[31] << 8);
  if (bytes.length < 512 || bytes[28] !== 0xfe || bytes[29] !== 0xff || (sectorShift !== 9 && sectorShift !== 12)) {
    throw new FileRefusal("corrupt", "bad CFB header");
  }
  let container: CFB.CFB$Container;
  try {
    container = CFB.read(bytes, { type: "buffer" });
  } catch (err) {
    throw new FileRefusal("corrupt", `unreadable CFB: ${(err as Error).message}`);
  }
  const encrypted = container.FileIndex.find((f) => f.name === "EncryptedPackage");
  if (encrypted) {
    // The stream starts with the package size (u64); a shorter stream is a damaged file.
    const data = encrypted.content as Uint8Array;
    const declared = data.length >= 8 ? (data[0] | (data[1] << 8) | (data[2] << 16)) + data[3] * 16777216 : Infinity;
    if (data.length < 8 + declared) throw new FileRefusal("corrupt", "EncryptedPackage stream shorter than the package it declares");
    throw new FileRefusal("encrypted", "CFB EncryptedPackage stream");
  }
  const book = container.FileIndex.find((f) => f.name === "Workbook" || f.name === "Book");
  if (!book) throw new FileRefusal("corrupt", "CFB container without a workbook stream");
  // Every writer fills whole sectors; an old .xls that ends mid-sector is truncated or damaged.
  if ((bytes.length - 512) % (1 << sectorShift) !== 0) throw new FileRefusal("corrupt", "CFB file does not end on a sector boundary");
  const stream = book.content instanceof Uint8Array ? book.content : new Uint8Array(book.content as ArrayLike<number>);
  if (hasBiffFilePass(stream)) throw new FileRefusal("encrypted", "BIFF FILEPASS record");
  return stream;
}

/** Walks the BIFF records of the workbook globals until EOF, looking for FILEPASS. */
function hasBiffFilePass(stream: Uint8Array): boolean {
  let p = 0;
  for (let k = 0; k < 10_000 && p + 4 <= stream.length; k++) {
    const type = stream[p] | (stream[p + 1] << 8);
    const len = stream[p + 2] | (stream[p + 3] << 8);
    if (type === BIFF_FILEPASS) return true;
    if (type === BIFF_EOF) return false;
    p += 4 + len;
  }
  return false;
}

/** A zip: an xlsx/xlsm or ods package passes; the entry list is returned for the guarded unzip. */
function classifyZip(bytes: Uint8Array): SniffResult {
  const entries = listZipEntries(bytes);
  const names = new Set(entries.map((e) => e.name));
  if (entries.length === 0) throw new FileRefusal("corrupt", "empty zip archive");
  if (names.has("mimetype")) {
    const mime = new TextDecoder().decode(inflateOne(bytes, entries, "mimetype") ?? new Uint8Array(0));
    if (mime.trim() === "application/vnd.oasis.opendocument.spreadsheet") return { kind: "ods", entries };
    if (mime.includes("opendocument.spreadsheet")) throw new FileRefusal("ods", mime);
    throw new FileRefusal("not-xlsx", `OpenDocument package ${mime}`);
  }
  if ([...names].some((n) => n.toLowerCase().endsWith("workbook.bin"))) throw new FileRefusal("xlsb", "xl/workbook.bin");
  if (names.has("word/document.xml") || names.has("ppt/presentation.xml")) throw new FileRefusal("not-xlsx", "Word or PowerPoint package");
  if ([...names].some((n) => n.includes("\\"))) throw new FileRefusal("unsupported-part-names", "backslashes in entry names");
  return { kind: "xlsx", entries };
}
