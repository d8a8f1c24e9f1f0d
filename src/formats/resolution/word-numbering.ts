// Word's automatic numbering is not in the paragraph text: it lives in numbering.xml as
// abstract definitions (levels with start, numFmt, lvlText like "%1.%2.", lvlRestart, isLgl,
// suff) and instances (w:num) that may restart a level (startOverride) or replace it
// (lvlOverride/lvl). This module replays the counters paragraph by paragraph so «2.3.1» comes
// out as Word prints it.
//
// Bounds, checked as the definitions are read: a start value must lie in Word's 0..32767, a level
// in 0..8 and a label template within 100 characters. A 2 KB file declaring a list that starts
// at 10^15 in Roman numerals would otherwise build a label of 10^12 «M». Counters that grow past
// what a numeral can print in a few characters are printed in digits.
import { ResolutionFileError } from "./errors";

export interface LevelDef {
  start: number;
  numFmt: string;
  lvlText: string;
  /** Restart after a level with ilvl below this (Word's lvlRestart is 1-based); 0 = never. */
  restartBelow: number | null;
  /** «Legal» numbering: every %n printed as a decimal. */
  isLgl: boolean;
  /** What follows the label: a tab (Word's default), a space or nothing. */
  suffix: "\t" | " " | "";
  /** A paragraph style tied to this level (headings numbered through their style). */
  pStyle: string | null;
}

export interface NumberingDefs {
  /** abstractNumId → levels by ilvl. */
  abstract: Map<string, Map<number, LevelDef>>;
  /** abstractNumId → the numbering style it borrows its levels from (w:numStyleLink). */
  styleLinks: Map<string, string>;
  /** numId → its abstract definition, per-level start overrides and replaced levels. */
  instances: Map<string, { abstractId: string; overrides: Map<number, number>; levels: Map<number, LevelDef> }>;
}

/** Word's own limits: start values 0..32767, levels 0..8. */
export const MAX_START = 32767;
export const MAX_LEVEL = 8;
/** A label template («%1.%2.») longer than this is not a list label. */
export const MAX_LABEL_TEMPLATE = 100;

function damaged(fileName: string, what: string): ResolutionFileError {
  return new ResolutionFileError(
    `Файл «${fileName}» повреждён или составлен не в Word: ${what}. Откройте его в Word и сохраните как .docx заново.`,
  );
}

/** A start value as Word allows it; anything else refuses the file. */
function startValue(raw: string | null, fileName: string): number {
  if (raw === null) return 1;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > MAX_START) {
    throw damaged(fileName, `нумерация списка начинается с ${raw.slice(0, 30)}, а Word допускает номера от 0 до 32 767`);
  }
  return n;
}

/** A list level (ilvl) as Word allows it: 0..8. */
export function levelValue(raw: string | number | null, fileName: string): number {
  if (raw === null) return 0;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > MAX_LEVEL) {
    throw damaged(fileName, `уровень списка ${String(raw).slice(0, 30)}, а в Word у списка девять уровней (0–8)`);
  }
  return n;
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

function attr(el: Element | null | undefined, name: string): string | null {
  if (!el) return null;
  return el.getAttributeNS(W, name) || el.getAttribute(`w:${name}`);
}

function child(el: Element, name: string): Element | null {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).localName === name) return n as Element;
  }
  return null;
}

function children(el: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).localName === name) out.push(n as Element);
  }
  return out;
}

/** An on/off property: present without w:val, or with a true value. */
function isOn(el: Element | null): boolean {
  if (!el) return false;
  const v = attr(el, "val");
  return v === null || !/^(0|false|off)$/i.test(v);
}

