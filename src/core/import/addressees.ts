// Resolves executor phrases as written in a document («Руководителям общеобразовательных
// организаций») to organisation codes, through the `Адресаты` table; for a phrase seen for
// the first time it suggests a mapping from `Организации` (types, groups, names), which the
// methodologist confirms in `Адресаты`.

import type { Organisation } from "../model";
import type { Row } from "../workbook/port";
import { AddresseesTable } from "../workbook/tables/addressees";

export interface AddresseeMapping {
  phrase: string;
  /** Organisation codes, when the phrase names particular organisations. */
  codes: string[];
  /** A group (an organisation group or one of BUILT_IN_GROUPS), when the phrase names a group. */
  group: string;
  confirmed: boolean;
}

/** Groups every district has, defined by organisation type. */
export const BUILT_IN_GROUPS: Record<string, string[]> = {
  "все образовательные организации": ["ОО", "ДОО", "УДО"],
  "все общеобразовательные организации": ["ОО"],
  "все дошкольные образовательные организации": ["ДОО"],
  "все организации дополнительного образования": ["УДО"],
};

export function normalisePhrase(s: string): string {
  return s
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[«»"“”„]/g, "")
    .replace(/[‐‑‒–—―−]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s.,;:]+$/, "");
}

/** Codes of the organisations a group means. */
export function groupMembers(group: string, orgs: Organisation[]): string[] {
  const g = normalisePhrase(group);
  const types = Object.entries(BUILT_IN_GROUPS).find(([name]) => name === g)?.[1];
  if (types) return orgs.filter((o) => types.includes(o.type)).map((o) => o.code);
  return orgs.filter((o) => o.groups.some((x) => normalisePhrase(x) === g)).map((o) => o.code);
}

/** Codes a mapping stands for. */
export function mappingCodes(m: AddresseeMapping, orgs: Organisation[]): string[] {
  const codes = new Set(m.codes);
  if (m.group) for (const c of groupMembers(m.group, orgs)) codes.add(c);
  return [...codes];
}

// Word stems: Russian case endings vary («управлению», «управление»), so compare the first letters.
const stem = (w: string) => w.slice(0, Math.max(4, Math.min(6, w.length - 2)));
const STOP = new Set(["и", "в", "по", "на", "с", "для", "всем", "муниципального", "муниципальное", "муниципальному"]);

function stems(s: string): string[] {
  return normalisePhrase(s)
    .split(/[^a-zа-я0-9№]+/)
    .filter((w) => w && !STOP.has(w))
    .map(stem);
}

/** Which built-in group a generic phrase means, if any. */
function groupOf(p: string): string | null {
  if (!/(организаци|учреждени|школ|руководител|директор)/.test(p)) return null;
  // «дошкольных» contains «школ»: kindergartens are recognised first.
  if (/дошкольн|детск(ий|их|им) сад/.test(p)) return "все дошкольные образовательные организации";
  if (/общеобразовательн|(^|[^а-я])школ/.test(p)) return "все общеобразовательные организации";
  if (/дополнительного образования/.test(p)) return "все организации дополнительного образования";
  if (/образовательн/.test(p)) return "все образовательные организации";
  return null;
}

/** Suggests a mapping for a phrase not yet in `Адресаты`. */
export function suggestMapping(phrase: string, orgs: Organisation[]): AddresseeMapping {
  const p = normalisePhrase(phrase);
  const none: AddresseeMapping = { phrase, codes: [], group: "", confirmed: false };

  // A named organisation wins over a generic group word: compare with names and aliases.
  const words = stems(phrase);
  let best: { code: string; score: number } | null = null;
  for (const o of orgs) {
    for (const name of [o.shortName, o.fullName, ...o.aliases]) {
      if (!name) continue;
      const n = stems(name);
      if (!n.length) continue;
      const hit = n.filter((w) => words.includes(w)).length;
      const score = hit / Math.max(n.length, words.length);
      if (normalisePhrase(name) && p.includes(normalisePhrase(name))) return { ...none, codes: [o.code] };
      if (score > (best?.score ?? 0)) best = { code: o.code, score };
    }
  }
  const group = groupOf(p);
  if (group && !/(управлени|отдел|комитет)/.test(p)) return { ...none, group };
  if (/(управлени|отдел|комитет)[а-я]* (образовани|по образованию)/.test(p)) {
    const uo = orgs.filter((o) => o.type === "УО");
    if (uo.length === 1) return { ...none, codes: [uo[0].code] };
  }
  if (/(методическ|имц|ресурсн)/.test(p)) {
    const mku = orgs.filter((o) => o.type === "МКУ" && /(методическ|имц|ресурсн)/i.test(`${o.shortName} ${o.fullName} ${o.aliases.join(" ")}`));
    if (mku.length === 1) return { ...none, codes: [mku[0].code] };
  }
  if (best && best.score >= 0.5) return { ...none, codes: [best.code] };
  if (group) return { ...none, group };
  return none;
}

/** Mappings of `Адресаты` rows by normalised phrase. */
export function mappingsFromRows(rows: Row[]): Map<string, AddresseeMapping> {
  const mappings = new Map<string, AddresseeMapping>();
  for (const row of rows) {
    const r = AddresseesTable.read(row);
    if (!r.phrase) continue;
    mappings.set(normalisePhrase(r.phrase), { phrase: r.phrase, codes: r.organisations, group: r.group, confirmed: r.confirmed });
  }
  return mappings;
}

export interface Resolution {
  /** Organisation codes for all executor phrases together. */
  codes: string[];
  /** Phrases with no mapping in `Адресаты` yet, with the suggestion made for each. */
  suggested: AddresseeMapping[];
  /** Phrases that resolve to no organisation. */
  unresolved: string[];
}

/** Resolves a directive's executor phrases through existing mappings, suggesting the missing ones. */
export function resolveExecutors(
  executors: string[],
  mappings: Map<string, AddresseeMapping>,
  orgs: Organisation[],
): Resolution {
  const codes = new Set<string>();
  const suggested: AddresseeMapping[] = [];
  const unresolved: string[] = [];
  for (const phrase of executors) {
    let m = mappings.get(normalisePhrase(phrase));
    if (!m) {
      m = suggestMapping(phrase, orgs);
      suggested.push(m);
    }
    const found = mappingCodes(m, orgs);
    if (!found.length) unresolved.push(phrase);
    found.forEach((c) => codes.add(c));
  }
  return { codes: [...codes].sort(), suggested, unresolved };
}
