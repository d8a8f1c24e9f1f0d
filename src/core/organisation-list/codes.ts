// Codes for a list of names alone. A name already in «Организации» (the same, or nearly the
// same by ./names.ts) takes that organisation's code; a name repeated in the list takes the code
// of its first row (and is then refused as a repeat); any other gets the next free code of its
// type: «ОО-07» after the highest «ОО-NN» of the свод. The same list pasted into the same свод
// gets the same codes, and pasted again later finds its organisations by name.

import type { Organisation } from "../model";
import { nearSame, prepareName, type PreparedName } from "./names";
import type { ListedOrganisation } from "./read-list";

/** Prefix of generated codes for organisations whose type is not known. */
export const UNTYPED_PREFIX = "ОРГ";

/** A code this list gave to a new organisation. */
export interface GivenCode {
  line: number;
  code: string;
  name: string;
}

/** A row of the list recognised by its name as an organisation of the свод. */
export interface NameMatch {
  line: number;
  code: string;
  name: string;
  /** The свод's name it was matched to. */
  matched: string;
  /** Matched as nearly the same name, not the same one. */
  near: boolean;
}

export interface CodeAssignment {
  rows: ListedOrganisation[];
  given: GivenCode[];
  matched: NameMatch[];
}

const namesOf = (o: Organisation): string[] => [o.shortName, o.fullName, ...o.aliases].filter((t) => t.trim() !== "");
const displayName = (o: Organisation): string => o.shortName || o.fullName;

interface Known {
  org: Organisation;
  names: PreparedName[];
}

/** The свод's organisation this name means: the same name first, else the only nearly-same one. */
function findByName(names: PreparedName[], known: Known[]): { org: Organisation; near: boolean } | null {
  const keys = new Set(names.map((n) => n.key));
  const same = known.find((k) => k.names.some((n) => keys.has(n.key)));
  if (same) return { org: same.org, near: false };
  // Two candidates mean the name does not tell which one: a new code, and the look-alike check says so.
  const near = known.filter((k) => k.names.some((n) => names.some((m) => nearSame(m, n))));
  return near.length === 1 ? { org: near[0].org, near: true } : null;
}

/** Next number per prefix, after the highest code «PREFIX-NN» already taken. */
class CodeCounter {
  private next = new Map<string, { n: number; width: number }>();

  constructor(taken: string[]) {
    for (const code of taken) {
      const m = /^(.+?)-(\d+)$/.exec(code.trim());
      if (!m) continue;
      const prefix = m[1].toUpperCase();
      const at = this.next.get(prefix) ?? { n: 1, width: 2 };
      this.next.set(prefix, { n: Math.max(at.n, Number(m[2]) + 1), width: Math.max(at.width, m[2].length) });
    }
  }

  take(prefix: string): string {
    const at = this.next.get(prefix) ?? { n: 1, width: 2 };
    this.next.set(prefix, { ...at, n: at.n + 1 });
    return `${prefix}-${String(at.n).padStart(at.width, "0")}`;
  }
}

export function assignCodes(rows: ListedOrganisation[], existing: Organisation[]): CodeAssignment {
  const known: Known[] = existing.map((org) => ({ org, names: namesOf(org).map(prepareName) }));
  const counter = new CodeCounter([...existing.map((o) => o.code), ...rows.map((r) => r.org.code)]);
  const givenByName = new Map<string, string>();
  const result: CodeAssignment = { rows: [], given: [], matched: [] };
  for (const row of rows) {
    if (!row.needsCode) {
      result.rows.push(row);
      continue;
    }
    const names = namesOf(row.org).map(prepareName);
    const name = displayName(row.org);
    const found = findByName(names, known);
    // The code's prefix already says the guessed type; only a type not found is worth a note.
    const typeNote = row.typeFrom === "guess" ? null : row.typeNote;
    if (found) {
      const code = found.org.code;
      result.matched.push({ line: row.line, code, name, matched: displayName(found.org), near: found.near });
      // The свод keeps its names; a nearly-same spelling is kept as another name, for reports that use it.
      const aliases = found.near && !found.org.aliases.includes(name) ? [...row.org.aliases, name] : row.org.aliases;
      result.rows.push({ ...row, org: { ...row.org, code, shortName: "", fullName: "", aliases }, typeNote, needsCode: false });
      continue;
    }
    const repeated = names.map((n) => givenByName.get(n.key)).find(Boolean);
    const code = repeated ?? counter.take(row.org.type || UNTYPED_PREFIX);
    if (!repeated) result.given.push({ line: row.line, code, name });
    for (const n of names) if (!givenByName.has(n.key)) givenByName.set(n.key, code);
    result.rows.push({ ...row, org: { ...row.org, code }, typeNote, needsCode: false, codeGiven: true });
  }
  return result;
}

/** «ОО-01…ОО-12, ДОО-01, ДОО-02»: runs of three or more consecutive codes of one prefix shortened. */
export function codeRanges(codes: string[]): string {
  const runs: { prefix: string; n: number; codes: string[] }[] = [];
  for (const code of codes) {
    const m = /^(.+?)-(\d+)$/.exec(code);
    const last = runs[runs.length - 1];
    if (m && last && last.prefix === m[1] && Number(m[2]) === last.n + 1) {
      last.n++;
      last.codes.push(code);
    } else runs.push({ prefix: m ? m[1] : "", n: m ? Number(m[2]) : NaN, codes: [code] });
  }
  return runs.map((r) => (r.codes.length > 2 ? `${r.codes[0]}…${r.codes[r.codes.length - 1]}` : r.codes.join(", "))).join(", ");
}
