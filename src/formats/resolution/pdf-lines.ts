// Text pieces of PDF pages (as pdf.js gives them: a string, its position and size) → the lines a
// reader sees. Pieces at one height make a line; a wider gap between lines makes a blank line
// (a paragraph break); a line that runs to the right margin (or stops short only because the
// next line's first word would not fit) continues in the next one unless that one starts an
// item («2.1.», «а)», «Срок:», a dash after a finished sentence); a hyphen at a line end is kept
// (office writers do not hyphenate; «учебно-воспитательной»); bare page numbers and a running header
// repeated at the top of every page are dropped. A table (see pdf-table.ts) is read as rows of
// cells and printed as the other formats print tables (table-lines.ts); a table that goes on
// over a page break is one table, its repeated header and its split row joined back.
import { pageTables, type PdfTable } from "./pdf-table";
import { joinCellLines } from "./pdf-table-rows";
import { tableLines } from "./table-lines";

export interface PdfPiece {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

interface Line {
  text: string;
  y: number;
  x0: number;
  x1: number;
  h: number;
  table?: PdfTable;
}

const STARTS_ITEM = /^((\d{1,2}(\.\d{1,2})*[.)]|[IVXLC]{1,6}\.|[а-яa-z]\)|[-–—•·*▪►])\s|(Срок|Ответственн|Исполнител)\S*\s*:)/i;
const PAGE_NUMBER = /^[-–—\s]*(стр\.?\s*|страница\s*)?\d{1,4}[-–—\s]*((из|\/)\s*\d{1,4})?$/i;

function pageLines(all: PdfPiece[], carried: PdfTable | null): Line[] {
  const tables = pageTables(all, carried);
  // the table's own pieces, and the blanks pdf.js puts between its cells
  const inTable = (p: PdfPiece) => tables.some((t) => t.pieces.has(p) || (!p.str.trim() && p.transform[5] <= t.top + 1 && p.transform[5] >= t.bottom - 1));
  const pieces = tables.length ? all.filter((p) => !inTable(p)) : all;
  const lines: Line[] = [];
  let cur: Line | null = null;
  for (const p of pieces) {
    const x = p.transform[4] ?? 0;
    const y = p.transform[5] ?? 0;
    const h = Math.abs(p.height || p.transform[3] || 10);
    if (p.str) {
      if (cur && Math.abs(y - cur.y) > 0.5 * Math.max(h, cur.h)) {
        lines.push(cur);
        cur = null;
      }
      if (!cur) cur = { text: "", y, x0: x, x1: x, h };
      else if (x - cur.x1 > 0.2 * h && !/\s$/.test(cur.text) && !/^\s/.test(p.str)) cur.text += " ";
      cur.text += p.str;
      cur.x1 = Math.max(cur.x1, x + (p.width || 0));
      cur.x0 = Math.min(cur.x0, x);
      cur.h = Math.max(cur.h, h);
    }
    if (p.hasEOL && cur) {
      lines.push(cur);
      cur = null;
    }
  }
  if (cur) lines.push(cur);
  const out = lines.map((l) => ({ ...l, text: l.text.replace(/\s+$/, "") })).filter((l) => l.text.trim());
  for (const t of tables) {
    const at = out.findIndex((l) => l.y < t.top);
    out.splice(at < 0 ? out.length : at, 0, { text: "", y: t.top, x0: 0, x1: 0, h: 0, table: t });
  }
  return out;
}

/** The same columns: as many, each band between them overlapping its counterpart (the bands' widths follow the text in them). */
const sameColumns = (a: PdfTable, b: PdfTable) => a.gaps.length === b.gaps.length && a.gaps.every(([x0, x1], i) => x0 < b.gaps[i][1] && b.gaps[i][0] < x1);

/** The part of a table on the next page joined to its start: the repeated header dropped, a row split by the break joined back. */
function continueTable(t: PdfTable, next: PdfTable): void {
  let rows = next.rows;
  // the header repeated on the new page, alone or run together with the end of a split row
  const header = t.rows[0] ?? [];
  if (rows.length && header.some(Boolean) && rows[0].every((c, i) => c.startsWith(header[i] ?? ""))) {
    const rest = rows[0].map((c, i) => c.slice((header[i] ?? "").length).trim());
    rows = rest.some(Boolean) ? [rest, ...rows.slice(1)] : rows.slice(1);
  }
  // a row goes on over the break when its first cell, filled in the table's rows (a number, an item), is empty
  // (section titles, a single cell, are not counted)
  const full = t.rows.slice(1).filter((r) => r.filter((c) => c.trim()).length >= 2);
  const filled = full.filter((r) => r[0].trim()).length;
  const last = t.rows[t.rows.length - 1];
  if (filled >= 2 && filled >= 0.8 * full.length && rows.length && last && !rows[0][0].trim() && rows[0].some((c) => c.trim())) {
    t.rows[t.rows.length - 1] = last.map((c, i) => joinCellLines([c, rows[0][i] ?? ""]));
    rows = rows.slice(1);
  }
  t.rows.push(...rows);
}

