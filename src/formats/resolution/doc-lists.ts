// Word 97's automatic numbering, read into the .docx reader's model (word-numbering.ts) so the
// same counters print the labels: PlfLst (lists and their nine levels: start, format, label
// template) becomes the abstract definitions, PlfLfo (list instances with start overrides)
// becomes the instances, a paragraph's ilfo/ilvl the numId/ilvl. Paragraph properties come
// from the FKP pages of PlcBtePapx. All offsets are checked against the streams.
import type { DocStreams } from "./doc-streams";
import { u16, u32 } from "./doc-streams";
import { ResolutionFileError } from "./errors";
import { MAX_LABEL_TEMPLATE, MAX_START, type LevelDef, type NumberingDefs } from "./word-numbering";

export interface ParagraphProps {
  inTable: boolean;
  rowEnd: boolean;
  ilfo: number;
  ilvl: number;
}

const NONE: ParagraphProps = { inTable: false, rowEnd: false, ilfo: 0, ilvl: 0 };

interface FkpRun {
  fcStart: number;
  fcEnd: number;
  props: ParagraphProps;
}

/** Size of a sprm's operand at `p` (the sprm's two bytes already read). */
function operandSize(sprm: number, b: Uint8Array, p: number): number {
  switch (sprm >> 13) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
    default:
      if (sprm === 0xd608) return 2 + Math.max(0, u16(b, p) - 1); // sprmTDefTable: a two-byte size
      return 1 + (b[p] ?? 0);
  }
}

function readProps(b: Uint8Array, start: number, end: number): ParagraphProps {
  const props = { ...NONE };
  let p = start + 2; // istd first
  for (let k = 0; p + 2 <= end && k < 2000; k++) {
    const sprm = u16(b, p);
    p += 2;
    if (sprm === 0x2416) props.inTable = b[p] !== 0;
    else if (sprm === 0x2417) props.rowEnd = b[p] !== 0;
    else if (sprm === 0x460b) props.ilfo = u16(b, p);
    else if (sprm === 0x260a) props.ilvl = b[p];
    p += operandSize(sprm, b, p);
  }
  return props;
}

/** Paragraph properties by the byte offset of a paragraph's mark. */
export function paragraphProps(s: DocStreams): (fc: number) => ParagraphProps {
  const runs: FkpRun[] = [];
  const { fc, lcb } = s.fcLcb(13);
  if (Number.isFinite(fc + lcb) && lcb >= 8 && fc + lcb <= s.table.length && (lcb - 4) % 8 === 0) {
    const n = (lcb - 4) / 8;
    for (let k = 0; k < n && k < 20_000; k++) {
      const pn = u32(s.table, fc + 4 * (n + 1) + 4 * k);
      const page = s.word.subarray(pn * 512, pn * 512 + 512);
      if (page.length < 512) continue;
      const crun = page[511];
      for (let i = 0; i < crun && 4 * (crun + 1) + 13 * i < 511; i++) {
        const bOffset = page[4 * (crun + 1) + 13 * i];
        let props = NONE;
        if (bOffset) {
          const o = 2 * bOffset;
          const cb = page[o];
          const start = cb ? o + 1 : o + 2;
          const len = cb ? 2 * cb - 1 : 2 * page[o + 1];
          props = readProps(page, start, Math.min(start + len, 512));
        }
        runs.push({ fcStart: u32(page, 4 * i), fcEnd: u32(page, 4 * (i + 1)), props });
      }
    }
  }
  runs.sort((a, b) => a.fcStart - b.fcStart);
  return (at: number) => {
    let lo = 0;
    let hi = runs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (runs[mid].fcEnd <= at) lo = mid + 1;
      else if (runs[mid].fcStart > at) hi = mid - 1;
      else return runs[mid].props;
    }
    return NONE;
  };
}

// nfc → the Word format name formatNumber prints.
const NFC: Record<number, string> = { 0: "decimal", 1: "upperRoman", 2: "lowerRoman", 3: "upperLetter", 4: "lowerLetter", 22: "decimalZero", 23: "bullet", 255: "none", 58: "russianLower", 59: "russianUpper" };

