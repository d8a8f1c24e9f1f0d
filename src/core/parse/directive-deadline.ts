// The deadline of one directive: its own «Срок:» or a phrase in its text, else its lead-in's,
// else a deadline line closing its whole group (when no item of it names its own), else its
// group's. An item not on control («Информацию … принять к сведению») has only a «Срок:» it states.
import type { Deadline } from "../model";
import { withRecurrence } from "./deadline/recurrence";
import { isControlled } from "./controlled";
import { findDeadline, parseDeadline as readDeadline, type DeadlineContext } from "./deadline";
import { inlineExecutorSplit } from "./executor-inline";
import { itemText, type Item } from "./structure";

export interface DeadlinePick {
  deadline: Deadline;
  implied: string[];
  closesGroup?: boolean;
}

// One reading per item and per group heading in a parse: a lead-in, a closing line and a heading
// are asked once for each item under them. Items and groups are made anew by every parse.
const readItems = new WeakMap<Item, DeadlinePick | null>();
const readHeadings = new WeakMap<object, DeadlinePick | null>();

function deadlineOf(item: Item, ctx: DeadlineContext): DeadlinePick | null {
  if (readItems.has(item)) return readItems.get(item)!;
  const pick = readDeadlineOf(item, ctx);
  readItems.set(item, pick);
  return pick;
}

function readDeadlineOf(item: Item, ctx: DeadlineContext): DeadlinePick | null {
  if (item.deadline) {
    const r = readDeadline(item.deadline, ctx);
    return { deadline: withRecurrence({ raw: r.raw, kind: r.kind, due: r.due }), implied: r.implied };
  }
  const text = itemText(item);
  // «Руководителям ОО в 2024-2025 уч. году организовать…»: a time between executor and verb
  const found = findDeadline(text, ctx) ?? inDeadlineSlot(text, ctx);
  if (found) return { deadline: withRecurrence({ raw: found.raw, kind: found.kind, due: found.due }), implied: found.implied };
  return null;
}

function inDeadlineSlot(text: string, ctx: DeadlineContext) {
  const when = inlineExecutorSplit(text)?.when;
  return when ? findDeadline(when, ctx) : null;
}

/** «Руководителям ОО в срок до 01.09.2024:» — a deadline written into the group's heading. */
function headingDeadline(item: Item, ctx: DeadlineContext): DeadlinePick | null {
  const group = item.group;
  if (!group?.heading) return null;
  if (readHeadings.has(group)) return readHeadings.get(group)!;
  const found = findDeadline(group.heading.replace(/[\s:]+$/, ""), ctx);
  const pick = found ? { deadline: withRecurrence({ raw: found.raw, kind: found.kind, due: found.due }), implied: found.implied } : null;
  readHeadings.set(group, pick);
  return pick;
}

/**
 * «When a whole executor group has no per-item deadlines and one deadline line closes the
 * group, it applies to every item of the group» — the same for the sub-items of one lead-in.
 */
export function closingDeadlines(directives: Item[]): Map<Item, Item> {
  const sources = new Map<Item, Item>();
  const blocks = new Map<unknown, Item[]>();
  for (const d of directives) {
    const key = d.parent?.leadIn ? d.parent : (d.group ?? "top");
    // a section or a protocol question names no executor: its items are not one group's work
    if (key === "top" || (key === d.group && !d.group.heading)) continue;
    const block = blocks.get(key);
    if (block) block.push(d);
    else blocks.set(key, [d]);
  }
  for (const block of blocks.values()) {
    if (block.length < 2) continue;
    const withDeadline = block.filter((d) => d.deadline);
    const last = block[block.length - 1];
    if (withDeadline.length !== 1 || withDeadline[0] !== last || !last.deadlineOnOwnLine) continue;
    for (const d of block) if (d !== last) sources.set(d, last);
  }
  return sources;
}

const NO_DEADLINE: Deadline = { raw: null, kind: "none", due: null };

/** Per closing line, whether an item it would cover names its own deadline in its sentence. */
const ownInBlock = new WeakMap<Map<Item, Item>, Map<Item, boolean>>();

/**
 * «– провести конкурс в марте 2026 года; – …; – … Срок: в течение учебного года.»: an item that
 * says its own deadline inside its sentence makes the closing line the last item's alone.
 */
function blockNamesOwn(closing: Map<Item, Item>, last: Item, ctx: DeadlineContext): boolean {
  let byLast = ownInBlock.get(closing);
  if (!byLast) {
    byLast = new Map();
    for (const [d, l] of closing) byLast.set(l, byLast.get(l) || deadlineOf(d, ctx) !== null);
    ownInBlock.set(closing, byLast);
  }
  return byLast.get(last) ?? false;
}

/** The item with the lead-ins it completes: «Принять к сведению:» governs its bullets. */
function onControl(item: Item): boolean {
  const texts = [itemText(item)];
  for (let p = item.parent; p; p = p.parent) if (p.leadIn) texts.unshift(itemText(p));
  return isControlled(texts[texts.length - 1]) && (texts.length === 1 || isControlled(texts.join(" ")));
}

/** A directive's deadline and what was implied about it (each a «Проверить» warning). */
export function directiveDeadline(item: Item, closing: Map<Item, Item>, ctx: DeadlineContext): { deadline: Deadline; implied: string[] } {
  // «Информацию о … в 2025 году принять к сведению»: a date in what is acknowledged is no deadline;
  // only a «Срок:» the item itself states is read
  if (!onControl(item)) {
    if (!item.deadline) return { deadline: NO_DEADLINE, implied: [] };
    const r = readDeadline(item.deadline, ctx);
    return { deadline: withRecurrence({ raw: r.raw, kind: r.kind, due: r.due }), implied: r.implied };
  }
  let pick = deadlineOf(item, ctx);
  for (let p = item.parent; !pick && p; p = p.parent) if (p.leadIn) pick = deadlineOf(p, ctx);
  let fromClosing: string | null = null;
  if (!pick && closing.has(item) && !blockNamesOwn(closing, closing.get(item)!, ctx)) {
    pick = deadlineOf(closing.get(item)!, ctx);
    if (pick) fromClosing = `Срок взят из строки «Срок: ${pick.deadline.raw}», закрывающей группу пунктов`;
  }
  if (!pick && item.group?.deadline) pick = readDeadlineOf({ ...item, deadline: item.group.deadline }, ctx);
  if (!pick) pick = headingDeadline(item, ctx);
  return {
    deadline: pick?.deadline ?? NO_DEADLINE,
    implied: [...(pick?.implied ?? []), ...(fromClosing ? [fromClosing] : [])],
  };
}
