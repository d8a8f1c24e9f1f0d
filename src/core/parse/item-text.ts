// An item's text, read from the paragraphs (lines) it was built from.
import { joinWrapped } from "./line-join";

interface HasParts {
  parts: string[];
}

// every rule reads an item's text, many times per item: joined once while its paragraphs stay the same
const joined = new WeakMap<HasParts, { count: number; last: string; text: string }>();

/** The item's text as written (its lines joined with spaces). */
export function itemText(item: HasParts): string {
  const count = item.parts.length;
  const last = item.parts[count - 1] ?? "";
  const cached = joined.get(item);
  if (cached && cached.count === count && cached.last === last) return cached.text;
  const text = item.parts.join(" ").replace(/\s+/g, " ").trim();
  joined.set(item, { count, last, text });
  return text;
}

/** The item's text for reading who acts: words hyphenated at a line's end mended («общеобразова-» · «тельных»). */
export function itemReadText(item: HasParts): string {
  return joinWrapped(item.parts);
}

/** The item's latest paragraph. */
export function lastText(item: HasParts): string {
  return item.parts[item.parts.length - 1] ?? "";
}
