// What the «Организации» preview shows: how many organisations will be added and updated
// (with their codes), the rows not taken or worth a look, and entries that look like the
// same organisation twice — all before anything is written.
import type { OrganisationListPreview } from "../app/organisation-list";
import { codeRanges } from "../core/organisation-list/codes";
import { count } from "./russian";

export interface OrganisationListView {
  /** «Будет добавлено 12 организаций, обновлено 1.» */
  summary: string;
  /** «Новые: ОО-01, ОО-02…» and «Изменятся: …», when there are any. */
  codes: string[];
  /** A list without codes: «ОО-01 — МБОУ «СОШ № 1»», one per new organisation, in the list's order. */
  given: string[];
  /** A list without codes: rows found in the свод by name, «МБОУ СОШ №1 — это ОО-01 (МБОУ «СОШ № 1»)». */
  matched: string[];
  /** Remarks on rows (already «Строка N: …») and on the list as a whole. */
  problems: string[];
  /** The same code or name twice, and nearly the same names: pointed out, not fixed. */
  duplicates: { kind: "duplicate" | "near"; message: string }[];
  /** Whether «Добавить в свод» has anything to write. */
  canApply: boolean;
}

export const ORGANISATION_FORMS: [string, string, string] = ["организация", "организации", "организаций"];

/** Long code lists are cut: the preview must fit a narrow pane. */
export function codeList(codes: string[], max = 12): string {
  if (codes.length <= max) return codes.join(", ");
  return `${codes.slice(0, max).join(", ")} и ещё ${codes.length - max}`;
}

function summaryOf(added: number, updated: number): string {
  if (!added && !updated) return "Все организации из списка уже есть в своде без изменений: добавлять нечего.";
  if (!updated) return `Будет добавлено ${count(added, ORGANISATION_FORMS)}.`;
  if (!added) return `Будет обновлено ${count(updated, ORGANISATION_FORMS)}.`;
  return `Будет добавлено ${count(added, ORGANISATION_FORMS)}, обновлено ${updated}.`;
}

type ViewInput = Pick<OrganisationListPreview, "added" | "updated" | "problems" | "duplicates" | "nearDuplicates" | "organisations"> &
  Partial<Pick<OrganisationListPreview, "givenCodes" | "matchedByName">>;

/** «Присвоены коды: ОО-01…ОО-12, ДОО-01.» after writing a list without codes; empty otherwise. */
export function givenCodesSentence(p: Pick<ViewInput, "givenCodes">): string {
  const codes = (p.givenCodes ?? []).map((g) => g.code);
  return codes.length ? ` Присвоены коды: ${codeRanges(codes)}.` : "";
}

export function organisationListView(p: ViewInput): OrganisationListView {
  const given = p.givenCodes ?? [];
  const codes: string[] = [];
  // A list without codes shows each new code beside its name instead.
  if (p.added.length && !given.length) codes.push(`Новые: ${codeList(p.added)}.`);
  if (p.updated.length) codes.push(`Изменятся: ${codeList(p.updated)}.`);
  return {
    summary: summaryOf(p.added.length, p.updated.length),
    codes,
    given: given.map((g) => `${g.code} — ${g.name}`),
    matched: (p.matchedByName ?? []).map((m) => `${m.name} — это ${m.code}${m.name === m.matched ? "" : ` (${m.matched})`}`),
    problems: p.problems.map((x) => x.message),
    duplicates: [
      ...p.duplicates.map((d) => ({ kind: "duplicate" as const, message: d.message })),
      ...p.nearDuplicates.map((d) => ({ kind: "near" as const, message: d.message })),
    ],
    canApply: p.organisations.length > 0,
  };
}
