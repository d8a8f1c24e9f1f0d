// Svodka's deadline grammar: one small parser per phrase family, a chooser on top.
// `parseDeadline` reads a phrase a person wrote after «Срок:» (or typed into the свод);
// `findDeadline` looks for one inside an item's own text.
import type { DeadlineKind } from "../../model";
import { matchView } from "../normalise";
import { afterEvent } from "./after-event";
import { besideVerb } from "./beside-verb";
import { calendarDate } from "./calendar-date";
import { EMPTY_CONTEXT, schoolYearFirstDay, schoolYearStart, type DeadlineContext } from "./context";
import { dayRange } from "./day-range";
import { decade } from "./decade";
import { during } from "./during";
import { runFamily, type FamilyReading, type PhraseFamily, type PhraseMatch } from "./family";
import { milestone } from "./milestone";
import { monthPhrase } from "./month";
import { noTerm } from "./no-term";
import { ongoing } from "./ongoing";
import { quarter } from "./quarter";
import { recurring } from "./recurring";
import { schoolTerm } from "./school-term";
import { schoolYear } from "./school-year";
import { season } from "./season";
import { yearOnly } from "./year-only";

export type { DeadlineContext } from "./context";
export { EMPTY_CONTEXT } from "./context";

/** A deadline as read: what was written, what it means, and what the parser had to assume. */
export interface DeadlineReading {
  raw: string | null;
  kind: DeadlineKind;
  due: string | null;
  /** Russian sentences about every part the text did not say (year, day, meaning of a vague phrase). */
  implied: string[];
}

export const FAMILIES: readonly PhraseFamily[] = [
  recurring,
  ongoing,
  milestone,
  dayRange,
  afterEvent,
  during,
  schoolYear,
  quarter,
  schoolTerm,
  decade,
  season,
  calendarDate,
  monthPhrase,
  yearOnly,
  noTerm,
];

/** All family matches, overlaps resolved: the earliest start wins, then the longest. */
function matchesIn(view: string, ctx: DeadlineContext, inline: boolean): PhraseMatch[] {
  const all = FAMILIES.flatMap((f) => runFamily(f, view, ctx, inline));
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PhraseMatch[] = [];
  let reach = -1;
  for (const m of all) {
    if (m.start >= reach) {
      kept.push(m);
      reach = m.end;
    }
  }
  return kept;
}

const LEAD_WORDS = /^\s*(?:срок[аи]?(?:\s+(?:исполнения|выполнения|реализации|проведения|готовности|представления|предоставления))?\s*(?:[-:]\s*)?)/i;
const THEN = /[,;]?\s*(?:а\s+)?(?:далее|затем|в\s+дальнейшем|после\s+чего)(?![а-я])/;

function cleanRaw(raw: string): string {
  return raw
    .replace(LEAD_WORDS, "")
    .replace(/^[(\s]+|[)\s;,]+$/g, "")
    .replace(/(?<![\s\d.]г|^г)\.+$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Reads a deadline phrase as a methodologist wrote it («до 01.10.2020», «в течение года»,
 * «ежеквартально до 3 числа…», «IV квартал 2023 г.», «постоянно»). Never throws.
 * `ctx` gives the document's school year and date (to place «февраль» or «т.г.») and the
 * settings that decide vague phrases; `implied` lists, in Russian, everything assumed.
 * Unknown phrases come back as kind `none` with a «не распознан» note.
 */
export function parseDeadline(raw: string, ctx: DeadlineContext = EMPTY_CONTEXT): DeadlineReading {
  const phrase = cleanRaw(String(raw ?? ""));
  if (!phrase) return { raw: null, kind: "none", due: null, implied: [] };
  const view = matchView(phrase);
  const then = THEN.exec(view);
  const head = then && then.index > 0 ? view.slice(0, then.index) : view;
  const matches = matchesIn(head, ctx, false);
  const pick =
    matches.find((m) => m.reading.kind === "recurring" && m.family === "recurring" && !then) ??
    matches.find((m) => m.reading.kind !== "none") ??
    matches[0];
  if (!pick) {
    return { raw: phrase, kind: "none", due: null, implied: [`Срок «${phrase}» не распознан: укажите дату вручную`] };
  }
  const implied = [...pick.reading.implied];
  if (then && pick.reading.kind !== "none") {
    implied.push(`После первого срока работа повторяется («${phrase.slice(then.index).replace(/^[,;\s]+/, "")}»): взят первый срок`);
  }
  return { raw: phrase, kind: pick.reading.kind, due: pick.reading.due, implied };
}

export interface FoundDeadline extends DeadlineReading {
  raw: string;
  /** Offsets of the phrase inside the searched text. */
  start: number;
  end: number;
}

const SROK_CLAUSE =
  /(?<![а-я])срок[аи]?(?:\s+(?:исполнения|выполнения|реализации|проведения|готовности|представления|предоставления))?\s*(?:[-:]\s*)?(?=[^\s])/g;
// a dot ends the clause, but not the one of «2025 г.» or «т.г.»
const CLAUSE_END = /[;)]|(?<![\s\d.]г)\.(?=\s+[А-ЯЁа-яё(]|\s*$)|$/;

/**
 * Where the term after «срок» ends: «в срок до 15.12.2025 представление отчётов» is «до 15.12.2025»;
 * the sentence goes on after the last phrase when two or more words follow it.
 */
function termLength(phrase: string, ctx: DeadlineContext): number {
  const view = matchView(phrase);
  const last = matchesIn(view, ctx, false).filter((m) => m.reading.kind !== "none").pop();
  if (!last) return phrase.length;
  return /[а-я]{2,}[^а-я]+[а-я]{2,}/.test(view.slice(last.end)) ? last.end : phrase.length;
}

/** «срок до 31 декабря 2021 года», «(срок готовности – 1 ноября 2014 г.)». */
function srokClause(text: string, view: string, ctx: DeadlineContext): FoundDeadline | null {
  SROK_CLAUSE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SROK_CLAUSE.exec(view))) {
    const from = m.index + m[0].length;
    // a deadline phrase is short: reading up to the end of a long line for every «срок» was quadratic
    const rest = text.slice(from, from + 300);
    const clause = rest.slice(0, CLAUSE_END.exec(rest)?.index ?? rest.length);
    const endAt = termLength(clause, ctx);
    const phrase = clause.slice(0, endAt);
    const reading = parseDeadline(phrase, ctx);
    if (reading.kind !== "none" && reading.raw) return { ...reading, raw: reading.raw, start: m.index, end: from + endAt };
  }
  return null;
}

