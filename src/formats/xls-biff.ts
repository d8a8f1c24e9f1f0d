// Low-level pieces of the BIFF5/BIFF8 record format (.xls) that the grid reader needs:
// walking records, RK numbers, and the three string layouts. Every read is checked against
// the record's length: a damaged file raises BiffDamage, never reads past its data.

export class BiffDamage extends Error {}

export interface BiffRecord {
  type: number;
  /** Offset of the record header in the stream. */
  at: number;
  data: Uint8Array;
}

/** The record at `p`, or null at the end of the stream. */
export function recordAt(stream: Uint8Array, p: number): BiffRecord | null {
  if (p + 4 > stream.length) return null;
  const type = stream[p] | (stream[p + 1] << 8);
  const len = stream[p + 2] | (stream[p + 3] << 8);
  if (p + 4 + len > stream.length) throw new BiffDamage(`record 0x${type.toString(16)} at ${p} runs past the stream`);
  return { type, at: p, data: stream.subarray(p + 4, p + 4 + len) };
}

export function u16(d: Uint8Array, i: number): number {
  if (i + 2 > d.length) throw new BiffDamage("record too short");
  return d[i] | (d[i + 1] << 8);
}

export function u32(d: Uint8Array, i: number): number {
  if (i + 4 > d.length) throw new BiffDamage("record too short");
  return (d[i] | (d[i + 1] << 8) | (d[i + 2] << 16) | (d[i + 3] << 24)) >>> 0;
}

export function f64(d: Uint8Array, i: number): number {
  if (i + 8 > d.length) throw new BiffDamage("record too short");
  return new DataView(d.buffer, d.byteOffset + i, 8).getFloat64(0, true);
}

/** An RK number: a 30-bit integer or the top of a double, maybe divided by 100. */
export function rkValue(rk: number): number {
  let v: number;
  if (rk & 2) v = (rk | 0) >> 2;
  else {
    const b = new DataView(new ArrayBuffer(8));
    b.setUint32(4, (rk & 0xfffffffc) >>> 0, true);
    v = b.getFloat64(0, true);
  }
  return rk & 1 ? v / 100 : v;
}

const UTF16 = new TextDecoder("utf-16le");
const LATIN1 = new TextDecoder("latin1");

/** Decoder of BIFF5's 8-bit strings for a CODEPAGE record value (1251 for Russian Excel). */
export function codepageDecoder(cp: number): TextDecoder {
  const label = cp === 1200 ? "utf-16le" : cp >= 874 && cp <= 1258 ? `windows-${cp}` : cp === 866 ? "ibm866" : cp === 10000 || cp === 32768 ? "macintosh" : "windows-1252";
  try {
    return new TextDecoder(label);
  } catch {
    return new TextDecoder("windows-1252");
  }
}

/** `cch` characters at `i`, 1 or 2 bytes each. */
function chars(d: Uint8Array, i: number, cch: number, wide: boolean): string {
  const n = wide ? cch * 2 : cch;
  if (i + n > d.length) throw new BiffDamage("string runs past its record");
  return (wide ? UTF16 : LATIN1).decode(d.subarray(i, i + n));
}

/** BIFF8 XLUnicodeString (cch u16, flags, characters) or ShortXLUnicodeString (cch u8). */
export function unicodeString(d: Uint8Array, i: number, cchBytes: 1 | 2): { text: string; end: number } {
  const cch = cchBytes === 1 ? d[i] : u16(d, i);
  if (i + cchBytes >= d.length) {
    if (cch === 0) return { text: "", end: i + cchBytes };
    throw new BiffDamage("string header past its record");
  }
  const flags = d[i + cchBytes];
  let p = i + cchBytes + 1;
  let runs = 0;
  let ext = 0;
  if (flags & 0x08) {
    runs = u16(d, p);
    p += 2;
  }
  if (flags & 0x04) {
    ext = u32(d, p);
    p += 4;
  }
  const wide = (flags & 1) === 1;
  const text = chars(d, p, cch, wide);
  return { text, end: p + (wide ? cch * 2 : cch) + runs * 4 + ext };
}

/** BIFF5 byte string: length (u8 or u16) and bytes in the workbook's code page. */
export function byteString(d: Uint8Array, i: number, cchBytes: 1 | 2, decoder: TextDecoder): { text: string; end: number } {
  const cch = cchBytes === 1 ? (i < d.length ? d[i] : 0) : u16(d, i);
  const p = i + cchBytes;
  if (p + cch > d.length) throw new BiffDamage("string runs past its record");
  return { text: decoder.decode(d.subarray(p, p + cch)), end: p + cch };
}

/**
 * The shared string table: SST and its CONTINUE records, read as one sequence of segments.
 * A string's characters may break at a segment boundary; the next segment then starts with a
 * new flags byte saying whether the rest is 1 or 2 bytes a character. Nothing is allocated
 * from the declared count: reading stops where the data does.
 */
export function readSst(segments: Uint8Array[], limitChars: number): string[] {
  const out: string[] = [];
  let seg = 0;
  let pos = 8; // cstTotal, cstUnique
  const declared = segments.length ? u32(segments[0], 4) : 0;
  let spent = 0;

  const atEnd = () => {
    while (seg < segments.length && pos >= segments[seg].length) {
      seg++;
      pos = 0;
    }
    return seg >= segments.length;
  };
  const byte = () => {
    if (atEnd()) throw new BiffDamage("SST ends inside a string");
    return segments[seg][pos++];
  };
  const skip = (n: number) => {
    while (n > 0) {
      if (atEnd()) throw new BiffDamage("SST ends inside a string");
      const step = Math.min(n, segments[seg].length - pos);
      pos += step;
      n -= step;
    }
  };

  while (out.length < declared && !atEnd()) {
    const cch = byte() | (byte() << 8);
    const flags = byte();
    let wide = (flags & 1) === 1;
    const runs = flags & 0x08 ? byte() | (byte() << 8) : 0;
    const ext = flags & 0x04 ? (byte() | (byte() << 8) | (byte() << 16) | (byte() << 24)) >>> 0 : 0;
    let text = "";
    let left = cch;
    while (left > 0) {
      if (pos >= segments[seg].length) {
        seg++;
        pos = 0;
        if (seg >= segments.length) throw new BiffDamage("SST ends inside a string");
        wide = (segments[seg][pos++] & 1) === 1;
      }
      const seg0 = segments[seg];
      const fit = Math.min(left, Math.floor((seg0.length - pos) / (wide ? 2 : 1)));
      if (fit <= 0) throw new BiffDamage("SST character split inside a code unit");
      text += chars(seg0, pos, fit, wide);
      pos += fit * (wide ? 2 : 1);
      left -= fit;
    }
    spent += cch;
    if (spent > limitChars) throw new BiffDamage("shared strings hold more text than a report could");
    skip(runs * 4 + ext);
    out.push(text);
  }
  return out;
}