function readLevel(lvl: Element, fileName: string): LevelDef {
  const restart = attr(child(lvl, "lvlRestart"), "val");
  const suff = attr(child(lvl, "suff"), "val");
  const lvlText = attr(child(lvl, "lvlText"), "val") ?? "";
  if (lvlText.length > MAX_LABEL_TEMPLATE) throw damaged(fileName, `образец номера списка длиной ${lvlText.length} знаков`);
  return {
    start: startValue(attr(child(lvl, "start"), "val"), fileName),
    numFmt: attr(child(lvl, "numFmt"), "val") ?? "decimal",
    lvlText,
    restartBelow: restart === null ? null : Number(restart),
    isLgl: isOn(child(lvl, "isLgl")),
    suffix: suff === "space" ? " " : suff === "nothing" ? "" : "\t",
    pStyle: attr(child(lvl, "pStyle"), "val"),
  };
}

export function readNumberingDefs(root: Element | null, fileName = "без имени"): NumberingDefs {
  const defs: NumberingDefs = { abstract: new Map(), styleLinks: new Map(), instances: new Map() };
  if (!root) return defs;
  for (const a of children(root, "abstractNum")) {
    const id = attr(a, "abstractNumId") ?? "";
    const levels = new Map<number, LevelDef>();
    for (const lvl of children(a, "lvl")) levels.set(levelValue(attr(lvl, "ilvl"), fileName), readLevel(lvl, fileName));
    defs.abstract.set(id, levels);
    const link = attr(child(a, "numStyleLink"), "val");
    if (link) defs.styleLinks.set(id, link);
  }
  for (const num of children(root, "num")) {
    const overrides = new Map<number, number>();
    const levels = new Map<number, LevelDef>();
    for (const o of children(num, "lvlOverride")) {
      const ilvl = levelValue(attr(o, "ilvl"), fileName);
      const lvl = child(o, "lvl");
      const replaced = lvl ? readLevel(lvl, fileName) : null;
      if (replaced) levels.set(ilvl, replaced);
      const so = child(o, "startOverride");
      if (so) overrides.set(ilvl, startValue(attr(so, "val"), fileName));
      else if (replaced && lvl && child(lvl, "start")) overrides.set(ilvl, replaced.start);
    }
    defs.instances.set(attr(num, "numId") ?? "", { abstractId: attr(child(num, "abstractNumId"), "val") ?? "", overrides, levels });
  }
  return defs;
}

const RUSSIAN_LOWER = "абвгдежзиклмнопрстуфхцчшщэюя";

