// The collegium document's content as plain text: title, counts line, the table of
// directives, targets, organisations without reports. src/formats/collegium-docx.ts lays
// it out; keeping the wording here lets it be tested without unzipping a .docx.

import { formatRu } from "../dates";
import { districtMethodNote } from "../check/targets";
import { daysRu, plural, valueRu } from "../check/ru-text";
import { MARK, type Mark } from "../check/types";
import { proposalFor } from "./proposal";
import { shareRu } from "./sheet";
import type { DirectiveSummary, SilentOrganisation, Summary, SummaryMark } from "./summarise";
import { deadlineRu } from "./texts";

export interface ResolutionRef {
  id: string;
  /** «решение коллегии», «резолюция конференции». */
  kind: string;
  title: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date: string | null;
}

export interface CollegiumOptions {
  /** Whose decisions, in the genitive: «коллегии управления образования». Derived from the documents when absent. */
  body?: string | null;
  resolutions: ResolutionRef[];
}

export const COLLEGIUM_HEADERS = [
  "№ п/п",
  "Пункт решения",
  "Содержание поручения",
  "Ответственный",
  "Срок",
  "Информация об исполнении",
  "Статус",
  "Предложение",
] as const;

export const TARGET_HEADERS = ["Пункт", "Показатель", "Целевое значение", "Значение по району", "Как посчитано", "Не достигли цели"] as const;

export interface CollegiumContent {
  title: string;
  /** One line per resolution: «Решение коллегии «…» от 22.04.2022». */
  resolutionLines: string[];
  countsLine: string;
  /** Rows under COLLEGIUM_HEADERS; the «Информация об исполнении» cell holds several lines. */
  rows: { cells: string[]; info: string[] }[];
  targetRows: string[][];
  /** «МБОУ «СОШ № 3» — нет отчёта по 4 из 6 поручений». */
  silentLines: string[];
}

const BODY_BY_KIND: [RegExp, string][] = [
  [/коллеги/i, "коллегии"],
  [/конференц/i, "конференции"],
  [/совещани/i, "совещания"],
  [/совет/i, "совета"],
];

function bodyOf(resolutions: ResolutionRef[]): string {
  const bodies = new Set<string>();
  for (const r of resolutions) {
    const hit = BODY_BY_KIND.find(([re]) => re.test(r.kind) || re.test(r.title));
    if (hit) bodies.add(hit[1]);
  }
  return [...bodies].join(" и ");
}

const capitalise = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

export function collegiumContent(s: Summary, options: CollegiumOptions): CollegiumContent {
  const body = (options.body ?? "").trim() || bodyOf(options.resolutions);
  const docs = new Map(options.resolutions.map((r) => [r.id, r]));
  const t = s.totals;
  const onControl = s.directives.filter((d) => d.outcome !== "removed");
  return {
    title: `Информация о ходе исполнения решений${body ? ` ${body}` : ""} по состоянию на ${formatRu(s.asOf)}`,
    resolutionLines: options.resolutions.map((r) => `${capitalise(r.title || r.kind)}${r.date ? ` от ${formatRu(r.date)}` : ""}`),
    countsLine:
      `Поручений на контроле: ${t.total}; из них выполнено в срок — ${t.onTime}, выполнено с нарушением срока — ${t.late}, ` +
      `выполняется — ${t.inProgress}, просрочено — ${t.overdue}. ` +
      onTimeSentence(t.onTime, t.onTime + t.late + t.overdue) +
      (t.withoutAddressees ? ` Без указанных исполнителей: ${t.withoutAddressees}.` : ""),
    rows: onControl.map((d, i) => {
      const doc = d.directive.documentId ? docs.get(d.directive.documentId) : undefined;
      // With one resolution, named above the table, the item number alone says where it is from.
      const item = `п. ${d.directive.n}${doc && docs.size > 1 ? `, ${doc.kind || "решение"}${doc.date ? ` от ${formatRu(doc.date)}` : ""}` : ""}`;
      const info = executionInfo(d, s);
      return {
        cells: [String(i + 1), item, d.directive.text, d.directive.responsible ?? "", deadlineRu(d.directive), info.join("\n"), d.status.text, proposalFor(d)],
        info,
      };
    }),
    targetRows: s.targets.map((x) => [
      `п. ${x.directive.n}`,
      x.directive.indicator || x.directive.text,
      `${x.directive.lowerIsBetter ? "не более " : ""}${valueRu(x.target, x.directive.unit)}`,
      valueRu(x.district.value, x.directive.unit),
      districtMethodNote(x.district),
      x.below.length ? x.below.map((o) => `${o.name} (${valueRu(o.value, x.directive.unit)})`).join(", ") : "нет",
    ]),
    silentLines: s.silent.map(silentLine),
  };
}

