// Lines of the operative part → items in a tree: executor groups, numbered items, bullets,
// lead-ins completed by sub-items, continuation paragraphs and «Срок:» lines; then each item
// gets the number a person would cite (SPEC: group prefixes, positions for unnumbered bullets).
import { classifyLine, splitInlineDeadline, splitResponsible, type Line } from "./lines";
import { isExecutorHeading } from "./executors";
import { isInfinitive, topLevelWords } from "./russian";
import { MAX_DIRECTIVE_CHARS, MAX_DIRECTIVES, refuseLongDirective, refuseNumberPastLimit, refuseTooManyDirectives } from "./bounds";

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
}

export interface Structure {
  items: Item[];
  groups: Group[];
}

const PREPOSITION_START = /^(в|во|на|к|о|об|по|для|с|из|от|при)\s/i;

function itemText(item: Item): string {
  return item.parts.join(" ").replace(/\s+/g, " ").trim();
}

function lastText(item: Item): string {
  return item.parts[item.parts.length - 1] ?? "";
}

function startsLower(s: string): boolean {
  return /^[«"(]?[а-яё]/.test(s);
}

function nextContentLine(lines: string[], i: number): Line | null {
  for (let k = i + 1; k < lines.length; k++) if (lines[k]) return classifyLine(lines[k]);
  return null;
}

/**
 * An executor heading hard-wrapped over lines («1. Отделу образования администрации района, муниципальным»
 * · «общеобразовательным организациям:»): the lower-case lines up to the colon are joined to it, so the
 * heading opens one group. At most three continuation lines, and only when the joined text names executors.
 */
function joinWrappedHeadings(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || /[.;:!?]\s*$/.test(line)) {
      out.push(line);
      continue;
    }
    let end = -1;
    for (let k = i + 1; k < Math.min(lines.length, i + 4); k++) {
      const next = lines[k];
      if (!next || !/^[а-яё(«]/.test(next.trim())) break;
      if (/:\s*$/.test(next)) {
        end = k;
        break;
      }
      if (/[.;!?]\s*$/.test(next)) break;
    }
    const joined = end > 0 ? lines.slice(i, end + 1).map((l) => l.trim()).join(" ") : "";
    const classified = joined ? classifyLine(joined) : null;
    if (classified && ["text", "numbered", "bullet"].includes(classified.kind) && isExecutorHeading(classified.text)) {
      out.push(joined);
      for (let k = i + 1; k <= end; k++) out.push("");
      i = end;
    } else out.push(line);
  }
  return out;
}

