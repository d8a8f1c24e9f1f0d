// Resolution parser: text → ParsedDocument (see ../shared/corpus/SPEC.md).
// Pipeline: text-lines (normalise) → document-meta → operative (where the operative part starts)
// → structure (lines classified once, one handler per line kind, lead-ins, cited numbers)
// → per directive: executor-families (who acts), directive-deadline, controlled, targets, warnings.
import {
  DEFAULT_PARSE_SETTINGS,
  type ParseSettings,
  type ParsedDirective,
  type ParsedDocument,
} from "../model";
import { isControlled, isSelfApproval } from "./controlled";
import { parseDeadline as readDeadline, type DeadlineContext, type DeadlineReading } from "./deadline";
import { groupExecutors, ownExecutors, readExecutors, type ExecutorContext } from "./executor-families";
import { documentMeta } from "./document-meta";
import { closingDeadlines, directiveDeadline } from "./directive-deadline";
import { isExecutorHeading } from "./executors";
import { isInfinitive } from "./russian";
import { gluedVerb } from "./word-repair";
import { forgetInlineSplits, inlineExecutorSplit } from "./executor-inline";
import { resolutionLines } from "./text-lines";
import { findOperativeStart } from "./operative";
import { buildStructure, itemText, type Item } from "./structure";
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

/** A deadline that says by when, not what period: «до 01.09.2025», «в срок до …», «не позднее …», «к 1 марта». */
const DUE = /^(?:в\s+срок\s+)?(?:до|не\s+позднее|не\s+позже|к)\s/i;

/** «Считать приоритетными задачами:» — the priorities it lists are goals, not instructions (SPEC). */
const PRIORITY_LIST = /^(?:считать|определить|признать)\s+(?:основными\s+|главными\s+)?приоритетн[а-яё]*\s+(?:задач|направлени)[а-яё]*[^.;]*:$/i;

function underPriorityList(item: Item): boolean {
  for (let p = item.parent; p; p = p.parent) if (p.leadIn && PRIORITY_LIST.test(itemText(p).trim())) return true;
  return false;
}

/**
 * Full text of a directive: its lead-ins in front, its own paragraphs after. A lead-in's executor
 * («Руководителям ОО, в т.ч. филиалов, в 2026 году обеспечить:», «3.3. МКУ «ЦРО» и РМО:») is left
 * out — the directive names it among its executors — so the bullet's own words stay in view.
 */
function fullText(item: Item): string {
  const own = itemText(item);
  const chain: string[] = [];
  // a lead-in that only names executors («3.3. МКУ «ЦРО» (О. А. Тихонравова) и РМО:») adds no words
  for (let p = item.parent; p; p = p.parent) if (p.leadIn && !isExecutorHeading(itemText(p))) chain.unshift(itemText(p).replace(/[:\s]+$/, ""));
  const lead = chain.join(" ");
  const split = lead ? inlineExecutorSplit(lead) : null;
  return [split ? split.rest : lead, own].join(" ").trim();
}

/** An item that asks someone to act: an executor is named, or it opens with an infinitive or an acknowledgement. */
function readsAsInstruction(item: Item, cache: ExecutorContext): boolean {
  const text = fullText(item);
  if (!isControlled(text)) return true;
  if (groupExecutors(item.group, cache).executors.length || ownExecutors(item)) return true;
  const first = /^[«(]*([а-яё-]+)/i.exec(text)?.[1] ?? "";
  return isInfinitive(first) || gluedVerb(first) !== null;
}

export function parseResolution(text: string, settings: ParseSettings = DEFAULT_PARSE_SETTINGS): ParsedDocument {
  forgetInlineSplits();
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
  const cache: ExecutorContext = { headings: new Map() };
  let directives = items.filter((it) => !(it.leadIn && it.children.length) && itemText(it).length > 0 && !underPriorityList(it));
  // without an operative formula, numbered findings of a report («1. Сайты всех школ содержат…»)
  // must not pass for directives: keep only what reads as an instruction
  if (!operative.found) directives = directives.filter((it) => readsAsInstruction(it, cache));
  const closing = closingDeadlines(directives);
  const out: ParsedDirective[] = directives.map((item) => {
    const text = fullText(item);
    let controlled = isControlled(itemText(item)) && isControlled(text);
    const who = readExecutors(item, controlled, cache);
    const { executors, person } = who.said;
    let { deadline, implied } = directiveDeadline(item, closing, ctx);
    // «Утвердить план-график … в 2025-2026 учебном году (приложение 1)»: the date belongs to what is
    // approved; only a due date («до …», a «Срок:» line) makes the approval someone's task
    const due = deadline.kind !== "none" && (!!item.deadline || DUE.test(deadline.raw ?? ""));
    if (controlled && isSelfApproval(text, executors.length > 0, due)) {
      controlled = false;
      if (!item.deadline) [deadline, implied] = [{ raw: null, kind: "none", due: null }, []];
    }
    // «Проверить»: what was implied about the deadline, then about who acts
    const itemWarnings = [...implied, ...(controlled ? who.implied : [])];
    const target = controlled ? findTarget(text) : null;
    return { n: item.n, text, executors, person, deadline, target, controlled, warnings: itemWarnings };
  });
  if (out.length === 0) warnings.push("Пункты решения не найдены: проверьте, что это текст резолюции или решения");
  return { title: meta.title, number: meta.number, date: meta.date, schoolYear: meta.schoolYear, kind: meta.kind, directives: out, warnings };
}