function damaged(name: string, what: string): ResolutionFileError {
  return new ResolutionFileError(`Файл «${name}» повреждён: ${what}. Откройте его в Word и сохраните как .docx.`);
}

/** One LVL at `p`; returns the level and where the next structure starts. */
function readLvl(t: Uint8Array, p: number, name: string): { level: LevelDef; next: number } {
  if (p + 28 > t.length) throw damaged(name, "описание списка обрывается");
  const start = u32(t, p) | 0;
  if (start < 0 || start > MAX_START) throw damaged(name, `нумерация списка начинается с ${start}, а Word допускает номера от 0 до 32 767`);
  const nfc = t[p + 4];
  const flags = t[p + 5];
  const follow = t[p + 15];
  const restartLim = t[p + 26];
  let q = p + 28 + t[p + 25] + t[p + 24];
  const cch = u16(t, q);
  if (!Number.isFinite(cch) || q + 2 + 2 * cch > t.length) throw damaged(name, "описание списка обрывается");
  if (cch > MAX_LABEL_TEMPLATE) throw damaged(name, `образец номера списка длиной ${cch} знаков`);
  let lvlText = "";
  for (let i = 0; i < cch; i++) {
    const c = u16(t, q + 2 + 2 * i);
    lvlText += c < 9 ? `%${c + 1}` : String.fromCharCode(c);
  }
  q += 2 + 2 * cch;
  return {
    level: {
      start,
      numFmt: NFC[nfc] ?? "decimal",
      lvlText,
      restartBelow: flags & 0x08 ? restartLim : null,
      isLgl: (flags & 0x04) !== 0,
      suffix: follow === 1 ? " " : follow === 2 ? "" : "\t",
      pStyle: null,
    },
    next: q,
  };
}

/** The document's lists as NumberingDefs: abstract ids are lsids, instance ids are ilfo numbers. */
export function readDocLists(s: DocStreams, name: string): NumberingDefs {
  const defs: NumberingDefs = { abstract: new Map(), styleLinks: new Map(), instances: new Map() };
  const lst = s.fcLcb(73);
  const t = s.table;
  if (lst.lcb >= 2 && lst.fc + lst.lcb <= t.length) {
    const count = u16(t, lst.fc);
    if (count * 28 + 2 > lst.lcb) throw damaged(name, "таблица списков обрывается");
    let p = lst.fc + 2 + count * 28;
    for (let k = 0; k < count; k++) {
      const f = lst.fc + 2 + 28 * k;
      const lsid = String(u32(t, f) | 0);
      const levels = new Map<number, LevelDef>();
      const simple = (t[f + 26] & 1) !== 0;
      for (let l = 0; l < (simple ? 1 : 9); l++) {
        const { level, next } = readLvl(t, p, name);
        levels.set(l, level);
        p = next;
      }
      defs.abstract.set(lsid, levels);
    }
  }
  const lfo = s.fcLcb(74);
  if (lfo.lcb >= 4 && lfo.fc + lfo.lcb <= t.length) {
    const count = u32(t, lfo.fc);
    if (count * 16 + 4 > lfo.lcb) throw damaged(name, "таблица списков обрывается");
    let p = lfo.fc + 4 + 16 * count;
    for (let k = 0; k < count; k++) {
      const f = lfo.fc + 4 + 16 * k;
      const overrides = new Map<number, number>();
      const levels = new Map<number, LevelDef>();
      const clfolvl = t[f + 12];
      p += 4; // LFOData.cp
      for (let j = 0; j < clfolvl && p + 8 <= t.length; j++) {
        const startAt = u32(t, p) | 0;
        const flags = u32(t, p + 4);
        const ilvl = flags & 0x0f;
        p += 8;
        if (flags & 0x20) {
          const { level, next } = readLvl(t, p, name);
          levels.set(ilvl, level);
          p = next;
        }
        if (flags & 0x10) {
          if (startAt < 0 || startAt > MAX_START) throw damaged(name, `нумерация списка начинается с ${startAt}, а Word допускает номера от 0 до 32 767`);
          overrides.set(ilvl, startAt);
        }
      }
      defs.instances.set(String(k + 1), { abstractId: String(u32(t, f) | 0), overrides, levels });
    }
  }
  return defs;
}
