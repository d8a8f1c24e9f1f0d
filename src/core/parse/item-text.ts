// An item's text, read from the paragraphs (lines) it was built from.
import { joinWrapped } from "./line-join";

interface HasParts {
  parts: string[];
}

/** The item's text as written (its lines joined with spaces). */
export function itemText(item: HasParts): string {
  return item.parts.join(" ").replace(/\s+/g, " ").trim();
}

/** The item's text for reading who acts: words hyphenated at a line's end mended («общеобразова-» · «тельных»). */
export function itemReadText(item: HasParts): string {
  return joinWrapped(item.parts);
}

/** The item's latest paragraph. */
export function lastText(item: HasParts): string {
  return item.parts[item.parts.length - 1] ?? "";
}
