// A defensive zip reader for files that arrive by e-mail. It walks the central directory
// itself and inflates each entry with fflate's streaming inflater under hard caps, so a zip
// bomb is stopped after a few megabytes of output instead of being inflated in full.
// Declared sizes are never trusted (a bomb may declare 2 KB and inflate to 600 MB); CRC-32
// is verified; duplicate names are refused (some readers let the last one silently win).

import { Inflate } from "fflate";
import { FileRefusal } from "./ingest/refusal";

export interface ZipLimits {
  maxEntries: number;
  /** Inflated bytes of one entry. */
  maxEntryBytes: number;
  /** Inflated bytes of all entries together. */
  maxTotalBytes: number;
  /** Inflated/compressed ratio allowed once an entry is past `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
}

// Legitimate Excel output reaches about 69:1 per file and 120:1 for one sheet part (long
// repeated formulas); bombs are 1000:1.
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 2000,
  maxEntryBytes: 100 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  maxRatio: 300,
  ratioFloorBytes: 4 * 1024 * 1024,
};

export interface ZipEntryInfo {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}
function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
}

const corrupt = (detail: string) => new FileRefusal("corrupt", detail);

/** True when the bytes start like a zip local file header (or an empty zip's EOCD). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

/** Reads the central directory; refuses a truncated or inconsistent one as `corrupt`. */
export function listZipEntries(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntryInfo[] {
  let eocd = -1;
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (u32(bytes, i) === SIG_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt("no end-of-central-directory record");
  const count = u16(bytes, eocd + 10);
  const countOnDisk = u16(bytes, eocd + 8);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new FileRefusal("too-large", "zip64 archive");
  if (count !== countOnDisk) throw corrupt("multi-disk archive");
  if (count > limits.maxEntries) throw new FileRefusal("too-large", `${count} zip entries`);
  if (cdOffset + cdSize > eocd) throw corrupt("central directory outside the file");

  const entries: ZipEntryInfo[] = [];
  let p = cdOffset;
  const decoder = new TextDecoder("utf-8");
  for (let k = 0; k < count; k++) {
    if (p + 46 > eocd || u32(bytes, p) !== SIG_CENTRAL) throw corrupt("bad central directory record");
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    if (p + 46 + nameLen > eocd) throw corrupt("central directory name outside the file");
    entries.push({
      flags: u16(bytes, p + 8),
      method: u16(bytes, p + 10),
      crc: u32(bytes, p + 16),
      compressedSize: u32(bytes, p + 20),
      declaredSize: u32(bytes, p + 24),
      localOffset: u32(bytes, p + 42),
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  if (p !== cdOffset + cdSize) throw corrupt("central directory record count mismatch");
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.name)) throw corrupt(`duplicate entry name ${e.name}`);
    seen.add(e.name);
  }
  return entries;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crcUpdate(crc: number, chunk: Uint8Array): number {
  let c = crc ^ 0xffffffff;
  for (let i = 0; i < chunk.length; i++) c = CRC_TABLE[(c ^ chunk[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function crc32(bytes: Uint8Array): number {
  return crcUpdate(0, bytes);
}

/** Where an entry's compressed data lies, checked against its local header. */
function dataRange(bytes: Uint8Array, e: ZipEntryInfo): [number, number] {
  const h = e.localOffset;
  if (h + 30 > bytes.length || u32(bytes, h) !== SIG_LOCAL) throw corrupt(`bad local header for ${e.name}`);
  const start = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
  const end = start + e.compressedSize;
  if (end > bytes.length) throw corrupt(`entry ${e.name} is truncated`);
  return [start, end];
}

class Budget {
  total = 0;
  constructor(readonly limits: ZipLimits) {}
}

function inflateEntry(bytes: Uint8Array, e: ZipEntryInfo, budget: Budget): Uint8Array {
  const { limits } = budget;
  if (e.flags & 1) throw new FileRefusal("encrypted", `zip entry ${e.name} is encrypted`);
  const [start, end] = dataRange(bytes, e);
  const input = bytes.subarray(start, end);
  if (e.method === 0) {
    if (input.length > limits.maxEntryBytes) throw new FileRefusal("too-large", `${e.name} stored entry too large`);
    budget.total += input.length;
    if (budget.total > limits.maxTotalBytes) throw new FileRefusal("zip-bomb", "total inflated size over the cap");
    if (crc32(input) !== e.crc) throw corrupt(`CRC-32 mismatch in ${e.name}`);
    return input;
  }
  if (e.method !== 8) throw corrupt(`unsupported compression method ${e.method} in ${e.name}`);

  const ratioCap = Math.max(limits.ratioFloorBytes, input.length * limits.maxRatio);
  const cap = Math.min(limits.maxEntryBytes, ratioCap);
  // A declared size past the caps is refused before inflating anything: either it is true
  // (a bomb) or it lies (damage); in both cases there is nothing to read.
  if (e.declaredSize > cap) throw new FileRefusal("zip-bomb", `${e.name} declares ${e.declaredSize} bytes from ${input.length}`);
  // Past the declared size by more than a few MiB means the header lies about a bomb;
  // a small overrun is ordinary damage, reported as corrupt after the inflate.
  const lieCap = e.declaredSize + limits.ratioFloorBytes;
  const chunks: Uint8Array[] = [];
  let size = 0;
  let crc = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    size += chunk.length;
    budget.total += chunk.length;
    if (size > lieCap) throw new FileRefusal("zip-bomb", `${e.name} inflates past its declared ${e.declaredSize} bytes`);
    if (size > cap || budget.total > limits.maxTotalBytes) {
      throw new FileRefusal("zip-bomb", `${e.name} inflates past ${Math.round(cap / 1048576)} MiB (declared ${e.declaredSize} bytes)`);
    }
    crc = crcUpdate(crc, chunk);
    chunks.push(chunk);
    if (final) ended = true;
  });
  // Small pushes: fflate inflates a whole pushed chunk before calling back, and 4 KB of a
  // bomb is already 4 MB of output.
  const STEP = 4 * 1024;
  try {
    for (let i = 0; i < input.length; i += STEP) {
      const last = i + STEP >= input.length;
      inflater.push(input.subarray(i, Math.min(i + STEP, input.length)), last);
    }
    if (input.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof FileRefusal) throw err;
    throw corrupt(`cannot inflate ${e.name}: ${(err as Error).message}`);
  }
  if (!ended) throw corrupt(`entry ${e.name} ends before its last block`);
  if (size !== e.declaredSize) throw corrupt(`size mismatch in ${e.name}: ${size} vs declared ${e.declaredSize}`);
  if (crc !== e.crc) throw corrupt(`CRC-32 mismatch in ${e.name}`);
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Inflates every entry under the caps, verifying CRCs. Directory entries are skipped.
 * Throws FileRefusal (corrupt, zip-bomb, too-large, encrypted).
 */
export function unzipGuarded(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS, entries = listZipEntries(bytes, limits)): Map<string, Uint8Array> {
  const budget = new Budget(limits);
  const out = new Map<string, Uint8Array>();
  // Small entries first: the workbook's own parts are small, a bomb usually is the big one,
  // and a refusal for damage should not wait for a large entry.
  const order = [...entries].sort((a, b) => a.compressedSize - b.compressedSize);
  for (const e of order) {
    if (e.name.endsWith("/") && e.compressedSize === 0) continue;
    out.set(e.name, inflateEntry(bytes, e, budget));
  }
  return out;
}

/** Inflates one named entry only (e.g. ODF's `mimetype`); null when absent. */
export function inflateOne(bytes: Uint8Array, entries: ZipEntryInfo[], name: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Uint8Array | null {
  const e = entries.find((x) => x.name === name);
  return e ? inflateEntry(bytes, e, new Budget(limits)) : null;
}
