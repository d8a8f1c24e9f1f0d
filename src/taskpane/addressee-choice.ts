// The «Новые исполнители» block of the import preview, without React: how a mapping of a new
// executor phrase reads in words, which list options it selects, and how picking an option
// changes it. A phrase means a group OR particular organisations (several may be picked).

import { normalisePhrase, type AddresseeMapping } from "../core/import/addressees";

/** What a phrase can be mapped to, as the use case offers it (ImportPreview.addresseeChoices). */
export interface AddresseeChoices {
  organisations: { code: string; name: string }[];
  /** Groups with the codes of their members. */
  groups: { name: string; codes: string[] }[];
}

export const NOT_DEFINED = "не определено";
export const NOTHING_WARNING = "Организации не определены — отчётов по этим поручениям не будет, пока вы не укажете их в листе «Адресаты».";

/** List option values: one for «не определено», one per group, one per organisation. */
export const NONE_OPTION = "none";
export const groupOption = (group: string) => `group:${group}`;
export const orgOption = (code: string) => `org:${code}`;

export interface ListOption {
  value: string;
  text: string;
}

export interface ChoiceOptions {
  groups: ListOption[];
  organisations: ListOption[];
}

/** The options of every phrase's list; a suggested group missing from the choices is added so it can stay selected. */
export function choiceOptions(choices: AddresseeChoices, mappings: AddresseeMapping[]): ChoiceOptions {
  const groups = choices.groups.map((g) => g.name);
  for (const m of mappings) if (m.group && !groups.includes(m.group)) groups.push(m.group);
  return {
    groups: groups.map((g) => ({ value: groupOption(g), text: g })),
    organisations: choices.organisations.map((o) => ({ value: orgOption(o.code), text: o.name || o.code })),
  };
}

export const isEmptyMapping = (m: AddresseeMapping) => !m.group.trim() && m.codes.length === 0;

/** «все общеобразовательные организации», «МБОУ «СОШ № 1», МБОУ «СОШ № 2»» or «не определено». */
export function mappingInWords(m: AddresseeMapping, choices: AddresseeChoices): string {
  const names = m.codes.map((c) => choices.organisations.find((o) => o.code === c)?.name || c);
  const parts = [...(m.group ? [m.group] : []), ...names];
  return parts.length ? parts.join(", ") : NOT_DEFINED;
}

export function selectedOptions(m: AddresseeMapping): string[] {
  if (isEmptyMapping(m)) return [NONE_OPTION];
  return [...(m.group ? [groupOption(m.group)] : []), ...m.codes.map(orgOption)];
}

/**
 * The mapping after she picks `option` in the list: a group replaces whatever was chosen,
 * an organisation is added to (or taken off) the chosen organisations and replaces a group,
 * «не определено» clears the choice.
 */
export function choose(m: AddresseeMapping, option: string): AddresseeMapping {
  if (option.startsWith("group:")) return { ...m, group: option.slice("group:".length), codes: [] };
  if (option.startsWith("org:")) {
    const code = option.slice("org:".length);
    const codes = m.group ? [] : m.codes;
    return { ...m, group: "", codes: codes.includes(code) ? codes.filter((c) => c !== code) : [...codes, code] };
  }
  return { ...m, group: "", codes: [] };
}

/**
 * Whether the mapping leaves the phrase's directives without organisations: nothing chosen, no
 * organisation in the свод at all, or a group with no members (and no organisations besides).
 */
export function mapsToNothing(m: AddresseeMapping, choices: AddresseeChoices): boolean {
  if (isEmptyMapping(m) || choices.organisations.length === 0) return true;
  if (m.codes.length) return false;
  const members = choices.groups.find((g) => normalisePhrase(g.name) === normalisePhrase(m.group))?.codes ?? [];
  return members.length === 0;
}
