// Small Russian text helpers for the pane.
import { plural as pluralForm } from "../core/check/ru-text";

/** Russian plural form: plural(5, ["поручение", "поручения", "поручений"]) → «поручений». */
export function plural(n: number, forms: [one: string, few: string, many: string]): string {
  return pluralForm(n, ...forms);
}

/** «5 поручений» */
export function count(n: number, forms: [string, string, string]): string {
  return `${n} ${plural(n, forms)}`;
}

/** Cuts a long directive to about `max` characters at a word boundary, with an ellipsis. */
export function shorten(text: string, max = 140): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, "")}…`;
}

export const DIRECTIVE_FORMS: [string, string, string] = ["поручение", "поручения", "поручений"];
