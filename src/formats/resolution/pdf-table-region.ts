// Where a table stands on a PDF page: lines whose pieces stand in vertical bands with empty
// space between them, the same bands over several consecutive lines. The bands are found from
// the space no piece covers; ordinary paragraphs (justified ones too: their word gaps move from
// line to line) close those gaps within a line or two. A line across the bands ends the table,
// unless the columns go on right under it (a section title in merged cells).
import type { PdfPiece } from "./pdf-lines";

export interface Segment {
  x0: number;
  x1: number;
  text: string;
}

export interface YRow {
  y: number;
  h: number;
  segs: Segment[];
  pieces: PdfPiece[];
}

export type Span = [number, number];

const heightOf = (p: PdfPiece) => Math.abs(p.height || p.transform[3] || 10);

/** The lines of a page by height, each cut into segments where the pieces leave a gap. */
export function yRows(pieces: PdfPiece[]): YRow[] {
  const visible = pieces.filter((p) => p.str.trim()).sort((a, b) => b.transform[5] - a.transform[5] || a.transform[4] - b.transform[4]);
  const rows: YRow[] = [];
  for (const p of visible) {
    const y = p.transform[5];
    const h = heightOf(p);
    const last = rows[rows.length - 1];
    if (last && Math.abs(last.y - y) <= 0.3 * Math.max(h, last.h)) {
      last.pieces.push(p);
      last.h = Math.max(last.h, h);
    } else rows.push({ y, h, segs: [], pieces: [p] });
  }
  for (const row of rows) {
    row.pieces.sort((a, b) => a.transform[4] - b.transform[4]);
    for (const p of row.pieces) {
      const x0 = p.transform[4];
      const x1 = x0 + Math.max(p.width || 0, 0);
      const last = row.segs[row.segs.length - 1];
      if (last && x0 - last.x1 <= 0.3 * row.h) {
        last.text += (x0 - last.x1 > 0.15 * row.h && !/\s$/.test(last.text) ? " " : "") + p.str;
        last.x1 = Math.max(last.x1, x1);
      } else row.segs.push({ x0, x1, text: p.str });
    }
    row.segs = justified(row.segs, row.h);
    for (const s of row.segs) s.text = s.text.replace(/\s+/g, " ").trim();
  }
  return rows;
}

/**
 * A justified line comes as words with equal gaps between them (LibreOffice writes each word
 * apart): those words are one segment, not cells. A list label before them keeps its own gap.
 */
function justified(segs: Segment[], h: number): Segment[] {
  if (segs.length < 3) return segs;
  const gaps = segs.slice(1).map((s, i) => s.x0 - segs[i].x1);
  const same = (a: number, b: number) => Math.abs(a - b) <= 0.05 * h;
  const word = gaps.find((g) => gaps.filter((x) => same(x, g)).length >= 3) ?? (gaps.every((g) => same(g, gaps[0])) ? gaps[0] : null);
  if (word === null || word > 3 * h) return segs;
  const out: Segment[] = [{ ...segs[0] }];
  for (let i = 1; i < segs.length; i++) {
    const last = out[out.length - 1];
    if (same(gaps[i - 1], word)) {
      last.text += ` ${segs[i].text}`;
      last.x1 = segs[i].x1;
    } else out.push({ ...segs[i] });
  }
  return out;
}