export function buildStructure(input: string[]): Structure {
  const lines = joinWrappedHeadings(input);
  const items: Item[] = [];
  const groups: Group[] = [];
  let group: Group | null = null;
  let current: Item | null = null;
  let pending: string | null = null;
  let lastTop = 0;
  let afterDeadline = false;
  // numbered items of the current group by number, to find a sub-item's parent without a scan
  const numberedByN = new Map<string, Item>();
  let numberedGroup: Group | null = null;
  // the last local number of the latest unnumbered group, which the next unnumbered group may go on from
  let carriedLocal: number | null = null;
  let groupOpenedAt = 0;

  const noteTop = (n: string) => {
    const v = Number(n.split(".")[0]);
    if (Number.isFinite(v)) lastTop = Math.max(lastTop, v);
  };

  // «I. В сфере общего образования» whose executor groups are numbered from «1.» again: they cite it in front («I.2.1»)
  let romanSection: string | null = null;

  const openGroup = (printed: string | null, heading: string, asSection = false) => {
    let n: string;
    if (asSection) romanSection = printed && /^[IVX]+$/.test(printed) ? printed : null;
    else if (printed && !/^\d+$/.test(printed)) romanSection = null;
    if (printed) {
      n = !asSection && romanSection && /^\d+$/.test(printed) ? `${romanSection}.${printed}` : printed;
      noteTop(printed);
    } else {
      lastTop += 1;
      n = String(lastTop);
    }
    groupOpenedAt = items.length;
    group = { printed, n, heading, deadline: null, numbering: null, lastLocal: null, localBulleted: null, continued: false };
    if (printed) carriedLocal = null;
    groups.push(group);
    current = null;
    afterDeadline = false;
  };

  const newItem = (marker: Marker, printed: string | null, rawText: string, parent: Item | null): Item => {
    // «Срок: …» and «Ответственный: …» may close the line in either order («… Исполнитель: ИМЦ. Срок: до …»)
    let body = rawText;
    let deadline: string | null = null;
    let responsible: string | null = null;
    for (let pass = 0; pass < 2; pass++) {
      if (!responsible) ({ text: body, responsible } = splitResponsible(body));
      if (!deadline) ({ text: body, deadline } = splitInlineDeadline(body));
    }
    if (!responsible) ({ text: body, responsible } = splitTrailingExecutor(body));
    body = body.replace(deadline || responsible ? /[(\s,]+$/ : /[(\s]+$/, "");
    const item: Item = {
      marker,
      printed,
      n: printed ?? "",
      parts: body ? [body] : [],
      group,
      parent,
      children: [],
      deadline,
      deadlineOnOwnLine: false,
      responsible: responsible ? [responsible] : [],
      leadIn: false,
    };
    if (items.length >= MAX_DIRECTIVES) refuseTooManyDirectives(items.length + 1);
    if (parent) parent.children.push(item);
    items.push(item);
    current = item;
    afterDeadline = false;
    return item;
  };

  const numberedItem = (number: string, text: string, bulleted = false) => {
    const segs = number.split(".");
    let full = number;
    const g: Group | null = group;
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
        const continued = !g.printed && g.lastLocal === null && carriedLocal !== null && v > 1 && v === carriedLocal + 1;
        const local =
          continued || (g.numbering !== "prefixed" && sameStyle && (g.lastLocal === null ? v === 1 : v === g.lastLocal + 1));
        if (local) {
          if (continued) g.continued = true;
          if (!g.printed) carriedLocal = v;
          g.numbering = "local";
          g.lastLocal = v;
          g.localBulleted = bulleted;
          full = `${g.n}.${number}`;
        } else {
          group = null; // a top-level item after the group («3. Контроль за исполнением…»)
          noteTop(number);
        }
      }
    } else noteTop(number);
    // the parent is the latest item, in this group, whose number this one extends («2.1» → «2.1.1»)
    if (numberedGroup !== group) {
      numberedGroup = group;
      numberedByN.clear();
    }
    let parent: Item | null = null;
    const segments = full.split(".");
    for (let len = segments.length - 1; len > 0 && !parent; len--) parent = numberedByN.get(segments.slice(0, len).join(".")) ?? null;
    const item = newItem("numbered", full, text, parent);
    item.n = full;
    numberedByN.set(full, item);
  };

  /** Parent for an unnumbered item: the open numbered item above it, or the bullet's own parent. */
  const unnumberedParent = (): Item | null => {
    const cur = current as Item | null;
    if (!cur || cur.group !== group) return null;
    if (cur.marker === "numbered" || cur.marker === "lettered") return afterDeadline ? cur.parent : cur;
    if (cur.leadIn || /:$/.test(lastText(cur))) return cur;
    return cur.parent;
  };

  // characters an item holds with the paragraphs glued to it (bounded by MAX_DIRECTIVE_CHARS)
  const glued = new Map<Item, number>();
  // protocols: «СЛУШАЛИ» / «ВЫСТУПИЛИ» stretches are not operative until the next «РЕШИЛИ:»
  let hearing = false;
  // documents that separate paragraphs by blank lines: a line right under a paragraph continues it
  const blankSeparated = separatesByBlankLines(lines);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    if (!raw) continue;
    let line = classifyLine(raw);
    if (line.kind === "hearing") {
      // «1. О подготовке к ГИА» · «Слушали: …»: the question line has opened the group already
      const fresh = group !== null && !(group as Group).heading && items.length === groupOpenedAt;
      if (line.text === "СЛУШАЛИ" && !(fresh && !line.number)) openGroup(line.number ?? null, "");
      hearing = true;
      continue;
    }
    if (line.kind === "question") {
      openGroup(line.number ?? null, "");
      hearing = !!line.heard;
      if (!line.text) continue;
      line = classifyLine(line.text);
    }
    if (line.kind === "decision") {
      hearing = false;
      if (!line.text) continue;
      line = classifyLine(line.text);
    }
    if (hearing) continue;
    if (line.kind === "place-date") continue;
    if (line.kind === "appendix") break;
    if (line.kind === "signature") {
      if (items.length) break;
      continue;
    }
    if (line.kind === "bare-number") {
      pending = line.number ?? null;
      continue;
    }
    if (pending && line.kind === "text") line = { kind: "numbered", number: pending, text: line.text };
    pending = null;
    const cur = current as Item | null;
    const grp = group as Group | null;

    if (line.kind === "deadline") {
      if (cur) {
        cur.deadline = line.text;
        cur.deadlineOnOwnLine = true;
        afterDeadline = true;
      } else if (grp) grp.deadline = line.text;
      continue;
    }
    if (line.kind === "responsible") {
      if (cur) cur.responsible.push(line.text);
      continue;
    }

    const next = nextContentLine(lines, i);
    const listFollows = !!next && ["numbered", "bullet", "lettered"].includes(next.kind);
    // a new paragraph that opens with a capitalised infinitive («Организовать…») also completes a
    // heading without a colon (lists whose automatic numbering was lost in conversion)
    const orderFollows = !!next && next.kind === "text" && /^[А-ЯЁ]/.test(next.text) && isInfinitive(/^[^\s,;:.]+/.exec(next.text)?.[0] ?? "");
    const headingLike =
      isExecutorHeading(line.text) && (/:\s*$/.test(line.text) || ((listFollows || orderFollows) && !/[.;,]$/.test(line.text)));

    if (line.kind === "numbered") {
      const single = !line.number!.includes(".");
      if (headingLike && single) {
        openGroup(line.number!, line.text);
      } else if (single && TOPIC.test(line.text) && next?.kind === "hearing") {
        openGroup(line.number!, ""); // «2. Об отдыхе детей.» · «Слушали: …»: a question of a protocol
      } else if (single && isSectionHeading(line, next)) {
        openGroup(line.number!, "", true);
      } else numberedItem(line.number!, line.text, line.bulleted);
      continue;
    }
    if (line.kind === "lettered") {
      const parent = cur && cur.marker === "lettered" ? cur.parent : cur;
      newItem("lettered", line.number!, line.text, parent && parent.group === group ? parent : null);
      continue;
    }
    if (line.kind === "bullet") {
      if (headingLike && /:\s*$/.test(line.text)) openGroup(null, line.text);
      else newItem("bullet", null, line.text, unnumberedParent());
      continue;
    }
    // plain text
    if (headingLike) {
      openGroup(null, line.text);
      continue;
    }
    if (cur && !afterDeadline) {
      const prev = lastText(cur);
      const opensList = /:$/.test(prev);
      const continues = CONTINUATION.test(line.text) || (blankSeparated && cur.marker === "para" && !!lines[i - 1]);
      const newSibling =
        opensList ||
        ((cur.marker === "bullet" || cur.marker === "para") && /;$/.test(prev) && startsLower(line.text)) ||
        (cur.marker === "para" && /[.;!]$/.test(prev) && !continues);
      if (!newSibling) {
        // «1000.» after item 999 is read as text: gluing the rest of the document onto 999 would hide it
        const past = /^(\d{4,})\s?[.)]\s/.exec(line.text);
        if (past && cur.marker === "numbered" && Number(past[1]) === Number(/\d+$/.exec(cur.printed ?? "")?.[0]) + 1) refuseNumberPastLimit(past[1]);
        const chars = (glued.get(cur) ?? lastText(cur).length) + line.text.length + 1;
        if (chars > MAX_DIRECTIVE_CHARS) refuseLongDirective(cur.n, chars);
        glued.set(cur, chars);
        cur.parts.push(line.text);
        // only the new paragraph can hold a «Срок:» the item did not have (joining all parts each time is quadratic)
        const split = cur.deadline ? null : splitInlineDeadline(line.text);
        if (split?.deadline) {
          cur.parts[cur.parts.length - 1] = split.text;
          cur.deadline = split.deadline;
        }
        continue;
      }
      newItem(cur.marker === "bullet" && !opensList ? "bullet" : "para", null, line.text, unnumberedParent());
      continue;
    }
    newItem("para", null, line.text, unnumberedParent());
  }

  markLeadIns(items);
  assignNumbers(items, groups);
  return { items, groups };
}