/** A bracket that holds nothing but a deadline: «(февраль)», «( до 1 сентября 2021 года)». */
function bracketed(text: string, view: string, ctx: DeadlineContext): FoundDeadline | null {
  const re = /\(([^()]{1,80})\)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(view))) {
    const inner = m[1];
    const matches = matchesIn(inner, ctx, false).filter((x) => x.reading.kind !== "none");
    const covered = matches.reduce((s, x) => s + (x.end - x.start), 0);
    if (matches.length && covered >= inner.replace(/[\s.,;-]/g, "").length * 0.6) {
      const raw = cleanRaw(text.slice(m.index + 1, m.index + 1 + inner.length));
      const reading = parseDeadline(raw, ctx);
      if (reading.kind !== "none") return { ...reading, raw, start: m.index, end: m.index + m[0].length };
    }
  }
  return null;
}

/**
 * A date found inside an item's text that lies before the document was adopted describes the
 * past («по итогам олимпиады, проведённой в феврале 2024 г.»), not a deadline.
 */
function beforeDocument(reading: FamilyReading, ctx: DeadlineContext): boolean {
  const { due } = reading;
  const d = ctx.documentDate;
  if (!due || !d) return false;
  // «с 1 сентября 2025 года» in a document of 10 September: the start of its own school year
  const year = schoolYearStart(ctx);
  if (reading.start && year !== null && due >= schoolYearFirstDay(year, ctx.settings)) return false;
  const from = d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
  return due < from;
}

/**
 * Finds a deadline inside an item's text. Order of trust: a «срок …» clause, a bracket holding
 * only a deadline, a strong phrase anywhere («до 31 декабря 2021 года», «к концу 2021 года»,
 * «ежеквартально»), then a weak phrase only where it closes the item
 * («… в 2021-2022 учебном году;»), and last one standing beside the verb («обеспечить в 2026 г. …»).
 */
export function findDeadline(text: string, ctx: DeadlineContext = EMPTY_CONTEXT): FoundDeadline | null {
  const view = matchView(text);
  const found = srokClause(text, view, ctx) ?? bracketed(text, view, ctx);
  if (found) return found;
  const kept = matchesIn(view, ctx, true);
  const matches = kept.filter(
    (m) => m.reading.kind !== "none" && m.reading.trust !== "never" && !beforeDocument(m.reading, ctx),
  );
  const closing = (m: PhraseMatch) => /^[\s.;,:!»)]*$/.test(view.slice(m.end));
  const pick =
    matches.find((m) => m.reading.trust === "strong") ??
    matches.find((m) => closing(m)) ??
    matches.find((m) => besideVerb(view, m.start, m.end));
  if (!pick) return null;
  let end = pick.end;
  if (pick.reading.kind === "recurring") {
    // the rhythm keeps the phrases right after it that name its day («ежеквартально, до 5 числа
    // месяца, следующего за отчётным кварталом», «ежегодно до 1 сентября»), not the work that follows
    for (const next of kept) if (next.start >= end && /^[\s,]*$/.test(view.slice(end, next.start))) end = next.end;
  }
  // «в 2026 г.» keeps the dot of its abbreviation
  const raw = text.slice(pick.start, end).replace(/[\s;,]+$/, "").replace(/(?<![\s\d.]г)\.+$/, "").replace(/[\s;,]+$/, "");
  return { raw, kind: pick.reading.kind, due: pick.reading.due, implied: pick.reading.implied, start: pick.start, end };
}
