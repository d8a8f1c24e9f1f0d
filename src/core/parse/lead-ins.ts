// Step 3 of the structure: lead-ins, items that are completed by the items under them.
import { itemText, type Item } from "./structure-tree";

const PREPOSITION_START = /^(в|во|на|к|о|об|по|для|с|из|от|при)\s/i;

function startsLower(s: string): boolean {
  return /^[«"(]?[а-яё]/.test(s);
}

/**
 * Lead-ins: an item ending with a colon that has sub-items, and a short bullet with no
 * punctuation followed by bullets that continue it with a preposition
 * («Внести изменения» · «в Стратегию…» · «в муниципальную программу…»).
 */
export function markLeadIns(items: Item[]): void {
  for (const item of items) if (item.children.length && /:$/.test(itemText(item))) item.leadIn = true;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.marker !== "bullet" && item.marker !== "para") continue;
    const text = itemText(item);
    const shortVerbPhrase = !/[.;:,]$/.test(text) && text.split(/\s+/).length <= 5;
    if (!shortVerbPhrase && !/:$/.test(text)) continue;
    const siblings: Item[] = [];
    for (let k = i + 1; k < items.length; k++) {
      const s = items[k];
      if (s.parent !== item.parent || s.group !== item.group || s.marker !== item.marker) break;
      const t = itemText(s);
      if (shortVerbPhrase ? !PREPOSITION_START.test(t) : !startsLower(t)) break;
      siblings.push(s);
    }
    if (!siblings.length) continue;
    item.leadIn = true;
    for (const s of siblings) {
      if (s.parent) s.parent.children = s.parent.children.filter((c) => c !== s);
      s.parent = item;
      item.children.push(s);
    }
  }
}
