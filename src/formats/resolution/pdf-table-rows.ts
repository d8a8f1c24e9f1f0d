// The rows of a table found on a PDF page, from its lines already cut into columns. A cell's
// text wraps over several lines at the regular line step; a new row starts lower, past the
// cell padding and border (a point or two is enough to tell). A cell may be set at the top of its row or in the middle: a row is
// therefore every cell text whose lines overlap in height, not the lines that start together.
// A table with a number column («№ п/п») has one number per row, which settles the rows where
// the spacing alone does not.

export interface CellLine {
  col: number;
  y: number;
  h: number;
  text: string;
}

interface Block {
  col: number;
  top: number;
  bottom: number;
  lines: CellLine[];
}

interface Row {
  top: number;
  bottom: number;
  blocks: Block[];
}

const ROW_NUMBER = /^\d{1,3}(\.\d{1,3})*[.)]?$/;

/** Cell lines joined in reading order; a line ending in a hyphen goes on without a space («учебно-воспитательной»), a soft hyphen goes. */
export function joinCellLines(parts: string[]): string {
  let out = "";
  for (const raw of parts) {
    const part = raw.trim();
    if (!part) continue;
    out = !out ? part : /\u00ad$/.test(out) ? out.slice(0, -1) + part : /[а-яёa-z\d]-$/i.test(out) && /^[а-яёa-z\d]/i.test(part) ? out + part : `${out} ${part}`;
  }
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function blocksOf(lines: CellLine[], columns: number, step: number): Block[] {
  const blocks: Block[] = [];
  for (let col = 0; col < columns; col++) {
    let cur: Block | null = null;
    for (const l of lines.filter((c) => c.col === col)) {
      // the lines of a cell stand exactly a line step apart; any more is a cell's edge (or a paragraph's)
      if (cur && cur.bottom - l.y <= step + Math.max(1, 0.08 * step)) {
        cur.lines.push(l);
        cur.bottom = l.y;
      } else blocks.push((cur = { col, top: l.y, bottom: l.y, lines: [l] }));
    }
  }
  return blocks.sort((a, b) => b.top - a.top);
}

/** Blocks whose heights overlap make one row. */
function rowsOf(blocks: Block[], step: number): Row[] {
  const rows: Row[] = [];
  for (const b of blocks) {
    const last = rows[rows.length - 1];
    if (last && b.top >= last.bottom - 0.2 * step) {
      last.blocks.push(b);
      last.bottom = Math.min(last.bottom, b.bottom);
    } else rows.push({ top: b.top, bottom: b.bottom, blocks: [b] });
  }
  return rows;
}

function numberColumn(rows: Row[]): number {
  const firsts = rows.map((r) => r.blocks.find((b) => b.col === 0));
  const numbered = firsts.filter((b) => b && b.lines.length === 1 && ROW_NUMBER.test(b.lines[0].text.trim())).length;
  return rows.length >= 2 && numbered >= Math.max(2, (rows.length - 1) * 0.6) ? 0 : -1;
}

/**
 * Whether the cells are set at the top of their rows (as Word sets them) rather than in the
 * middle: then every cell of a row starts level with its number. In the middle, only the cells
 * of an odd number of lines would. Unknown (null) with fewer than two numbers.
 */
export function cellsAtTop(lines: CellLine[], columns: number): boolean | null {
  const numbers = lines.filter((l) => l.col === 0 && ROW_NUMBER.test(l.text.trim()));
  if (numbers.length < 2 || columns < 3) return null;
  const at = new Set(lines.map((l) => `${l.col}:${Math.round(l.y)}`));
  const has = (col: number, y: number) => at.has(`${col}:${Math.round(y)}`) || at.has(`${col}:${Math.round(y) - 1}`) || at.has(`${col}:${Math.round(y) + 1}`);
  const level = numbers.filter((n) => {
    for (let col = 1; col < columns; col++) if (!has(col, n.y)) return false;
    return true;
  });
  return level.length >= 0.7 * numbers.length;
}

/**
 * A row the spacing could not split (no padding between rows) that holds numbers: cut above
 * each number — right above it when the cells are set at the top of their rows; else at the
 * widest gap between lines, when it is wider than the line step.
 */
function splitByNumbers(row: Row, step: number, atTop: boolean | null): Row[] {
  const lines = row.blocks.flatMap((b) => b.lines).sort((a, b) => b.y - a.y);
  const numbers = lines.filter((l) => l.col === 0 && ROW_NUMBER.test(l.text.trim())).map((l) => l.y);
  if (numbers.length < (atTop ? 1 : 2)) return [row];
  const ys = [...new Set(lines.map((l) => Math.round(l.y * 2) / 2))];
  // one pass down the lines: lo..hi are the heights between the number above and this one
  const cuts: number[] = [];
  let lo = 0;
  let hi = 0;
  for (const [k, y] of numbers.entries()) {
    const upTo = k ? numbers[k - 1] : row.top;
    while (lo < ys.length && ys[lo] > upTo + 0.5) lo++;
    while (hi < ys.length && ys[hi] > y + 0.5) hi++;
    if (hi <= lo) continue;
    const justAbove = (ys[hi - 1] + y) / 2;
    if (atTop) {
      cuts.push(justAbove);
      continue;
    }
    let best: [number, number] | null = null;
    for (let j = lo; j < hi && j + 1 < ys.length; j++) {
      const gap = ys[j] - ys[j + 1];
      if (!best || gap > best[0] + 0.5) best = [gap, (ys[j] + ys[j + 1]) / 2];
    }
    if (best && best[0] > step + Math.max(1.5, 0.08 * step)) cuts.push(best[1]);
    else if (atTop === null) cuts.push(justAbove);
  }
  const parts: CellLine[][] = [[]];
  let c = 0;
  for (const l of lines) {
    while (c < cuts.length && l.y < cuts[c]) {
      c++;
      parts.push([]);
    }
    parts[parts.length - 1].push(l);
  }
  return parts
    .filter((p) => p.length)
    .map((p) => {
      const blocks = [...new Set(p.map((l) => l.col))].map((col): Block => {
        const own = p.filter((l) => l.col === col);
        return { col, top: own[0].y, bottom: own[own.length - 1].y, lines: own };
      });
      return { top: p[0].y, bottom: p[p.length - 1].y, blocks };
    });
}

/** Two rows the spacing split though only one of them has a number: a row's part without its number goes with the nearer neighbour. */
function joinUnnumbered(rows: Row[]): Row[] {
  const has = (r: Row) => r.blocks.some((b) => b.col === 0);
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (has(r) || i === 0) {
      out.push(r);
      continue;
    }
    const prev = out[out.length - 1];
    const next = rows[i + 1];
    const toPrev = !next || (prev.bottom - r.top <= r.bottom - next.top && has(prev)) || !has(next);
    if (toPrev && has(prev)) {
      prev.blocks.push(...r.blocks);
      prev.bottom = r.bottom;
    } else if (next) {
      next.blocks.push(...r.blocks);
      next.top = r.top;
    } else out.push(r);
  }
  return out;
}

