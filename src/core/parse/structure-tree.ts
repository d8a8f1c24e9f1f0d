// The tree the line handlers build: executor groups and items, and the operations on it
// (open a group, add an item, place a numbered item under its group and parent).
import { splitItemLine } from "./item-line";
import { lastText } from "./item-text";
import { MAX_DIRECTIVES, refuseTooManyDirectives } from "./bounds";
import type { Group, Item, Marker } from "./structure-types";

export type { Group, Item, Marker } from "./structure-types";
export { itemReadText, itemText, lastText } from "./item-text";

export class StructureTree {
  readonly items: Item[] = [];
  readonly groups: Group[] = [];
  group: Group | null = null;
  current: Item | null = null;
  /** The current item's «Срок:» line has been read: plain text after it does not continue the item. */
  afterDeadline = false;
  /** Characters an item holds with the paragraphs glued to it (bounded by MAX_DIRECTIVE_CHARS). */
  readonly glued = new Map<Item, number>();
  /** Items of the group open when the group opened: a protocol question with none yet is fresh. */
  groupOpenedAt = 0;
  /** The decision has been signed: lines are skipped until an appendix. */
  signed = false;
  /** Where the appendix's items and groups start, once an appendix has opened. */
  appendixAt: { items: number; groups: number } | null = null;
  private lastTop = 0;
  // numbered items of the current group by number, to find a sub-item's parent without a scan
  private readonly numberedByN = new Map<string, Item>();
  private numberedGroup: Group | null = null;
  // the last local number of the latest unnumbered group, which the next unnumbered group may go on from
  private carriedLocal: number | null = null;
  // «I. В сфере общего образования» whose executor groups are numbered from «1.» again: they cite it in front («I.2.1»)
  private romanSection: string | null = null;

  private noteTop(n: string): void {
    const v = Number(n.split(".")[0]);
    if (Number.isFinite(v)) this.lastTop = Math.max(this.lastTop, v);
  }

  /**
   * «По первому вопросу … Решение: 1. …» then «2. Руководителям РМО:» with «1)», «2)»: an executor
   * heading numbered as the question's next decision is a group inside the question («1.2.1»).
   */
  private questionFor(printed: string | null, heading: string): Group | null {
    const q = this.group?.question ? this.group : (this.group?.within ?? null);
    if (!q || !heading || !printed || !/^\d+$/.test(printed) || q.numbering === "prefixed") return null;
    return Number(printed) === (q.lastLocal ?? 0) + 1 ? q : null;
  }

  openGroup(printed: string | null, heading: string, asSection = false): void {
    const within = this.questionFor(printed, heading);
    if (within) {
      within.numbering = "local";
      within.lastLocal = Number(printed);
      this.openNested(within, printed!, heading);
      return;
    }
    let n: string;
    if (asSection) this.romanSection = printed && /^[IVX]+$/.test(printed) ? printed : null;
    else if (printed && !/^\d+$/.test(printed)) this.romanSection = null;
    if (printed) {
      n = !asSection && this.romanSection && /^\d+$/.test(printed) ? `${this.romanSection}.${printed}` : printed;
      this.noteTop(printed);
    } else {
      this.lastTop += 1;
      n = String(this.lastTop);
    }
    this.groupOpenedAt = this.items.length;
    this.group = { printed, n, heading, deadline: null, numbering: null, lastLocal: null, localBulleted: null, continued: false, question: !heading && !asSection };
    if (printed) this.carriedLocal = null;
    this.groups.push(this.group);
    this.current = null;
    this.afterDeadline = false;
  }

  private openNested(within: Group, printed: string, heading: string): void {
    this.groupOpenedAt = this.items.length;
    this.group = { printed, n: `${within.n}.${printed}`, heading, deadline: null, numbering: null, lastLocal: null, localBulleted: null, continued: false, within };
    this.groups.push(this.group);
    this.current = null;
    this.afterDeadline = false;
  }

  newItem(marker: Marker, printed: string | null, rawText: string, parent: Item | null): Item {
    const { body, deadline, responsible } = splitItemLine(rawText);
    const item: Item = {
      marker,
      printed,
      n: printed ?? "",
      parts: body ? [body] : [],
      group: this.group,
      parent,
      children: [],
      deadline,
      deadlineOnOwnLine: false,
      responsible: responsible ? [responsible] : [],
      leadIn: false,
    };
    if (this.items.length >= MAX_DIRECTIVES) refuseTooManyDirectives(this.items.length + 1);
    if (!parent && !this.group && marker !== "numbered") item.topPosition = ++this.lastTop;
    if (parent) parent.children.push(item);
    this.items.push(item);
    this.current = item;
    this.afterDeadline = false;
    return item;
  }

