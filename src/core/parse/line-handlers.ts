// Step 2 of the structure: one handler per line kind, each doing what its kind does to the tree.
// A handler returns "stop" when the operative part ends at its line.
import type { ClassifiedLine, LineRole } from "./line-kinds";
import { lastText, type StructureTree } from "./structure-tree";
import { splitInlineDeadline } from "./item-line";
import { MAX_DIRECTIVE_CHARS, refuseLongDirective, refuseNumberPastLimit } from "./bounds";

export interface HandlerContext {
  tree: StructureTree;
  /** Most paragraphs stand between blank lines: a line right under a paragraph continues it. */
  blankSeparated: boolean;
  /** The line above was blank. */
  afterBlank: boolean;
}

type Handler = (line: ClassifiedLine, ctx: HandlerContext) => "stop" | void;

/** Openings that lean on the paragraph before: «Для этого…», «При этом…», «В том числе…». */
const CONTINUATION = /^(?:для\s+этого|при\s+этом|в\s+том\s+числе|с\s+этой\s+целью|для\s+чего|в\s+частности)(?![а-яё])/i;

function startsLower(s: string): boolean {
  return /^[«"(]?[а-яё]/.test(s);
}

const skip: Handler = () => {};

/** Plain text: a paragraph that continues the item above, or a new unnumbered item. */
const plain: Handler = ({ line }, { tree, blankSeparated, afterBlank }) => {
  const cur = tree.current;
  if (cur && !tree.afterDeadline) {
    const prev = lastText(cur);
    const opensList = /:$/.test(prev);
    const continues = CONTINUATION.test(line.text) || (blankSeparated && cur.marker === "para" && !afterBlank);
    const newSibling =
      opensList ||
      ((cur.marker === "bullet" || cur.marker === "para") && /;$/.test(prev) && startsLower(line.text)) ||
      (cur.marker === "para" && /[.;!]$/.test(prev) && !continues);
    if (!newSibling) {
      // «1000.» after item 999 is read as text: gluing the rest of the document onto 999 would hide it
      const past = /^(\d{4,})\s?[.)]\s/.exec(line.text);
      if (past && cur.marker === "numbered" && Number(past[1]) === Number(/\d+$/.exec(cur.printed ?? "")?.[0]) + 1) refuseNumberPastLimit(past[1]);
      const chars = (tree.glued.get(cur) ?? lastText(cur).length) + line.text.length + 1;
      if (chars > MAX_DIRECTIVE_CHARS) refuseLongDirective(cur.n, chars);
      tree.glued.set(cur, chars);
      cur.parts.push(line.text);
      // only the new paragraph can hold a «Срок:» the item did not have (joining all parts each time is quadratic)
      const split = cur.deadline ? null : splitInlineDeadline(line.text);
      if (split?.deadline) {
        cur.parts[cur.parts.length - 1] = split.text;
        cur.deadline = split.deadline;
      }
      return;
    }
    tree.newItem(cur.marker === "bullet" && !opensList ? "bullet" : "para", null, line.text, tree.unnumberedParent());
    return;
  }
  tree.newItem("para", null, line.text, tree.unnumberedParent());
};

const item: Handler = ({ line }, { tree }) => {
  if (line.kind === "numbered") tree.numberedItem(line.number!, line.text, line.bulleted);
  else if (line.kind === "lettered") {
    const cur = tree.current;
    const parent = cur && cur.marker === "lettered" ? cur.parent : cur;
    tree.newItem("lettered", line.number!, line.text, parent && parent.group === tree.group ? parent : null);
  } else {
    if (tree.group?.marker && line.marker === tree.group.marker) tree.leaveGroup();
    tree.newItem("bullet", null, line.text, tree.unnumberedParent());
  }
};

const HANDLERS: Record<LineRole, Handler> = {
  blank: skip,
  heard: skip,
  "place-date": skip,
  "bare-number": skip,
  page: skip,
  hearing: ({ line }, { tree }) => {
    // «1. О подготовке к ГИА» · «Слушали: …»: the question line has opened the group already
    const group = tree.group;
    const fresh = group !== null && !group.heading && tree.items.length === tree.groupOpenedAt;
    if (line.text === "СЛУШАЛИ" && !(fresh && !line.number)) tree.openGroup(line.number ?? null, "");
  },
  question: (entry, ctx) => {
    ctx.tree.openGroup(entry.line.number ?? null, "");
    return entry.rest ? handleLine(entry.rest, ctx) : undefined;
  },
  decision: (entry, ctx) => (entry.rest ? handleLine(entry.rest, ctx) : undefined),
  // an appendix may hold the plan the decision approved: its rows are read, and kept if they are a plan
  appendix: (_, { tree }) => {
    if (!tree.items.length || tree.appendixAt) return "stop";
    tree.openAppendix();
  },
  signature: (_, { tree }) => {
    if (!tree.items.length) return;
    if (tree.appendixAt) return "stop";
    tree.signed = true;
  },
  srok: (entry, ctx) => {
    const { line } = entry;
    const { tree } = ctx;
    // «…, завершить» / «до 20 мая 2025 года.»: a sentence wrapped before its deadline goes on
    if (line.unlabelled && tree.current && !/[.;:!?]$/.test(lastText(tree.current))) return plain(entry, ctx);
    if (tree.current) {
      tree.current.deadline = line.text;
      tree.current.deadlineOnOwnLine = true;
      tree.afterDeadline = true;
    } else if (tree.group) tree.group.deadline = line.text;
  },
  responsible: ({ line }, { tree }) => {
    if (tree.current) tree.current.responsible.push(line.text);
  },
  heading: ({ line }, { tree }) => {
    tree.openGroup(line.kind === "numbered" ? line.number! : null, line.text);
    if (line.kind === "bullet" && tree.group) tree.group.marker = line.marker;
  },
  topic: ({ line }, { tree }) => tree.openGroup(line.number!, ""), // «2. Об отдыхе детей.» · «Слушали: …»
  section: ({ line }, { tree }) => tree.openGroup(line.number!, "", true),
  item,
  plain,
};

export function handleLine(entry: ClassifiedLine, ctx: HandlerContext): "stop" | void {
  const { tree } = ctx;
  // after the signature only an appendix counts; the appendix's own heading lines come before its rows
  if (tree.signed && entry.kind !== "appendix") return;
  if (tree.appendixAt && tree.items.length === tree.appendixAt.items && (entry.kind === "plain" || entry.kind === "heading" || entry.kind === "srok")) return;
  return HANDLERS[entry.kind](entry, ctx);
}
