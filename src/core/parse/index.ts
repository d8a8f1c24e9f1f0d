// Resolution parser: text → ParsedDocument (see ../shared/corpus/SPEC.md).
// Pipeline: normalise → document meta → operative part → structure (groups, items, numbers)
// → per directive: executors, deadline, target, controlled, warnings.
import {
  DEFAULT_PARSE_SETTINGS,
  type Deadline,
  type ParseSettings,
  type ParsedDirective,
  type ParsedDocument,
} from "../model";
import { isControlled, isSelfApproval } from "./controlled";
import { withRecurrence } from "./deadline/recurrence";
import { findDeadline, parseDeadline as readDeadline, type DeadlineContext, type DeadlineReading } from "./deadline";
import { executorsFromPhrase, inlineExecutorSplit, personOnly, responsibleExecutors, type Executors } from "./executors";
import {
  documentNumber,
  explicitDate,
  findTitle,
  isAugustMeeting,
  mentionedSchoolYear,
  schoolYearOfDate,
  titleYear,
} from "./meta";
import { isInfinitive } from "./russian";
import { resolutionLines } from "./text-lines";
import { findOperativeStart } from "./operative";
import { buildStructure, itemText, type Group, type Item } from "./structure";
import { findTarget } from "./targets";

export type { DeadlineContext, DeadlineReading } from "./deadline";
export { formatTrace, traceResolution, type TracedLine } from "./trace";

/**
 * Reads a deadline phrase («до 01.10.2020», «в течение года», «IV квартал 2023 г.», «постоянно»)
 * the way the parser does, for code that re-reads what a methodologist typed into the свод.
 * `ctx.schoolYear` (`YYYY-YYYY`) places a month or day written without a year; `ctx.documentDate`
 * anchors «в течение 10 дней» and «т.г.»; `ctx.settings` decides «в течение года».
 * Returns kind/due as in SPEC.md plus `implied`: Russian notes on what was assumed.
 * Never throws; an unreadable phrase gives kind `none` and a «не распознан» note.
 */
export function parseDeadline(
  raw: string,
  ctx: Partial<DeadlineContext> = {},
): DeadlineReading {
  return readDeadline(raw, {
    schoolYear: ctx.schoolYear ?? null,
    documentDate: ctx.documentDate ?? null,
    settings: ctx.settings ?? DEFAULT_PARSE_SETTINGS,
  });
}

interface Meta {
  title: string;
  number: string | null;
  kind: string;
  date: string | null;
  schoolYear: string | null;
  warnings: string[];
}

function documentMeta(lines: string[], operativeLine: number, settings: ParseSettings): Meta {
  const warnings: string[] = [];
  const heading = findTitle(lines);
  const { title, kind, endLine } = heading;
  let date = explicitDate(lines, endLine, lastContentLine(lines) - 2, operativeLine);
  const text = lines.join("\n");
  const preamble = lines.slice(0, Math.max(operativeLine, endLine + 1)).join("\n");
  let start = mentionedSchoolYear(title);
  if (start === null && date) start = schoolYearOfDate(date, settings);
  if (start === null) start = mentionedSchoolYear(text);
  const august = isAugustMeeting(title) || isAugustMeeting(preamble.slice(0, 600));
  const yearInTitle = titleYear(title);
  if (start === null && yearInTitle !== null && august) start = yearInTitle;
  if (!date) {
    const year = yearInTitle ?? start;
    if (year !== null && august) date = `${year}-08`;
    else if (year !== null) date = String(year);
    if (date) warnings.push(`Дата документа не указана полностью: взято «${date}»`);
    else warnings.push("Дата документа не найдена");
  }
  if (start === null) warnings.push("Учебный год документа не определён: месяцы без года не будут пересчитаны в даты");
  const number = documentNumber(lines, heading, operativeLine);
  return { title, number, kind, date, schoolYear: start === null ? null : `${start}-${start + 1}`, warnings };
}

function lastContentLine(lines: string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]) return i;
  return 0;
}

/** «Считать приоритетными задачами:» — the priorities it lists are goals, not instructions (SPEC). */
const PRIORITY_LIST = /^(?:считать|определить|признать)\s+(?:основными\s+|главными\s+)?приоритетн[а-яё]*\s+(?:задач|направлени)[а-яё]*[^.;]*:$/i;

function underPriorityList(item: Item): boolean {
  for (let p = item.parent; p; p = p.parent) if (p.leadIn && PRIORITY_LIST.test(itemText(p).trim())) return true;
  return false;
}

/** Full text of a directive: its lead-ins in front, its own paragraphs after. */
function fullText(item: Item): string {
  const own = itemText(item);
  const chain: string[] = [];
  for (let p = item.parent; p; p = p.parent) if (p.leadIn) chain.unshift(itemText(p).replace(/[:\s]+$/, ""));
  return [...chain, own].join(" ").trim();
}

function groupExecutors(group: Group | null, cache: Map<Group, Executors>): Executors {
  if (!group) return { executors: [], person: null };
  let e = cache.get(group);
  if (!e) {
    e = executorsFromPhrase(group.heading);
    cache.set(group, e);
  }
  return e;
}

function ownExecutors(item: Item): Executors | null {
  const split = inlineExecutorSplit(itemText(item));
  if (!split) return null;
  const e = executorsFromPhrase(split.executorPart);
  return e.executors.length ? e : null;
}