/** The width of a line's first word and the space before it, by its share of the line's letters. */
function firstWordWidth(line: Line): number {
  const text = line.text.trim();
  const word = text.split(/\s/)[0];
  return ((line.x1 - line.x0) * (word.length + 1)) / Math.max(text.length, 1);
}

/** A dash after a line that stops mid-sentence («Срок» / «– до 29 ноября») goes on with it; elsewhere it is a bullet. */
function startsItem(prev: string, text: string): boolean {
  // Letters spelled out, not \p{L}: the pane's scripts must parse as ES2017.
  if (/^[-–—]\s/.test(text) && /[A-Za-zÀ-ÿА-яЁё\d,]$/.test(prev.trim())) return false;
  return STARTS_ITEM.test(text);
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The text of the pages: lines, blank lines between paragraphs, wrapped lines joined. */
export function pdfLines(pages: PdfPiece[][]): string {
  // a page goes on with the table the page before ended with (a bare page number under it aside)
  const all: Line[][] = [];
  for (const pieces of pages) {
    const before = all[all.length - 1] ?? [];
    const last = [...before].reverse().find((l) => l.table || !PAGE_NUMBER.test(l.text.trim()));
    all.push(pageLines(pieces, last?.table ?? null));
  }
  // a running header: the same first line on most pages of a document of several pages
  const firsts = all.map((ls) => ls[0]?.text.trim() ?? "");
  const header = all.length > 1 && firsts[0] && firsts.filter((f) => f === firsts[0]).length >= Math.ceil(all.length * 0.6) ? firsts[0] : null;
  const out: string[] = [];
  // tables are printed at the end, once the parts on later pages have been joined to them
  const tables = new Map<number, PdfTable>();
  let open: PdfTable | null = null;
  for (const lines of all) {
    const body = lines.filter((l, i) => l.table || (!(PAGE_NUMBER.test(l.text.trim()) && (i === 0 || i === lines.length - 1)) && !(i === 0 && header && l.text.trim() === header)));
    if (!body.length) continue;
    const tableStep = Math.min(...body.map((l) => l.table?.step ?? Infinity));
    const first = body[0].table;
    if (open && first && sameColumns(open, first)) {
      continueTable(open, first);
      body.shift();
    }
    if (!body.length) continue;
    open = body[body.length - 1].table ?? null;
    const text = body.filter((l) => !l.table);
    const wide = text.filter((l) => l.text.length > 30);
    const measured = wide.length ? wide : text;
    const left = measured.length ? Math.min(...measured.map((l) => l.x0)) : 0;
    const right = measured.length ? Math.max(...measured.map((l) => l.x1)) : 0;
    const gaps = text.slice(1).map((l, i) => text[i].y - l.y).filter((g) => g > 0);
    // a table's lines are counted by its own line step: the step of the text alone would be skewed by the paragraph gaps
    const step = Math.min(median(gaps) || 12, tableStep);
    let prev: Line | null = null;
    for (const line of body) {
      if (line.table) {
        if (out.length && out[out.length - 1] !== "") out.push("");
        tables.set(out.push("") - 1, line.table);
        prev = null;
        continue;
      }
      const gap = prev ? prev.y - line.y : 0;
      const paragraphBreak = prev && (gap > 1.5 * step || gap < 0);
      const ranToMargin = prev && right - left > 100 && (prev.x1 >= right - 0.1 * (right - left) || prev.x1 + firstWordWidth(line) > right);
      const continues = prev && !paragraphBreak && ranToMargin && !startsItem(prev.text, line.text.trim()) && line.x0 <= left + 0.25 * (right - left);
      if (continues) {
        const last = out[out.length - 1];
        // a hyphen at the line end is a compound's («учебно-воспитательной»: office writers do not
        // hyphenate by themselves), kept with no space after it; a soft hyphen goes; any other line end is a space
        const next = line.text.trim();
        out[out.length - 1] = /\u00ad$/.test(last) ? last.slice(0, -1) + next : /[а-яё]-$/i.test(last) && /^[а-яё]/.test(next) ? last + next : `${last} ${next}`;
      }
      else {
        if (paragraphBreak && out.length && out[out.length - 1] !== "") out.push("");
        out.push(line.text.replace(/^\s+/, ""));
      }
      prev = line;
    }
    out.push("");
  }
  for (const [at, t] of tables) out[at] = tableLines(t.rows).join("\n");
  return out.join("\n").replace(/\n+$/, "");
}