function toRoman(n: number): string {
  const table: [number, string][] = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let out = "";
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

/** Letters repeat past the alphabet («aa», «bb»): beyond this many the number is printed in digits. */
const MAX_LETTER_REPEAT = 10;

function letters(n: number, alphabet: string): string {
  if (n < 1) return String(n);
  const len = alphabet.length;
  const letter = alphabet[(n - 1) % len];
  const repeat = Math.floor((n - 1) / len) + 1;
  return repeat > MAX_LETTER_REPEAT ? String(n) : letter.repeat(repeat);
}

export function formatNumber(n: number, numFmt: string): string {
  // Roman numerals past 3999 would need a run of «M» as long as the number: digits instead
  if ((numFmt === "lowerRoman" || numFmt === "upperRoman") && (n < 1 || n > 3999)) return String(n);
  switch (numFmt) {
    case "lowerLetter": return letters(n, "abcdefghijklmnopqrstuvwxyz");
    case "upperLetter": return letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    case "lowerRoman": return toRoman(n).toLowerCase();
    case "upperRoman": return toRoman(n);
    case "russianLower": return letters(n, RUSSIAN_LOWER);
    case "russianUpper": return letters(n, RUSSIAN_LOWER.toUpperCase());
    case "decimalZero": return String(n).padStart(2, "0");
    case "none": return "";
    default: return String(n);
  }
}

// Bullets the parser recognises; Word's others (Courier «o», Wingdings «§», symbol-font
// private-use characters, picture bullets) are printed as «•».
const KNOWN_BULLETS = /^[-–—•·*▪►○●◦‣⁃✓✔➢➤→\uF0B7\uF0A7\uF076\uF0D8\uF0FC]$/;

export function bulletText(lvlText: string): string {
  const c = lvlText.trim();
  if (c === "o") return "◦";
  return KNOWN_BULLETS.test(c) ? c : "•";
}

/** A printed list label and what separates it from the text. */
export interface ListLabel {
  text: string;
  suffix: string;
}

/** Replays Word's list counters in document order. */
export class NumberingState {
  private counters = new Map<string, number[]>();
  private startedInstances = new Set<string>();

  constructor(
    private readonly defs: NumberingDefs,
    private readonly styleNumId: (style: string) => string | null = () => null,
    private readonly fileName = "без имени",
  ) {}

  /** Abstract definition of an instance, following numStyleLink to the style's own list. */
  private abstractOf(numId: string, depth = 0): { id: string; levels: Map<number, LevelDef> } | null {
    const inst = this.defs.instances.get(numId);
    if (!inst || depth > 3) return null;
    const link = this.defs.styleLinks.get(inst.abstractId);
    const levels = this.defs.abstract.get(inst.abstractId);
    if (link && (!levels || levels.size === 0)) {
      const linked = this.styleNumId(link);
      if (linked && linked !== numId) return this.abstractOf(linked, depth + 1);
    }
    return levels ? { id: inst.abstractId, levels } : null;
  }

  /** The level of list `numId` tied to paragraph style `style` (w:lvl/w:pStyle), if any. */
  levelForStyle(numId: string, style: string): number | null {
    const a = this.abstractOf(numId);
    if (!a) return null;
    for (const [ilvl, def] of a.levels) if (def.pStyle === style) return ilvl;
    return null;
  }

  /** The label Word prints before a paragraph of list `numId` at level `ilvl`; null for none. */
  label(numId: string, ilvl: number): ListLabel | null {
    if (numId === "0") return null;
    levelValue(ilvl, this.fileName);
    const inst = this.defs.instances.get(numId);
    const a = this.abstractOf(numId);
    if (!inst || !a) return null;
    const levelOf = (l: number) => inst.levels.get(l) ?? a.levels.get(l);
    const level = levelOf(ilvl);
    if (!level) return null;
    let counts = this.counters.get(a.id);
    if (!counts) {
      counts = [];
      this.counters.set(a.id, counts);
    }
    // an instance with start overrides restarts its list the first time it is used
    if (!this.startedInstances.has(numId)) {
      this.startedInstances.add(numId);
      for (const lvl of inst.overrides.keys()) for (let d = lvl; d < Math.max(counts.length, lvl + 1); d++) counts[d] = NaN;
    }
    const startOf = (l: number) => inst.overrides.get(l) ?? levelOf(l)?.start ?? 1;
    for (let l = 0; l < ilvl; l++) if (!Number.isFinite(counts[l])) counts[l] = startOf(l);
    counts[ilvl] = Number.isFinite(counts[ilvl]) ? counts[ilvl] + 1 : startOf(ilvl);
    for (let d = ilvl + 1; d < Math.max(counts.length, 9); d++) {
      // deeper levels restart unless their lvlRestart says to wait for a shallower level
      const restartBelow = levelOf(d)?.restartBelow ?? d;
      if (restartBelow !== 0 && ilvl < restartBelow) counts[d] = NaN;
    }
    if (level.numFmt === "bullet") return { text: bulletText(level.lvlText), suffix: level.suffix };
    const text = level.lvlText.replace(/%([1-9])/g, (_, k: string) => {
      const l = Number(k) - 1;
      const fmt = level.isLgl ? "decimal" : levelOf(l)?.numFmt ?? "decimal";
      return formatNumber(Number.isFinite(counts![l]) ? counts![l] : startOf(l), fmt);
    });
    return text.trim() ? { text: text.trim(), suffix: level.suffix } : null;
  }
}

export { attr, child, children, isOn, W };