function itemExecutors(item: Item, cache: Map<Group, Executors>): Executors {
  let result: Executors | null = ownExecutors(item);
  // a sub-item works for the executor its lead-in or its parent item names («2. ИМЦ провести…» → «2.1. подготовить…»)
  for (let p = item.parent; !result && p; p = p.parent) result = ownExecutors(p);
  result ??= groupExecutors(item.group, cache);
  if (item.responsible.length) {
    // «… Ответственный – Лукина О.В.» after a named executor: the name is the responsible person
    const persons = result.executors.length ? item.responsible.map(personOnly) : [];
    if (persons.length && persons.every(Boolean)) return { executors: result.executors, person: result.person ?? [...new Set(persons)].join(", ") };
    const named = item.responsible.map(responsibleExecutors);
    const extra = named.flatMap((r) => r.executors);
    const person = result.person ?? (named.map((r) => r.person).filter(Boolean).join(", ") || null);
    result = { executors: [...new Set([...result.executors, ...extra])], person };
  }
  return result;
}

interface DeadlinePick {
  deadline: Deadline;
  implied: string[];
  closesGroup?: boolean;
}

function deadlineOf(item: Item, ctx: DeadlineContext): DeadlinePick | null {
  if (item.deadline) {
    const r = readDeadline(item.deadline, ctx);
    return { deadline: withRecurrence({ raw: r.raw, kind: r.kind, due: r.due }), implied: r.implied };
  }
  const found = findDeadline(itemText(item), ctx);
  if (found) return { deadline: withRecurrence({ raw: found.raw, kind: found.kind, due: found.due }), implied: found.implied };
  return null;
}

/**
 * «When a whole executor group has no per-item deadlines and one deadline line closes the
 * group, it applies to every item of the group» — the same for the sub-items of one lead-in.
 */
function closingDeadlines(directives: Item[]): Map<Item, Item> {
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

/** An item that asks someone to act: an executor is named, or it opens with an infinitive or an acknowledgement. */
function readsAsInstruction(item: Item, cache: Map<Group, Executors>): boolean {
  const text = fullText(item);
  if (!isControlled(text)) return true;
  if (groupExecutors(item.group, cache).executors.length || ownExecutors(item)) return true;
  const first = /^[«(]*([а-яё-]+)/i.exec(text)?.[1] ?? "";
  return isInfinitive(first);
}

function noExecutorWarning(): string {
  return "Исполнитель не указан: укажите, кому поручен пункт";
}

export function parseResolution(text: string, settings: ParseSettings = DEFAULT_PARSE_SETTINGS): ParsedDocument {
  const lines = resolutionLines(text);
  const operative = findOperativeStart(lines);
  const meta = documentMeta(lines, operative.line, settings);
  const body = lines.slice(operative.line);
  if (operative.rest) body.unshift(operative.rest);
  const warnings = [...meta.warnings];
  if (!operative.found) {
    warnings.push("Не найдено начало постановляющей части («РЕШИЛА:», «рекомендует:» и т. п.): пункты искались по всему тексту");
  }
  const { items } = buildStructure(body);
  const ctx: DeadlineContext = { schoolYear: meta.schoolYear, documentDate: meta.date, settings };
  const cache = new Map<Group, Executors>();
  let directives = items.filter((it) => !(it.leadIn && it.children.length) && itemText(it).length > 0 && !underPriorityList(it));
  // without an operative formula, numbered findings of a report («1. Сайты всех школ содержат…»)
  // must not pass for directives: keep only what reads as an instruction
  if (!operative.found) directives = directives.filter((it) => readsAsInstruction(it, cache));
  const closing = closingDeadlines(directives);
  const out: ParsedDirective[] = directives.map((item) => {
    const text = fullText(item);
    let controlled = isControlled(itemText(item)) && isControlled(text);
    // «Информацию … принять к сведению» names no executor even though it opens with a dative-looking word
    const { executors, person } = controlled ? itemExecutors(item, cache) : groupExecutors(item.group, cache);
    const itemWarnings: string[] = [];
    let pick = deadlineOf(item, ctx);
    for (let p = item.parent; !pick && p; p = p.parent) if (p.leadIn) pick = deadlineOf(p, ctx);
    if (!pick && closing.has(item)) {
      pick = deadlineOf(closing.get(item)!, ctx);
      if (pick) itemWarnings.push(`Срок взят из строки «Срок: ${pick.deadline.raw}», закрывающей группу пунктов`);
    }
    if (!pick && item.group?.deadline) pick = deadlineOf({ ...item, deadline: item.group.deadline }, ctx);
    const deadline: Deadline = pick?.deadline ?? { raw: null, kind: "none", due: null };
    if (controlled && isSelfApproval(text, executors.length > 0, deadline.kind !== "none")) controlled = false;
    itemWarnings.unshift(...(pick?.implied ?? []));
    if (controlled && executors.length === 0) itemWarnings.push(noExecutorWarning());
    const target = controlled ? findTarget(text) : null;
    return { n: item.n, text, executors, person, deadline, target, controlled, warnings: itemWarnings };
  });
  if (out.length === 0) warnings.push("Пункты решения не найдены: проверьте, что это текст резолюции или решения");
  return { title: meta.title, number: meta.number, date: meta.date, schoolYear: meta.schoolYear, kind: meta.kind, directives: out, warnings };
}
