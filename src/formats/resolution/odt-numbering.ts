// OpenDocument's automatic numbering, computed as LibreOffice prints it. A list style
// (text:list-style, or the outline style for numbered headings) gives each level a format
// (style:num-format «1», «a», «I», «а» …), a prefix and suffix, how many levels the label shows
// (text:display-levels: «2.1.») and a start value. Counters live in a list: a text:list starts
// one unless it continues an earlier one (text:continue-numbering, text:continue-list), and a
// list item may restart it (text:start-value).
//
// The bounds are those of the .docx reader (word-numbering.ts): start values 0..32767, label
// templates within 100 characters; ODF's own ten levels are the most a list can nest.
import { ResolutionFileError } from "./errors";
import { bulletText, formatNumber, MAX_LABEL_TEMPLATE, MAX_START, type ListLabel } from "./word-numbering";

export const TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
export const STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
const LO_NS = "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0";
/** ODF lists have ten levels. */
export const MAX_ODF_LEVEL = 10;

interface OdfLevel {
  bullet: string | null;
  numFormat: string;
  prefix: string;
  suffix: string;
  displayLevels: number;
  start: number;
  /** LibreOffice's own template («%1%.%2%.»), when it writes one. */
  template: string | null;
  followedBy: string;
}

export type ListStyle = Map<number, OdfLevel>;

function damaged(fileName: string, what: string): ResolutionFileError {
  return new ResolutionFileError(`Файл «${fileName}» повреждён или составлен не в офисной программе: ${what}. Откройте его и сохраните заново.`);
}

export function startValue(raw: string | null, fileName: string): number | null {
  if (raw === null || raw === "") return null;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > MAX_START) {
    throw damaged(fileName, `нумерация списка начинается с ${raw.slice(0, 30)}, а допустимы номера от 0 до 32 767`);
  }
  return n;
}

function boundedText(raw: string | null, fileName: string): string {
  const s = raw ?? "";
  if (s.length > MAX_LABEL_TEMPLATE) throw damaged(fileName, `образец номера списка длиной ${s.length} знаков`);
  return s;
}

// ODF num-format → the Word format name formatNumber prints. LibreOffice names its Cyrillic
// alphabets by example: «а, б, .., аа, аб, ... (ru)», «А, Б, .., Аа, Аб, ... (ru)».
const FORMATS: Record<string, string> = {
  "1": "decimal", a: "lowerLetter", A: "upperLetter", i: "lowerRoman", I: "upperRoman", "а": "russianLower", "А": "russianUpper", "": "none",
};

function wordFormat(numFormat: string | undefined): string {
  const f = numFormat ?? "1";
  if (FORMATS[f]) return FORMATS[f];
  if (/^а,/.test(f)) return "russianLower";
  if (/^А,/.test(f)) return "russianUpper";
  return "decimal";
}

function readLevel(el: Element, fileName: string): [number, OdfLevel] {
  const level = Number(el.getAttributeNS(TEXT_NS, "level") || "1");
  if (!Number.isInteger(level) || level < 1 || level > MAX_ODF_LEVEL) {
    throw damaged(fileName, `уровень списка ${String(el.getAttributeNS(TEXT_NS, "level")).slice(0, 30)}, а в списке десять уровней`);
  }
  const display = Number(el.getAttributeNS(TEXT_NS, "display-levels") || "1");
  let followedBy = "\t";
  const align = el.getElementsByTagNameNS(STYLE_NS, "list-level-label-alignment")[0];
  const follow = align?.getAttributeNS(TEXT_NS, "label-followed-by");
  if (follow === "space") followedBy = " ";
  else if (follow === "nothing") followedBy = "";
  const isBullet = el.localName === "list-level-style-bullet";
  const isImage = el.localName === "list-level-style-image";
  return [
    level,
    {
      bullet: isBullet ? bulletText(el.getAttributeNS(TEXT_NS, "bullet-char") || "•") : isImage ? "•" : null,
      numFormat: el.hasAttributeNS(STYLE_NS, "num-format") ? el.getAttributeNS(STYLE_NS, "num-format") ?? "" : isBullet || isImage ? "" : "1",
      prefix: boundedText(el.getAttributeNS(STYLE_NS, "num-prefix"), fileName),
      suffix: boundedText(el.getAttributeNS(STYLE_NS, "num-suffix"), fileName),
      displayLevels: Number.isInteger(display) ? Math.max(1, Math.min(display, level)) : 1,
      start: startValue(el.getAttributeNS(TEXT_NS, "start-value"), fileName) ?? 1,
      template: el.hasAttributeNS(LO_NS, "num-list-format") ? boundedText(el.getAttributeNS(LO_NS, "num-list-format"), fileName) : null,
      followedBy,
    },
  ];
}

/** List styles by name (automatic styles of content.xml and the styles of styles.xml), and the outline style. */
export function readListStyles(docs: (Document | null)[], fileName: string): { styles: Map<string, ListStyle>; outline: ListStyle | null } {
  const styles = new Map<string, ListStyle>();
  let outline: ListStyle | null = null;
  for (const doc of docs) {
    if (!doc) continue;
    for (const kind of ["list-style", "outline-style"]) {
      const found = doc.getElementsByTagNameNS(TEXT_NS, kind);
      for (let k = 0; k < found.length; k++) {
        const el = found[k];
        const levels: ListStyle = new Map();
        for (let n = el.firstChild; n; n = n.nextSibling) {
          if (n.nodeType === 1 && /^(list-level-style-|outline-level-style)/.test((n as Element).localName)) {
            const [lvl, def] = readLevel(n as Element, fileName);
            levels.set(lvl, def);
          }
        }
        if (kind === "outline-style") outline = levels;
        else styles.set(el.getAttributeNS(STYLE_NS, "name") ?? "", levels);
      }
    }
  }
  return { styles, outline };
}

/** The counters of one list (a text:list and the lists that continue it). */
export class OdfList {
  private counts: number[] = [];
  constructor(readonly style: ListStyle | null) {}

  /** Counts an item at `level` (1-based) and returns its printed label; null for none. */
  label(level: number, restartAt: number | null): ListLabel | null {
    const def = this.style?.get(level) ?? null;
    const startOf = (l: number) => this.style?.get(l)?.start ?? 1;
    for (let l = 1; l < level; l++) this.counts[l] ??= startOf(l);
    this.counts[level] = restartAt ?? (this.counts[level] === undefined ? startOf(level) : this.counts[level] + 1);
    this.counts.length = level + 1; // deeper levels start again
    if (!def) return null;
    if (def.bullet) return { text: def.bullet, suffix: def.followedBy };
    const number = (l: number) => formatNumber(this.counts[l] ?? startOf(l), wordFormat(this.style?.get(l)?.numFormat));
    let text: string;
    if (def.template !== null) {
      text = def.template.replace(/%(\d+)%/g, (_, k: string) => (Number(k) >= 1 && Number(k) <= level ? number(Number(k)) : ""));
    } else {
      if (wordFormat(def.numFormat) === "none") return null;
      const shown: string[] = [];
      for (let l = level - def.displayLevels + 1; l <= level; l++) shown.push(number(l));
      text = def.prefix + shown.join(".") + def.suffix;
    }
    return text.trim() ? { text: text.trim(), suffix: def.followedBy } : null;
  }
}