/** The step from line to line within a cell: the usual distance between lines of one column. */
export function lineStep(lines: CellLine[], columns: number): number {
  const sorted = [...lines].sort((a, b) => b.y - a.y);
  const h = sorted[0]?.h ?? 12;
  const gaps: number[] = [];
  for (let col = 0; col < columns; col++) {
    const ys = sorted.filter((l) => l.col === col).map((l) => l.y);
    for (let i = 1; i < ys.length; i++) if (ys[i - 1] - ys[i] <= 1.6 * h) gaps.push(ys[i - 1] - ys[i]);
  }
  return gaps.length ? median(gaps) : 1.15 * h;
}

/** Rows of cell texts, top to bottom, `columns` cells each, and the step from line to line in a cell. */
export function tableRows(lines: CellLine[], columns: number, atTop: boolean | null = null): { rows: string[][]; step: number } {
  const sorted = [...lines].sort((a, b) => b.y - a.y);
  const step = lineStep(sorted, columns);
  let rows = rowsOf(blocksOf(sorted, columns, step), step).flatMap((r) => splitByNumbers(r, step, atTop ?? cellsAtTop(lines, columns)));
  // the header row (above the first number) keeps its place; below it, every row has a number
  if (numberColumn(rows) === 0) rows = [rows[0], ...joinUnnumbered(rows.slice(1))];
  const texts = rows.map((r) =>
    Array.from({ length: columns }, (_, col) =>
      joinCellLines(
        r.blocks
          .filter((b) => b.col === col)
          .flatMap((b) => b.lines)
          .sort((a, b) => b.y - a.y)
          .map((l) => l.text),
      ),
    ),
  );
  return { rows: texts, step };
}
