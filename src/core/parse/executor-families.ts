// Who must act on one directive, read by executor phrase families under one contract (as
// deadline/family.ts does for deadline phrases): each family looks in one place of the document
// and returns what the text said there and what had to be implied. Every implied part becomes
// a «Проверить» warning on the directive.
import { executorsFromPhrase, isExecutorHeading, type Executors } from "./executors";
import { inlineExecutorSplit } from "./executor-inline";
import { ASKING_VERB } from "./executor-words";
import { personOnly, responsibleExecutors } from "./executor-responsible";
import { itemReadText, itemText, type Group, type Item } from "./structure";

export interface ExecutorReading {
  /** Executors and the responsible person as the text names them. */
  said: Executors;
  /** What the text did not say and was assumed, in Russian: each is a «Проверить» warning. */
  implied: string[];
}

export interface ExecutorContext {
  /** Group headings read once per group. */
  headings: Map<Group, Executors>;
}

export interface ExecutorFamily {
  name: string;
  /** The family's reading of the directive, or null when nothing of its kind is written there. */
  read(item: Item, ctx: ExecutorContext): ExecutorReading | null;
}

const said = (e: Executors): ExecutorReading => ({ said: e, implied: [] });

/** The executors a group heading names («2. Управлению образования (Наумова С.Е.):»); none without a group. */
export function groupExecutors(group: Group | null, ctx: ExecutorContext): Executors {
  if (!group) return { executors: [], person: null };
  let e = ctx.headings.get(group);
  if (!e) {
    e = executorsFromPhrase(group.heading);
    ctx.headings.set(group, e);
  }
  return e;
}

const opensWithAskingVerb = (text: string) => ASKING_VERB.test(/^[^\s:]+/.exec(text.trim())?.[0] ?? "");

/** «5. Рекомендовать:» above the item (a lead-in or the group's heading): the asking is done there. */
function askedAbove(item: Item): boolean {
  for (let p = item.parent; p; p = p.parent) if (p.leadIn && opensWithAskingVerb(itemText(p))) return true;
  return !!item.group && opensWithAskingVerb(item.group.heading);
}

// read once per item: each sub-item asks its parents again
const ownRead = new WeakMap<Item, Executors | null>();

/** The executors an item names before its verb («Рекомендовать руководителям ОО обеспечить…»), or null. */
export function ownExecutors(item: Item): Executors | null {
  if (ownRead.has(item)) return ownRead.get(item)!;
  const split = inlineExecutorSplit(itemReadText(item), askedAbove(item));
  const e = split ? executorsFromPhrase(split.executorPart) : null;
  const own = e && e.executors.length ? e : null;
  ownRead.set(item, own);
  return own;
}

/** «МУ «ИМЦ» организовать…»: named at the start of the item itself. */
export const namedInItem: ExecutorFamily = {
  name: "named-in-item",
  read: (item) => {
    const e = ownExecutors(item);
    return e ? said(e) : null;
  },
};

const named = (e: Executors) => e.executors.join(", ");

/**
 * A sub-item works for the executor its lead-in or its parent item names («2. ИМЦ провести…» →
 * «2.1. подготовить…»). The sub-item does not say so itself: implied, unless the parent only names
 * executors («1.2. Учителям математики:»), which is a heading.
 */
export const namedInParent: ExecutorFamily = {
  name: "named-in-parent",
  read: (item) => {
    for (let p = item.parent; p; p = p.parent) {
      // «2. ИМЦ провести…» names its executor before a verb; «1.2. Учителям математики:» names nothing else
      const own = ownExecutors(p);
      if (own) return { said: own, implied: [`Исполнитель взят из пункта ${p.n} (${named(own)}): проверьте, что подпункт относится к нему`] };
      // A lead-in that only names executors is a heading: the document says so itself.
      if (p.leadIn && isExecutorHeading(itemText(p))) return said(executorsFromPhrase(itemText(p)));
    }
    return null;
  },
};

/**
 * «Руководителям ОО:» above the item: the document's own way of naming who does the items of a
 * group, so it is said, not implied; a warning on every such item would bury the real doubts.
 */
export const groupHeading: ExecutorFamily = {
  name: "group-heading",
  read: (item, ctx) => said(groupExecutors(item.group, ctx)),
};

/** Families that say who acts, tried in order: the first that reads wins. */
const WHO_ACTS: ExecutorFamily[] = [namedInItem, namedInParent, groupHeading];

/**
 * «Ответственный: …» lines and brackets, and a plan's «– руководители ОО» at the line's end: added
 * to who acts. After a named executor a bare name («Ответственный – Лукина О.В.») is the responsible person.
 */
function withResponsible(item: Item, base: Executors): Executors {
  if (!item.responsible.length) return base;
  const persons = base.executors.length ? item.responsible.map(personOnly) : [];
  if (persons.length && persons.every(Boolean)) return { executors: base.executors, person: base.person ?? [...new Set(persons)].join(", ") };
  const named = item.responsible.map(responsibleExecutors);
  const extra = named.flatMap((r) => r.executors);
  const person = base.person ?? (named.map((r) => r.person).filter(Boolean).join(", ") || null);
  return { executors: [...new Set([...base.executors, ...extra])], person };
}

const NO_EXECUTOR = "Исполнитель не указан: укажите, кому поручен пункт";

/**
 * Who must act on a directive. A directive that is not on control (an acknowledgement, an
 * approval) takes only its group's executors: «Информацию … принять к сведению» names no
 * executor even though it opens with a dative-looking word.
 */
export function readExecutors(item: Item, controlled: boolean, ctx: ExecutorContext): ExecutorReading {
  if (!controlled) return said(groupExecutors(item.group, ctx));
  let reading: ExecutorReading | null = null;
  for (const family of WHO_ACTS) if ((reading = family.read(item, ctx))) break;
  const e = withResponsible(item, reading!.said);
  return { said: e, implied: [...reading!.implied, ...(e.executors.length ? [] : [NO_EXECUTOR])] };
}
