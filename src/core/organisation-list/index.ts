// An organisation list read against «Организации»: what will be added or updated, which rows
// are refused and why, and which entries look like the same organisation twice. Pure.

import type { GridSheet } from "../ingest/grid";
import type { Organisation } from "../model";
import { assignCodes, type GivenCode, type NameMatch } from "./codes";
import { dropRepeatedCodes, findNameDuplicates } from "./duplicates";
import { planOrganisationList } from "./plan";
import { readOrganisationList } from "./read-list";
import type { DuplicateNote, ListProblem } from "./types";

export { ListRefusal } from "./read-list";
export type { DuplicateNote, ListProblem } from "./types";
export { codeRanges, type GivenCode, type NameMatch } from "./codes";

export interface ListPreview {
  organisations: Organisation[];
  added: string[];
  updated: string[];
  problems: ListProblem[];
  duplicates: DuplicateNote[];
  nearDuplicates: DuplicateNote[];
  /** Codes given to new organisations of a list without codes (empty when the list has codes). */
  givenCodes: GivenCode[];
  /** Rows of a list without codes recognised by name as organisations of the свод. */
  matchedByName: NameMatch[];
}

/** Throws ListRefusal when the list as a whole cannot be read (empty, no «Код» column). */
export function previewList(sheets: GridSheet[], existing: Organisation[]): ListPreview {
  const reading = readOrganisationList(sheets);
  const coded = assignCodes(reading.rows, existing);
  const repeated = dropRepeatedCodes(coded.rows);
  const plan = planOrganisationList(repeated.rows, existing);
  const names = findNameDuplicates(
    repeated.rows.map((r) => r.org),
    existing,
  );
  // Notes about the whole list first, then by row.
  const problems = [...reading.problems, ...repeated.problems, ...plan.notes]
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.line ?? 0) - (b.p.line ?? 0) || a.i - b.i)
    .map((x) => x.p);
  return {
    organisations: plan.organisations,
    added: plan.added,
    updated: plan.updated,
    problems,
    duplicates: [...repeated.duplicates, ...names.duplicates],
    nearDuplicates: names.nearDuplicates,
    // A repeat refused by dropRepeatedCodes gave no code of its own; a row matched by name is an update.
    givenCodes: coded.given.filter((g) => plan.added.includes(g.code)),
    matchedByName: coded.matched,
  };
}
