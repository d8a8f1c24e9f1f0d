// Duplicates in an organisation list: one code on several rows (the first row is taken), one
// name under two codes, and names that are nearly the same (./names.ts). Names are compared
// within the list and against «Организации» rows the list does not update.

import type { Organisation } from "../model";
import { nearSame, prepareName, type PreparedName } from "./names";
import type { ListedOrganisation } from "./read-list";
import type { DuplicateNote, ListProblem } from "./types";

/** How codes are matched: as the свод matches keys (case and spaces do not count). */
export function codeKey(code: string): string {
  return code.trim().replace(/\s+/g, " ").toLowerCase();
}

/** «2, 7 и 9». */
function listRu(items: string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} и ${items[items.length - 1]}`;
}

/** Keeps the first row of each code; later rows with the same code are refused and noted. */
export function dropRepeatedCodes(rows: ListedOrganisation[]): { rows: ListedOrganisation[]; problems: ListProblem[]; duplicates: DuplicateNote[] } {
  const byCode = new Map<string, ListedOrganisation[]>();
  for (const r of rows) {
    const k = codeKey(r.org.code);
    const group = byCode.get(k);
    if (group) group.push(r);
    else byCode.set(k, [r]);
  }
  const kept: ListedOrganisation[] = [];
  const problems: ListProblem[] = [];
  const duplicates: DuplicateNote[] = [];
  for (const group of byCode.values()) {
    const [first, ...rest] = group;
    kept.push(first);
    if (rest.length === 0) continue;
    const times = group.length === 2 ? "дважды" : `${group.length} ${group.length < 5 ? "раза" : "раз"}`;
    const lines = listRu(group.map((r) => String(r.line)));
    if (first.codeGiven) {
      // She wrote no code: the repeat is of the name.
      const name = first.org.shortName || first.org.fullName;
      duplicates.push({ message: `Организация ${name} указана в списке ${times} (строки ${lines}) — взята строка ${first.line}.`, codes: [first.org.code] });
      for (const r of rest) problems.push({ line: r.line, refused: true, message: `Строка ${r.line}: организация ${name} уже была в строке ${first.line} — строка не взята.` });
      continue;
    }
    duplicates.push({
      message: `Код ${first.org.code} указан в списке ${times} (строки ${lines}) — взята строка ${first.line}.`,
      codes: [first.org.code],
    });
    for (const r of rest) problems.push({ line: r.line, refused: true, message: `Строка ${r.line}: код ${r.org.code} уже был в строке ${first.line} — строка не взята.` });
  }
  kept.sort((a, b) => a.line - b.line);
  return { rows: kept, problems, duplicates };
}

interface Entry {
  code: string;
  codeKey: string;
  inList: boolean;
  names: PreparedName[];
}

function entry(o: Organisation, inList: boolean): Entry {
  const texts = [o.shortName, o.fullName].filter((t, i, all) => t !== "" && all.indexOf(t) === i);
  return { code: o.code, codeKey: codeKey(o.code), inList, names: texts.map(prepareName) };
}

const whereNote = (a: Entry, b: Entry): string => {
  const old = [a, b].filter((e) => !e.inList).map((e) => e.code);
  return old.length ? `; ${old.join(", ")} уже есть в «Организациях»` : "";
};

type Match = { kind: "same" | "near"; a: string; b: string };

/**
 * Pairs of different codes whose names are the same (`duplicates`) or nearly the same
 * (`nearDuplicates`). `listed` are the list's organisations; `existing` is «Организации».
 */
export function findNameDuplicates(listed: Organisation[], existing: Organisation[]): { duplicates: DuplicateNote[]; nearDuplicates: DuplicateNote[] } {
  const listCodes = new Set(listed.map((o) => codeKey(o.code)));
  const entries = [...listed.map((o) => entry(o, true)), ...existing.filter((o) => !listCodes.has(codeKey(o.code))).map((o) => entry(o, false))];

  // Names with different numbers are never alike, so only names with the same numbers are compared.
  const buckets = new Map<string, { at: number; name: PreparedName }[]>();
  entries.forEach((e, at) => {
    for (const name of e.names) {
      const bucket = buckets.get(name.numbers);
      if (bucket) bucket.push({ at, name });
      else buckets.set(name.numbers, [{ at, name }]);
    }
  });
  const matches = new Map<string, Match & { i: number; j: number }>();
  for (const bucket of buckets.values()) {
    for (let x = 0; x < bucket.length; x++) {
      for (let y = x + 1; y < bucket.length; y++) {
        const [p, q] = bucket[x].at <= bucket[y].at ? [bucket[x], bucket[y]] : [bucket[y], bucket[x]];
        const a = entries[p.at];
        const b = entries[q.at];
        if (!a.inList || a.codeKey === b.codeKey) continue; // two old rows are not the list's business
        const kind = p.name.key === q.name.key ? "same" : nearSame(p.name, q.name) ? "near" : null;
        if (!kind) continue;
        const id = `${p.at}:${q.at}`;
        const known = matches.get(id);
        if (!known || (known.kind === "near" && kind === "same")) matches.set(id, { kind, a: p.name.text, b: q.name.text, i: p.at, j: q.at });
      }
    }
  }

  const duplicates: DuplicateNote[] = [];
  const nearDuplicates: DuplicateNote[] = [];
  for (const m of [...matches.values()].sort((x, y) => x.i - y.i || x.j - y.j)) {
    const a = entries[m.i];
    const b = entries[m.j];
    if (m.kind === "same") {
      duplicates.push({ message: `Одно и то же название у кодов ${a.code} и ${b.code}: ${m.a}${whereNote(a, b)}.`, codes: [a.code, b.code] });
    } else {
      nearDuplicates.push({
        message: `${m.a} (${a.code}) и ${m.b} (${b.code}) — похоже, одна и та же организация${whereNote(a, b)}.`,
        codes: [a.code, b.code],
      });
    }
  }
  return { duplicates, nearDuplicates };
}
