// An organisation list read against «Организации»: what will be added or updated, which rows
// are refused and why, and which entries look like the same organisation twice. Pure.

import type { GridSheet } from "../ingest/grid";
import type { Organisation } from "../model";
import { dropRepeatedCodes, findNameDuplicates } from "./duplicates";
import { planOrganisationList } from "./plan";
import { readOrganisationList } from "./read-list";
import type { DuplicateNote, ListProblem } from "./types";

export { ListRefusal } from "./read-list";
export type { DuplicateNote, ListProblem } from "./types";

export interface ListPreview {
  organisations: Organisation[];
  added: string[];
  updated: string[];
  problems: ListProblem[];
  duplicates: DuplicateNote[];
  nearDuplicates: DuplicateNote[];
}

/** Throws ListRefusal when the list as a whole cannot be read (empty, no «Код» column). */
export function previewList(sheets: GridSheet[], existing: Organisation[]): ListPreview {
  const reading = readOrganisationList(sheets);
  const repeated = dropRepeatedCodes(reading.rows);
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
  };
}