  /** «2.1.», «1.», «- 1.»: under the open group (prefixed or counted locally) or at the top level. */
  numberedItem(number: string, text: string, bulleted = false): void {
    const segs = number.split(".");
    let full = number;
    const g = this.group;
    if (g) {
      // «1.1.» under a group counted «1» (a protocol question, an unnumbered heading) extends its number
      if (number.startsWith((g.printed ?? g.n) + ".")) {
        g.numbering = "prefixed";
        full = g.n + number.slice((g.printed ?? g.n).length);
      } else if (segs.length > 1) {
        full = `${g.n}.${number}`;
      } else {
        const v = Number(number);
        const sameStyle = g.localBulleted === null || g.localBulleted === bulleted;
        const continued = !g.printed && g.lastLocal === null && this.carriedLocal !== null && v > 1 && v === this.carriedLocal + 1;
        const lower = /^[«"(]?[а-яё]/.test(text);
        // «3. МКУ «РМК»:» · «1. организовать…» … «3. осуществлять…» · «4. Муниципальному совету…»: a
        // capitalised item one past the heading's number leaves a group whose items were lower-case
        const nextTop = !!g.printed && v === Number(g.printed) + 1 && g.localLower === true && !lower;
        const local = !nextTop && (continued || (g.numbering !== "prefixed" && sameStyle && (g.lastLocal === null ? v === 1 : v === g.lastLocal + 1)));
        if (local) {
          g.localLower = (g.localLower ?? true) && lower;
          if (continued) g.continued = true;
          if (!g.printed) this.carriedLocal = v;
          g.numbering = "local";
          g.lastLocal = v;
          g.localBulleted = bulleted;
          full = `${g.n}.${number}`;
        } else if (g.within) {
          this.group = g.within; // «3.» after «2. Руководителям РМО:» «1)», «2)»: the question's next decision
          return this.numberedItem(number, text, bulleted);
        } else {
          this.group = null; // a top-level item after the group («3. Контроль за исполнением…»)
          this.noteTop(number);
        }
      }
    } else this.noteTop(number);
    // the parent is the latest item, in this group, whose number this one extends («2.1» → «2.1.1»)
    if (this.numberedGroup !== this.group) {
      this.numberedGroup = this.group;
      this.numberedByN.clear();
    }
    let parent: Item | null = null;
    const segments = full.split(".");
    for (let len = segments.length - 1; len > 0 && !parent; len--) parent = this.numberedByN.get(segments.slice(0, len).join(".")) ?? null;
    const item = this.newItem("numbered", full, text, parent);
    item.n = full;
    this.numberedByN.set(full, item);
  }

  /**
   * «Приложение» after the decision: its rows start afresh, numbered as printed («1.» again), in no
   * group of the decision. Whether they stay is decided once the appendix is read (keepAppendixPlan).
   */
  openAppendix(): void {
    this.appendixAt = { items: this.items.length, groups: this.groups.length };
    this.signed = false;
    this.group = null;
    this.current = null;
    this.afterDeadline = false;
    this.numberedByN.clear();
    this.numberedGroup = null;
    this.lastTop = 0;
    this.carriedLocal = null;
    this.romanSection = null;
  }

  /** The appendix is a plan when most of its rows carry a deadline or a responsible: else its items go. */
  keepAppendixPlan(): void {
    const at = this.appendixAt;
    if (!at) return;
    const rows = this.items.slice(at.items);
    const planned = rows.filter((it) => it.deadline || it.responsible.length).length;
    if (planned >= 2 && planned * 2 >= rows.length) return;
    this.items.length = at.items;
    this.groups.length = at.groups;
  }

  /** «• Провести следующее заседание» after «• Учителям:» · «- …»: back to the top level. */
  leaveGroup(): void {
    this.group = null;
    this.current = null;
    this.afterDeadline = false;
  }

  /** Parent for an unnumbered item: the open numbered item above it, or the bullet's own parent. */
  unnumberedParent(): Item | null {
    const cur = this.current;
    if (!cur || cur.group !== this.group) return null;
    if (cur.marker === "numbered" || cur.marker === "lettered") return this.afterDeadline ? cur.parent : cur;
    if (cur.leadIn || /:$/.test(lastText(cur))) return cur;
    return cur.parent;
  }
}