/**
 * Plans typed as one line per measure: «Обновить паспорта … – руководители ОО, до 1 октября 2024 г.»
 * Only an organisation or a post after the last dash counts, so
 * «(далее – месячник)» or «Внимание – дети!» stay in the text.
 */
const TRAILING_EXECUTOR =
  /\s[–—]\s+((?:М[БКА]?(?:ОУ|ДОУ|У)|МБУ\s+ДО|МАУ\s+ДО|МКУ\s+ДО|ГБУ|ГАУ|ОО\b|ДОО\b|руководител|заместител|директор|заведующ|учител|классн[а-яё]*\s+руководител|педагог|отдел|управлени|специалист|методист)[^–—;:,]{0,60}?)\s*(,[^–—]*|\.?)$/i;

function splitTrailingExecutor(text: string): { text: string; responsible: string | null } {
  const m = TRAILING_EXECUTOR.exec(text);
  if (!m || m.index < 15) return { text, responsible: null };
  // the deadline after the comma stays in the text, where the deadline reader finds it
  return { text: (text.slice(0, m.index) + (m[2].length > 1 ? m[2] : "")).trim(), responsible: m[1].trim() };
}

/** «О …», «Об …», «По …»: the topic of a section, not an instruction. */
const TOPIC = /^(?:О|Об|Обо|По)\s/;

