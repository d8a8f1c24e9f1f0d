// Step 4 of the structure: each item gets the number a person would cite (SPEC: group
// prefixes, positions for unnumbered bullets).
import type { Group, Item } from "./structure-tree";

/** Numbers as cited: printed ones kept, unnumbered ones by position inside their parent or group. */
export function assignNumbers(items: Item[], groups: Group[]): void {
  const topNumbered = items.some((it) => !it.group && it.marker === "numbered");
  const singleBareGroup = groups.length === 1 && !groups[0].printed && !topNumbered;
  // items counted on across unnumbered groups are cited by their printed numbers
  const continuedCount = groups.some((g) => g.continued);
  const counters = new Map<string, number>();
  const baseOf = (item: Item): string => {
    if (item.parent) return item.parent.leadIn && item.parent.marker !== "numbered" ? baseOf(item.parent) : item.parent.n;
    if (item.group) return singleBareGroup ? "" : item.group.n;
    return "";
  };
  for (const item of items) {
    if (item.marker === "numbered") {
      const local = item.group?.numbering === "local";
      if ((singleBareGroup || continuedCount) && local && item.group && item.n.startsWith(item.group.n + ".") && !item.group.printed) {
        item.n = item.n.slice(item.group.n.length + 1);
      }
      continue;
    }
    const base = baseOf(item);
    if (item.marker === "lettered") {
      item.n = base ? `${base}.${item.printed}` : (item.printed ?? "");
      continue;
    }
    if (item.leadIn && item.children.length) continue;
    // a top-level bullet among unnumbered groups takes its place in their count («1», [2], [3], «4»)
    if (item.topPosition && groups.some((g) => !g.printed)) {
      item.n = String(item.topPosition);
      continue;
    }
    // bullets under a bullet lead-in share the counter of its level, so the lead-in takes no position
    const k = (counters.get(base) ?? 0) + 1;
    counters.set(base, k);
    item.n = base ? `${base}.${k}` : String(k);
  }
}