/** The x ranges covered by the segments, merged, left to right. */
function cover(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: Span[] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

function gapsOf(spans: Span[], minGap: number): Span[] {
  const c = cover(spans);
  return c.slice(1).map((s, i): Span => [c[i][1], s[0]]).filter(([a, b]) => b - a >= minGap);
}

const straddles = (row: YRow, [a, b]: Span) => row.segs.some((s) => s.x1 <= a + 0.5) && row.segs.some((s) => s.x0 >= b - 0.5);

/** Whether the row's segments, added to the table's, close a column gap: one two lines confirmed (`closes`), any (`closesAny`). */
function closesGaps(rows: YRow[], taken: number[], spans: Span[], row: YRow, gaps: Span[], minGap: number, carried = false): { closes: boolean; closesAny: boolean; nextGaps: Span[] } {
  const nextGaps = gapsOf([...spans, ...row.segs.map((s): Span => [s.x0, s.x1])], minGap);
  const shut = (g: Span) => !nextGaps.some(([c, d]) => c < g[1] && d > g[0]);
  // a gap two lines already stood on both sides of is a column boundary: a line over it is not in the table
  // the columns carried over from the previous page are confirmed there
  const confirmed = carried ? gaps : gaps.filter((g) => {
    let n = 0;
    for (const k of taken) if (straddles(rows[k], g) && ++n >= 2) return true;
    return false;
  });
  return { closes: !nextGaps.length || confirmed.some(shut), closesAny: !nextGaps.length || gaps.some(shut), nextGaps };
}

/**
 * Rows from `at` that run across the columns as one piece of text (a section title in merged
 * cells, «I. Организационные мероприятия») with the columns going on right under them; none
 * when what follows is not the table's (a paragraph and a signature after it).
 */
function spanningRows(rows: YRow[], at: number, ctx: { taken: number[]; spans: Span[]; gaps: Span[]; minGap: number }): number[] {
  const out: number[] = [];
  for (let k = at; k < rows.length && k < at + 3; k++) {
    const row = rows[k];
    if (rows[k - 1].y - row.y > 2.5 * row.h) return [];
    if (row.segs.length >= 2) {
      const { closesAny } = closesGaps(rows, ctx.taken, ctx.spans, row, ctx.gaps, ctx.minGap);
      return out.length && !closesAny ? out : [];
    }
    const seg = row.segs[0];
    if (/[.;:]$/.test(seg.text) || !ctx.gaps.some(([a, b]) => seg.x0 <= a && seg.x1 >= b)) return [];
    out.push(k);
  }
  return [];
}

export interface Found {
  end: number;
  gaps: Span[];
  cover: Span[];
  /** Rows across the whole table (section titles). */
  spanning: Set<number>;
}

/** The columns a table on the previous page ended with: its covered ranges and the bands between them. */
export interface Carried {
  cover: Span[];
  gaps: Span[];
}

/**
 * The table that starts at rows[start], if one does: the index after its last line, its column
 * gaps and covered ranges, its section titles. With `carried`, the lines from `start` go on with
 * a table from the previous page: its columns hold from the first line, one line is enough.
 */
export function grow(rows: YRow[], start: number, carried?: Carried): Found | null {
  const found = growTo(rows, start, rows.length, carried);
  const cut = found && paragraphAfter(rows, start, found);
  return cut ? growTo(rows, start, cut, carried) : found;
}

const ROW_NUMBER = /^\d{1,3}(\.\d{1,3})*[.)]?$/;

/**
 * A paragraph under a table that happens to fit in its columns (a short item, a signature): the
 * first line whose text in the first column does not start where that column's lines start.
 */
function paragraphAfter(rows: YRow[], start: number, found: Found): number | null {
  const bound = (found.gaps[0][0] + found.gaps[0][1]) / 2;
  const firsts: { k: number; x0: number }[] = [];
  for (let k = start; k < found.end; k++) {
    const seg = rows[k].segs[0];
    if (!found.spanning.has(k) && (seg.x0 + seg.x1) / 2 < bound && !ROW_NUMBER.test(seg.text)) firsts.push({ k, x0: seg.x0 });
  }
  const counts = new Map<number, number>();
  for (const f of firsts) counts.set(Math.round(f.x0), (counts.get(Math.round(f.x0)) ?? 0) + 1);
  const [edge, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  if (n < 3 || n < 0.8 * firsts.length) return null;
  const off = firsts.find((f, i) => i >= 2 && Math.abs(f.x0 - edge) > 1.5);
  return off ? off.k : null;
}

function growTo(rows: YRow[], start: number, limit: number, carried?: Carried): Found | null {
  const spans: Span[] = carried ? carried.cover.map(([a, b]): Span => [a, b]) : rows[start].segs.map((s) => [s.x0, s.x1]);
  let gaps = carried ? carried.gaps : gapsOf(spans, 0.3 * rows[start].h);
  // the seed's gaps are as wide as the pieces' gaps; later a cell line may narrow one, only a line across it closes it
  const minGap = 0.5;
  const taken = carried ? [] : [start];
  const spanning = new Set<number>();
  let end = carried ? start : start + 1;
  for (; end < limit && gaps.length; end++) {
    const row = rows[end];
    if (end > start && rows[end - 1].y - row.y > 4 * row.h) break;
    const { closes, closesAny, nextGaps } = closesGaps(rows, taken, spans, row, gaps, minGap, !!carried);
    if (closesAny) {
      const titles = taken.length ? spanningRows(rows, end, { taken, spans, gaps, minGap }) : [];
      if (titles.length) {
        for (const k of titles) spanning.add(k);
        end = titles[titles.length - 1];
        continue;
      }
      if (closes) break;
    }
    // the covered ranges kept merged: a few per column however long the table
    spans.splice(0, spans.length, ...cover([...spans, ...row.segs.map((s): Span => [s.x0, s.x1])]));
    taken.push(end);
    gaps = nextGaps;
  }
  while (spanning.has(end - 1)) spanning.delete(--end);
  if (!gaps.length || !taken.length) return null;
  if (!carried && (taken.length < 3 || taken.filter((k) => rows[k].segs.length >= 2).length < 2)) return null;
  return { end, gaps, spanning, cover: spans };
}
