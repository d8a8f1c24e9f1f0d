// Text pieces of PDF pages (as pdf.js gives them: a string, its position and size) → the lines a
// reader sees. Pieces at one height make a line; a wider gap between lines makes a blank line
// (a paragraph break); a line that runs to the right margin continues in the next one unless
// that one starts an item («2.1.», «а)», «–», «Срок:»); bare page numbers and a running header
// repeated at the top of every page are dropped.

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
}

const STARTS_ITEM = /^((\d{1,2}(\.\d{1,2})*[.)]|[IVXLC]{1,6}\.|[а-яa-z]\)|[-–—•·*▪►])\s|(Срок|Ответственн|Исполнител)\S*\s*:)/i;
const PAGE_NUMBER = /^[-–—\s]*(стр\.?\s*|страница\s*)?\d{1,4}[-–—\s]*((из|\/)\s*\d{1,4})?$/i;

function pageLines(pieces: PdfPiece[]): Line[] {
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
  return lines.map((l) => ({ ...l, text: l.text.replace(/\s+$/, "") })).filter((l) => l.text.trim());
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The text of the pages: lines, blank lines between paragraphs, wrapped lines joined. */
export function pdfLines(pages: PdfPiece[][]): string {
  const all = pages.map(pageLines);
  // a running header: the same first line on most pages of a document of several pages
  const firsts = all.map((ls) => ls[0]?.text.trim() ?? "");
  const header = all.length > 1 && firsts[0] && firsts.filter((f) => f === firsts[0]).length >= Math.ceil(all.length * 0.6) ? firsts[0] : null;
  const out: string[] = [];
  for (const lines of all) {
    const body = lines.filter((l, i) => !(PAGE_NUMBER.test(l.text.trim()) && (i === 0 || i === lines.length - 1)) && !(i === 0 && header && l.text.trim() === header));
    if (!body.length) continue;
    const wide = body.filter((l) => l.text.length > 30);
    const left = Math.min(...(wide.length ? wide : body).map((l) => l.x0));
    const right = Math.max(...(wide.length ? wide : body).map((l) => l.x1));
    const gaps = body.slice(1).map((l, i) => body[i].y - l.y).filter((g) => g > 0);
    const step = median(gaps) || 12;
    let prev: Line | null = null;
    for (const line of body) {
      const gap = prev ? prev.y - line.y : 0;
      const paragraphBreak = prev && (gap > 1.5 * step || gap < 0);
      const ranToMargin = prev && prev.x1 >= right - 0.1 * (right - left) && right - left > 100;
      const continues = prev && !paragraphBreak && ranToMargin && !STARTS_ITEM.test(line.text.trim()) && line.x0 <= left + 0.25 * (right - left);
      if (continues) {
        const last = out[out.length - 1];
        // a word hyphenated at the line end is joined back; any other line end is a space
        out[out.length - 1] = /[а-яё]-$/i.test(last) && /^[а-яё]/.test(line.text.trim()) ? last.slice(0, -1) + line.text.trim() : `${last} ${line.text.trim()}`;
      }
      else {
        if (paragraphBreak && out.length && out[out.length - 1] !== "") out.push("");
        out.push(line.text.replace(/^\s+/, ""));
      }
      prev = line;
    }
    out.push("");
  }
  while (out.length && out[out.length - 1] === "") out.pop();
  return out.join("\n");
}
