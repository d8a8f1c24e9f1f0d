// The shapes of the structure tree: executor groups and the items under them.

export interface Group {
  /** Printed number of the heading, or null for an unnumbered heading. */
  printed: string | null;
  /** The number items cite: printed, or one more than the group before. */
  n: string;
  heading: string;
  /** A «Срок:» line right under the heading, before any item. */
  deadline: string | null;
  /** Whether items inside carry the group prefix («2.1») or count locally («1.»). */
  numbering: "prefixed" | "local" | null;
  lastLocal: number | null;
  /** Whether the local numbers stood after bullets («- 1.»): a plain «4.» after them leaves the group. */
  localBulleted: boolean | null;
  /** An unnumbered group whose items go on counting from the group before («3.», «4.» after «1.», «2.»). */
  continued: boolean;
  /** Whether every locally numbered item so far opened in lower case («1. организовать…»). */
  localLower?: boolean;
  /** A protocol question (or a topic): it names no executor, its decisions are counted inside it. */
  question?: boolean;
  /** The question an executor heading stands in, counted among its decisions («1.2» in question 1). */
  within?: Group;
  /** The bullet the heading itself stood after («• Руководителям ШМО:»): a bullet of the same kind leaves the group. */
  marker?: string;
}

export type Marker = "numbered" | "lettered" | "bullet" | "para";

export interface Item {
  marker: Marker;
  printed: string | null;
  /** Number as cited; assigned by `assignNumbers`. */
  n: string;
  parts: string[];
  group: Group | null;
  parent: Item | null;
  children: Item[];
  /** The phrase from «Срок: …» (own line or the end of the item's line). */
  deadline: string | null;
  /** True when the deadline stood on a line of its own (it may close a whole group). */
  deadlineOnOwnLine: boolean;
  responsible: string[];
  /** A lead-in completed by its sub-items: not a directive itself. */
  leadIn: boolean;
  /** An unnumbered item at the top level, counted among the groups around it («• …», «• Руководителям:»). */
  topPosition?: number;
}
