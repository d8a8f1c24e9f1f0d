// Word's automatic numbering is not in the paragraph text: it lives in numbering.xml as
// abstract definitions (levels with start, numFmt and lvlText like "%1.%2.") and instances
// (w:num) that may restart a level (lvlOverride/startOverride). This module replays the
// counters paragraph by paragraph so «2.3.1» comes out as Word prints it.

export interface LevelDef {
  start: number;
  numFmt: string;
  lvlText: string;
}

export interface NumberingDefs {
  /** abstractNumId → levels by ilvl. */
  abstract: Map<string, Map<number, LevelDef>>;
  /** numId → its abstract definition and per-level start overrides. */
  instances: Map<string, { abstractId: string; overrides: Map<number, number> }>;
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

function attr(el: Element | null | undefined, name: string): string | null {
  if (!el) return null;
  return el.getAttributeNS(W, name) ?? el.getAttribute(`w:${name}`);
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

export function readNumberingDefs(root: Element | null): NumberingDefs {
  const defs: NumberingDefs = { abstract: new Map(), instances: new Map() };
  if (!root) return defs;
  for (const a of children(root, "abstractNum")) {
    const levels = new Map<number, LevelDef>();
    for (const lvl of children(a, "lvl")) {
      const ilvl = Number(attr(lvl, "ilvl") ?? 0);
      levels.set(ilvl, {
        start: Number(attr(child(lvl, "start"), "val") ?? 1),
        numFmt: attr(child(lvl, "numFmt"), "val") ?? "decimal",
        lvlText: attr(child(lvl, "lvlText"), "val") ?? "",
      });
    }
    defs.abstract.set(attr(a, "abstractNumId") ?? "", levels);
  }
  for (const num of children(root, "num")) {
    const overrides = new Map<number, number>();
    for (const o of children(num, "lvlOverride")) {
      const so = child(o, "startOverride");
      if (so) overrides.set(Number(attr(o, "ilvl") ?? 0), Number(attr(so, "val") ?? 1));
    }
    defs.instances.set(attr(num, "numId") ?? "", { abstractId: attr(child(num, "abstractNumId"), "val") ?? "", overrides });
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

function letters(n: number, alphabet: string): string {
  const len = alphabet.length;
  const letter = alphabet[(n - 1) % len];
  return letter.repeat(Math.floor((n - 1) / len) + 1);
}

export function formatNumber(n: number, numFmt: string): string {
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

/** Replays Word's list counters in document order. */
export class NumberingState {
  private counters = new Map<string, number[]>();
  private startedInstances = new Set<string>();

  constructor(private readonly defs: NumberingDefs) {}

  /** The label Word prints before a paragraph of list `numId` at level `ilvl`; null for none. */
  label(numId: string, ilvl: number): string | null {
    if (numId === "0") return null;
    const inst = this.defs.instances.get(numId);
    if (!inst) return null;
    const levels = this.defs.abstract.get(inst.abstractId);
    const level = levels?.get(ilvl);
    if (!levels || !level) return null;
    const key = inst.abstractId;
    let counts = this.counters.get(key);
    if (!counts) {
      counts = [];
      this.counters.set(key, counts);
    }
    // an instance with start overrides restarts its list the first time it is used
    if (!this.startedInstances.has(numId)) {
      this.startedInstances.add(numId);
      for (const [lvl, start] of inst.overrides) {
        counts[lvl] = start - 1;
        counts.length = Math.max(counts.length, lvl + 1);
        for (let d = lvl + 1; d < counts.length; d++) counts[d] = NaN;
      }
    }
    const startOf = (l: number) => inst.overrides.get(l) ?? levels.get(l)?.start ?? 1;
    for (let l = 0; l < ilvl; l++) if (!Number.isFinite(counts[l])) counts[l] = startOf(l);
    counts[ilvl] = Number.isFinite(counts[ilvl]) ? counts[ilvl] + 1 : startOf(ilvl);
    for (let d = ilvl + 1; d < counts.length; d++) counts[d] = NaN; // deeper levels restart
    if (level.numFmt === "bullet") return "•";
    return level.lvlText.replace(/%([1-9])/g, (_, k: string) => {
      const l = Number(k) - 1;
      const fmt = levels.get(l)?.numFmt ?? "decimal";
      return formatNumber(Number.isFinite(counts![l]) ? counts![l] : startOf(l), fmt);
    });
  }
}

export { attr, child, children, W };