/**
 * «I. Об итогах ГИА» (or «2. О работе РМО») followed by items numbered from «1.» again: a section
 * whose items cite its number in front («I.1»). It names no executor and asks for nothing.
 */
function isSectionHeading(line: Line, next: Line | null): boolean {
  if (!next || next.kind !== "numbered" || next.number !== "1" || next.bulleted) return false;
  const text = line.text;
  if (text.length > 150 || /;$/.test(text)) return false;
  if (topLevelWords(text).some((w) => isInfinitive(w.word.toLowerCase().replace(/[,;:.]+$/, "")))) return false;
  return TOPIC.test(text) || (/^[IVX]+$/.test(line.number ?? "") && !/:$/.test(text));
}

/** Openings that lean on the paragraph before: «Для этого…», «При этом…», «В том числе…». */
const CONTINUATION = /^(?:для\s+этого|при\s+этом|в\s+том\s+числе|с\s+этой\s+целью|для\s+чего|в\s+частности)(?![а-яё])/i;

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

/**
 * Lead-ins: an item ending with a colon that has sub-items, and a short bullet with no
 * punctuation followed by bullets that continue it with a preposition
 * («Внести изменения» · «в Стратегию…» · «в муниципальную программу…»).
 */
function markLeadIns(items: Item[]): void {
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

/** Numbers as cited: printed ones kept, unnumbered ones by position inside their parent or group. */
function assignNumbers(items: Item[], groups: Group[]): void {
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
    // bullets under a bullet lead-in share the counter of its level, so the lead-in takes no position
    const k = (counters.get(base) ?? 0) + 1;
    counters.set(base, k);
    item.n = base ? `${base}.${k}` : String(k);
  }
}

export { itemText };
