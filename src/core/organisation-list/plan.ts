// What a list will change in «Организации»: rows with a new code are added; a row whose code
// is already there is merged into it (what the list leaves empty keeps its value, other names
// are added to the old ones) and counts as updated only when something differs. Rows the
// list does not mention are never touched.

import type { Organisation } from "../model";
import { codeKey } from "./duplicates";
import type { ListedOrganisation } from "./read-list";
import type { ListProblem } from "./types";

export interface ListPlan {
  organisations: Organisation[];
  added: string[];
  updated: string[];
  /** Notes about types guessed or left empty for the rows taken. */
  notes: ListProblem[];
}

function union(a: string[], b: string[]): string[] {
  const out = [...a];
  for (const v of b) if (!out.some((x) => x.toLowerCase() === v.toLowerCase())) out.push(v);
  return out;
}

function merge(old: Organisation, row: ListedOrganisation): Organisation {
  const o = row.org;
  return {
    code: old.code, // the key is never rewritten
    shortName: o.shortName || old.shortName,
    fullName: o.fullName || old.fullName,
    type: row.typeFrom === "list" ? o.type : old.type || o.type,
    groups: o.groups.length ? o.groups : old.groups,
    aliases: union(old.aliases, o.aliases),
    email: o.email || old.email,
    head: o.head || old.head,
  };
}

const asCells = (o: Organisation): string[] => [o.shortName, o.fullName, o.type, o.groups.join("; "), o.aliases.join("; "), o.email, o.head].map((s) => s.trim());

function differs(a: Organisation, b: Organisation): boolean {
  const x = asCells(a);
  const y = asCells(b);
  return x.some((v, i) => v !== y[i]);
}

export function planOrganisationList(rows: ListedOrganisation[], existing: Organisation[]): ListPlan {
  const byCode = new Map(existing.map((o) => [codeKey(o.code), o]));
  const plan: ListPlan = { organisations: [], added: [], updated: [], notes: [] };
  for (const row of rows) {
    const old = byCode.get(codeKey(row.org.code));
    const org = old ? merge(old, row) : row.org;
    // A guess is only used (and worth a note) when the свод has no type for the code either.
    if (row.typeNote && !(old && old.type && row.typeFrom !== "list")) {
      plan.notes.push({ line: row.line, message: `Строка ${row.line} (${org.code}): ${row.typeNote}.` });
    }
    if (!old) {
      plan.organisations.push(org);
      plan.added.push(org.code);
    } else if (differs(old, org)) {
      plan.organisations.push(org);
      plan.updated.push(org.code);
    }
  }
  return plan;
}
