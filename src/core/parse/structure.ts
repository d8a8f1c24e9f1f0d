// Lines of the operative part → items in a tree, in four readable steps:
// 1. classify every line once (line-kinds.ts: one kind per line, with the reason);
// 2. hand each line to the handler of its kind (line-handlers.ts), which grows the tree
//    (structure-tree.ts: executor groups, numbered items, bullets, paragraphs, «Срок:» lines);
// 3. mark lead-ins completed by their sub-items (lead-ins.ts);
// 4. give each item the number a person would cite (cited-numbers.ts).
import { assignNumbers } from "./cited-numbers";
import { markLeadIns } from "./lead-ins";
import { handleLine } from "./line-handlers";
import { classifyJoinedLines } from "./line-kinds";
import { classifyLine } from "./lines";
import { StructureTree, itemReadText, itemText, type Group, type Item } from "./structure-tree";
import { joinWrappedHeadings } from "./wrapped-headings";

export type { Group, Item, Marker } from "./structure-tree";
export { itemReadText, itemText };

export interface Structure {
  items: Item[];
  groups: Group[];
}

/** True when most paragraphs of the text stand between blank lines (so a line break alone is a soft wrap). */
function separatesByBlankLines(lines: string[]): boolean {
  let content = 0;
  let afterBlank = 0;
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i]) continue;
    const kind = classifyLine(lines[i]).kind;
    if (kind !== "text") continue;
    content++;
    if (!lines[i - 1]) afterBlank++;
  }
  return content >= 3 && afterBlank >= content * 0.75;
}

export function buildStructure(input: string[]): Structure {
  const lines = joinWrappedHeadings(input);
  const tree = new StructureTree();
  const blankSeparated = separatesByBlankLines(lines);
  for (const entry of classifyJoinedLines(lines)) {
    if (handleLine(entry, { tree, blankSeparated, afterBlank: !lines[entry.index - 1] }) === "stop") break;
  }
  tree.keepAppendixPlan();
  markLeadIns(tree.items);
  assignNumbers(tree.items, tree.groups);
  return { items: tree.items, groups: tree.groups };
}
