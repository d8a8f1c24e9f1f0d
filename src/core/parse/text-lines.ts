// Step 0 of the parser: the text as lines the rest reads (table rows as items, normalised
// characters and spacing, over-long lines split where items were run together).
import { splitLongLines } from "./long-lines";
import { normaliseText } from "./normalise";
import { tableRowsToItems } from "./table-rows";

export function resolutionLines(text: string): string[] {
  return splitLongLines(normaliseText(tableRowsToItems(String(text ?? ""))).split("\n"));
}