/** «Исполнено в срок — 77 % (10 из 13 поручений, выполненных или просроченных).» */
function onTimeSentence(onTime: number, due: number): string {
  if (!due) return "Поручений, выполненных или просроченных, нет: доля исполненных в срок не считается.";
  const which = plural(due, "выполненного или просроченного", "выполненных или просроченных", "выполненных или просроченных");
  return `Исполнено в срок — ${shareRu(onTime / due)} (${onTime} из ${due} ${plural(due, ...DIRECTIVES_GEN)}, ${which}).`;
}

const DIRECTIVES_GEN: [string, string, string] = ["поручения", "поручений", "поручений"];

/** «СОШ № 3 — нет отчёта по 2 из 6 поручений»; a school that sent nothing at all says so. */
function silentLine(o: SilentOrganisation): string {
  if (o.nothingAtAll) return `${o.name} — отчёт не представлен (${o.owed} ${plural(o.owed, "поручение", "поручения", "поручений")} на контроле)`;
  return `${o.name} — нет отчёта по ${o.missing} из ${o.owed} ${plural(o.owed, ...DIRECTIVES_GEN)}`;
}

/** What the school wrote, cut at a word boundary to a length a table cell can hold. */
export function briefly(text: string, max = 90): string {
  let t = text.replace(/\s+/g, " ").trim().replace(/[.;,]+$/, "");
  // It follows a dash in a sentence: «СОШ № 1 — открыты кружки», but «— ОГЭ сдали все».
  if (/^[А-ЯЁ][а-яё]/.test(t)) t = t[0].toLowerCase() + t.slice(1);
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s.;,:—-]+$/, "")}…`;
}

function doneLine(name: string, m: SummaryMark): string {
  const what = m.whatDone ? briefly(m.whatDone) : "";
  const when = m.doneDate ? formatRu(m.doneDate) : "";
  const late = m.mark === MARK.late && m.days !== null ? `, с опозданием на ${daysRu(m.days)}` : "";
  const head = `${name}${when || late ? ` (${[when, late.slice(2)].filter(Boolean).join(", ")})` : ""}`;
  return what ? `${head} — ${what}` : head;
}

/**
 * «Информация об исполнении»: what the schools say they did (their «Что сделано», short,
 * per organisation), then who has not done what. Every organisation stands under the
 * heading its mark gives, so a school that sent nothing is never among those at work.
 */
function executionInfo(d: DirectiveSummary, s: Summary): string[] {
  const names = new Map(s.organisations.map((o) => [o.code, o.name]));
  const name = (code: string) => names.get(code) ?? code;
  const with_ = (...marks: Mark[]) => d.marks.filter((m) => marks.includes(m.mark));
  const lines: string[] = [];
  const done = with_(MARK.onTime, MARK.late);
  if (done.length) lines.push(`Выполнено: ${done.map((m) => doneLine(name(m.orgCode), m)).join("; ")}.`);
  const working = with_(MARK.onControl, MARK.dueSoon);
  if (working.length) {
    const items = working.map((m) => (m.whatDone ? `${name(m.orgCode)} — ${briefly(m.whatDone)}` : name(m.orgCode)));
    lines.push(`Работа ведётся: ${items.join("; ")}.`);
  }
  if (d.overdue.length) {
    const items = d.overdue.map((o) => {
      const m = d.marks.find((x) => x.orgCode === o.code && x.mark === MARK.overdue);
      const days = o.days !== null ? `просрочено на ${daysRu(o.days)}` : "срок истёк";
      if (!m?.reported) return `${o.name} (${days}, отчёт не представлен)`;
      return m.whatDone ? `${o.name} (${days}) — ${briefly(m.whatDone, 80)}` : `${o.name} (${days})`;
    });
    lines.push(`Не выполнено в срок: ${items.join("; ")}.`);
  }
  if (d.silent.length) lines.push(`Не представили отчёт: ${d.silent.map((o) => o.name).join(", ")}.`);
  const target = s.targets.find((x) => x.directive.key === d.directive.key);
  if (target && target.district.value !== null) {
    const bound = d.directive.lowerIsBetter ? "не более " : "";
    lines.push(`Значение по району: ${valueRu(target.district.value, d.directive.unit)} при цели ${bound}${valueRu(target.target, d.directive.unit)}.`);
  }
  if (target && target.below.length) {
    const label = d.directive.lowerIsBetter ? "Целевое значение не достигнуто" : "Ниже целевого значения";
    lines.push(`${label}: ${target.below.map((o) => `${o.name} (${valueRu(o.value, d.directive.unit)})`).join(", ")}.`);
  }
  return lines;
}
