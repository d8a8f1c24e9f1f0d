// Tables in the text layer of a PDF page (a PDF has no tables, only text placed at positions):
// the region each table takes (pdf-table-region.ts), read as rows of cells (pdf-table-rows.ts),
// with its section titles. A table the previous page ended with goes on at the top of the next.
import type { PdfPiece } from "./pdf-lines";
import { grow, yRows, type Carried, type Found, type Span, type YRow } from "./pdf-table-region";
import { cellsAtTop, lineStep, tableRows, type CellLine } from "./pdf-table-rows";

export interface PdfTable {
  /** Baselines of the first and last line of the table. */
  top: number;
  bottom: number;
  /** x of the column boundaries, left to right (one fewer than the columns). */
  bounds: number[];
  /** The empty bands between the columns the boundaries are the middles of. */
  gaps: Span[];
  /** The ranges the table's text covers, between the gaps. */
  cover: Span[];
  rows: string[][];
  /** The step from line to line within a cell. */
  step: number;
  pieces: Set<PdfPiece>;
}

const HEADER = /^(срок|ответствен|исполнител)/i;

function widestColumn(bounds: number[], lines: YRow[]): number {
  const left = Math.min(...lines.map((r) => r.segs[0].x0));
  const right = Math.max(...lines.map((r) => r.segs[r.segs.length - 1].x1));
  const edges = [left, ...bounds, right];
  let best = 0;
  for (let c = 1; c < edges.length - 1; c++) if (edges[c + 1] - edges[c] > edges[best + 1] - edges[best]) best = c;
  return best;
}

/** The table in rows[from, found.end): its cells by column, read as rows, section titles kept. */
function readTable(rows: YRow[], from: number, found: Found): { table: PdfTable; byCols: Map<number, string[]>[] } {
  const bounds = found.gaps.map(([a, b]) => (a + b) / 2);
  const lines = rows.slice(from, found.end);
  const byCols = lines.map((r) => {
    const byCol = new Map<number, string[]>();
    for (const s of r.segs) {
      const col = bounds.filter((x) => x < (s.x0 + s.x1) / 2).length;
      byCol.set(col, [...(byCol.get(col) ?? []), s.text]);
    }
    return byCol;
  });
  // the rows between section titles, each title a row of its own (its text in the widest column)
  const columns = bounds.length + 1;
  const parts: CellLine[][] = [[]];
  const titles = new Map<number, string>();
  for (const [k, byCol] of byCols.entries()) {
    if (found.spanning.has(from + k)) {
      titles.set(parts.length, lines[k].segs[0].text);
      parts.push([]);
      continue;
    }
    for (const [col, texts] of byCol) parts[parts.length - 1].push({ col, y: lines[k].y, h: lines[k].h, text: texts.join(" ") });
  }
  const all = parts.flat();
  const atTop = cellsAtTop(all, columns);
  const widest = widestColumn(bounds, lines);
  const out: string[][] = [];
  for (const [p, part] of parts.entries()) {
    const title = titles.get(p);
    if (title !== undefined) out.push(Array.from({ length: columns }, (_, c) => (c === widest ? title : "")));
    if (part.length) out.push(...tableRows(part, columns, atTop).rows);
  }
  const table: PdfTable = {
    top: lines[0].y,
    bottom: lines[lines.length - 1].y,
    bounds,
    gaps: found.gaps,
    cover: found.cover,
    rows: out,
    step: lineStep(all, columns),
    pieces: new Set(lines.flatMap((r) => r.pieces)),
  };
  return { table, byCols };
}

/**
 * The lines at the top of a page that go on with the table the previous page ended with: lines
 * of several cells, or cell text off its first column (the rest of a row split by the break; a
 * paragraph after the table would start at the left). A page number or running header may come first.
 */
function carriedOn(rows: YRow[], carried: Carried): { from: number; found: Found } | null {
  for (const from of [0, 1]) {
    if (from >= rows.length) break;
    const found = grow(rows, from, carried);
    if (!found) continue;
    const lines = rows.slice(from, found.end);
    const first = (found.gaps[0][0] + found.gaps[0][1]) / 2;
    if (lines.some((r) => r.segs.length >= 2) || lines.every((r) => r.segs.every((s) => s.x0 > first))) return { from, found };
  }
  return null;
}

/**
 * Whether two pieces of text stand at one height a letter's height or more apart: a page without
 * that (lines of one piece, pieces a space apart) holds no table, and costs nothing more. Every
 * table has such a gap somewhere (a number and its item, a short date and the next cell).
 */
function spacedOnALine(pieces: PdfPiece[]): boolean {
  const byY = new Map<number, PdfPiece[]>();
  for (const p of pieces) {
    if (!p.str.trim()) continue;
    const y = Math.round(p.transform[5]);
    const h = Math.abs(p.height || p.transform[3] || 10);
    const x0 = p.transform[4];
    const x1 = x0 + (p.width || 0);
    for (const k of [y - 1, y, y + 1]) {
      for (const q of byY.get(k) ?? []) {
        const q0 = q.transform[4];
        if (Math.max(x0, q0) - Math.min(x1, q0 + (q.width || 0)) > h) return true;
      }
    }
    byY.set(y, [...(byY.get(y) ?? []), p]);
  }
  return false;
}

/** The tables of one page, top to bottom; `carried`: the columns of the table the previous page ended with. */
export function pageTables(pieces: PdfPiece[], carried: Carried | null = null): PdfTable[] {
  if (!carried && !spacedOnALine(pieces)) return [];
  const rows = yRows(pieces);
  const tables: PdfTable[] = [];
  let i = 0;
  const goesOn = carried && carriedOn(rows, carried);
  if (goesOn) {
    tables.push(readTable(rows, goesOn.from, goesOn.found).table);
    i = goesOn.found.end;
  }
  for (; i < rows.length; i++) {
    if (rows[i].segs.length < 2) continue;
    const found = grow(rows, i);
    if (!found) continue;
    const { table, byCols } = readTable(rows, i, found);
    // a list (label | text) is not a table: a table has lines in three columns or more
    if (table.bounds.length < 2 || table.rows.filter((r) => r.filter((c) => c.trim()).length >= 3).length < 2) {
      // none of these lines starts a table either: they would grow into the same list
      i = found.end - 1;
      continue;
    }
    // lines above a table's header («… | Срок | …») are the text before it, caught by the same columns
    // (a header of several lines, its cells wrapped or centred, is kept whole: its lines are a line step apart)
    let header = byCols.findIndex((c) => c.size >= 3 && [...c.values()].some((t) => HEADER.test(t.join(" "))));
    while (header > 0 && rows[i + header - 1].y - rows[i + header].y <= 1.3 * rows[i + header].h) header--;
    if (header > 0) {
      i += header - 1;
      continue;
    }
    tables.push(table);
    i = found.end - 1;
  }
  return tables;
}
