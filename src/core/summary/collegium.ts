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

/** An organisation of «Организации», as the «Ответственный» column names it. */
export interface CollegiumOrganisation {
  code: string;
  shortName: string;
  fullName?: string;
  /** «ОО», «ДОО», «УДО», «МКУ», «УО». */
  type: string;
  /** The head, «Петрова Анна Викторовна»: the signature when «Настройки» name nobody. */
  head?: string;
}

/** What «Поручения» says of a directive besides the check's fields: the person and the executors as written. */
export interface CollegiumDirectiveSource {
  key: string;
  person: string | null;
  /** «Руководителям общеобразовательных организаций»: the section's heading in the resolution. */
  executors: string | null;
}

export interface CollegiumOptions {
  /** Whose decisions, in the genitive: «коллегии управления образования». Derived from the documents when absent. */
  body?: string | null;
  resolutions: ResolutionRef[];
  /** «Организации»: types for «все ОО», short names for the rest. */
  organisations?: CollegiumOrganisation[];
  directiveSources?: CollegiumDirectiveSource[];
  /** From «Настройки»; the office falls back to the «УО» organisation of «Организации». */
  officeName?: string;
  headSignature?: string;
  executorName?: string;
  executorPhone?: string;
}

export const COLLEGIUM_HEADERS = ["№ п.", "Содержание поручения", "Ответственный", "Срок", "Информация об исполнении", "Статус, предложение"] as const;

export const TARGET_HEADERS = ["Пункт", "Показатель", "Целевое значение", "Значение по району", "Как посчитано", "Не достигли цели"] as const;

export interface CollegiumRow {
  /** Under COLLEGIUM_HEADERS; «Информация об исполнении» and «Статус, предложение» hold several lines. */
  cells: string[];
  info: string[];
  status: string;
  proposal: string;
}

/** The directives of one section of a resolution («1. Управлению образования (Петрова А.В.)»). */
export interface CollegiumSection {
  /** «1. Управлению образования (Петрова А.В.)»; «1.» when the directives share no executors; "" when items have no sections. */
  heading: string;
  rows: CollegiumRow[];
}

export interface CollegiumContent {
  /** The office's name at the top; "" when neither «Настройки» nor «Организации» give it. */
  officeName: string;
  title: string;
  /** One line per resolution: «Решение коллегии «…» от 22.04.2022». */
  resolutionLines: string[];
  countsLine: string;
  sections: CollegiumSection[];
  /** Every row of every section, in order. */
  rows: CollegiumRow[];
  targetRows: string[][];
  /** «МБОУ «СОШ № 3» — нет отчёта по 4 из 6 поручений». */
  silentLines: string[];
  /** The signature: position on the left, the name on the right. */
  signature: { position: string; name: string };
  /** «Исполнитель: Иванова М.С., тел. 8 (48x) 2-12-34». */
  executorLine: string;
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
  const orgs = options.organisations ?? [];
  const sources = new Map((options.directiveSources ?? []).map((d) => [d.key, d]));
  const t = s.totals;
  const onControl = s.directives.filter((d) => d.outcome !== "removed");
  const sections: CollegiumSection[] = [];
  let sectionKey: string | null = null;
  for (const d of onControl) {
    const key = `${d.directive.documentId ?? ""}\u0000${sectionOf(d.directive.n)}`;
    if (key !== sectionKey) {
      sections.push({ heading: "", rows: [] });
      sectionKey = key;
    }
    const source = sources.get(d.directive.key);
    const info = executionInfo(d, s);
    const status = d.status.text;
    const proposal = proposalFor(d);
    const responsible = source?.person?.trim() || responsibleRu(d.directive.addressees, orgs) || (d.directive.responsible ?? "");
    sections[sections.length - 1].rows.push({
      cells: [d.directive.n, d.directive.text, responsible, deadlineRu(d.directive), info.join("\n"), `${status}\n${proposal}`],
      info,
      status,
      proposal,
    });
  }
  // Headings once the rows are grouped: a section's executors and person when all its directives share them.
  let i = 0;
  for (const section of sections) {
    const group = onControl.slice(i, i + section.rows.length);
    i += section.rows.length;
    section.heading = sectionHeading(group, sources, docs);
  }
  const office = options.officeName?.trim() || officeOf(orgs);
  return {
    officeName: office,
    title: `Информация о ходе исполнения решений${body ? ` ${body}` : ""} по состоянию на ${formatRu(s.asOf)}`,
    resolutionLines: options.resolutions.map((r) => `${capitalise(r.title || r.kind)}${r.date ? ` от ${formatRu(r.date)}` : ""}`),
    countsLine:
      `Поручений на контроле: ${t.total}; из них выполнено в срок — ${t.onTime}, выполнено с нарушением срока — ${t.late}, ` +
      `выполняется — ${t.inProgress}, просрочено — ${t.overdue}. ` +
      onTimeSentence(t.onTime, t.onTime + t.late + t.overdue) +
      (t.withoutAddressees ? ` Без указанных исполнителей: ${t.withoutAddressees}.` : ""),
    sections,
    rows: sections.flatMap((x) => x.rows),
    targetRows: s.targets.map((x) => [
      `п. ${x.directive.n}`,
      x.directive.indicator || x.directive.text,
      `${x.directive.lowerIsBetter ? "не более " : ""}${valueRu(x.target, x.directive.unit)}`,
      valueRu(x.district.value, x.directive.unit),
      districtMethodNote(x.district),
      x.below.length ? x.below.map((o) => `${o.name} (${valueRu(o.value, x.directive.unit)})`).join(", ") : "нет",
    ]),
    silentLines: s.silent.map(silentLine),
    signature: signatureOf(options.headSignature, orgs),
    executorLine: executorLineOf(options.executorName, options.executorPhone),
  };
}

function officeOf(orgs: CollegiumOrganisation[]): string {
  const o = orgs.find((x) => x.type === "УО" || x.code === "УО");
  return (o?.fullName || o?.shortName || "").trim();
}

/** «1.1» → «1»; an item without a sub-number is a section of its own. */
export function sectionOf(n: string): string {
  const m = /^\s*(\d+)[.)]\s*\d/.exec(n);
  return m ? m[1] : "";
}

function sectionHeading(group: DirectiveSummary[], sources: Map<string, CollegiumDirectiveSource>, docs: Map<string, ResolutionRef>): string {
  const number = sectionOf(group[0].directive.n);
  if (!number) return "";
  const shared = (pick: (s: CollegiumDirectiveSource | undefined) => string) => {
    const values = new Set(group.map((d) => pick(sources.get(d.directive.key))));
    return values.size === 1 ? [...values][0] : "";
  };
  const executors = shared((x) => x?.executors?.trim() ?? "");
  const person = shared((x) => x?.person?.trim() ?? "");
  const doc = group[0].directive.documentId ? docs.get(group[0].directive.documentId) : undefined;
  // With several resolutions, the section says which one it is from.
  const from = doc && docs.size > 1 ? `${capitalise(doc.kind || "решение")}${doc.date ? ` от ${formatRu(doc.date)}` : ""}, п. ` : "";
  const who = executors ? ` ${executors}${person ? ` (${person})` : ""}` : "";
  return `${from}${number}.${who}`;
}

/** Plural forms of the organisation types for «все ОО»; the order they are named in. */
const GROUPED_TYPES = ["ОО", "ДОО", "УДО"];

/**
 * «Ответственный» in the nominative, from the directive's addressees: «УО», «все ОО», «все ОО, ДОО
 * и УДО», else the organisations' short names. A type is «все» only when every organisation of
 * that type in «Организации» is an addressee and there are at least two of them.
 */
export function responsibleRu(codes: string[], orgs: CollegiumOrganisation[]): string {
  if (!codes.length || !orgs.length) return "";
  const wanted = new Set(codes);
  const byCode = new Map(orgs.map((o) => [o.code, o]));
  const whole: string[] = [];
  for (const type of GROUPED_TYPES) {
    const members = orgs.filter((o) => o.type === type);
    if (members.length >= 2 && members.every((o) => wanted.has(o.code))) {
      whole.push(type);
      members.forEach((o) => wanted.delete(o.code));
    }
  }
  const order = new Map(orgs.map((o, i) => [o.code, i]));
  const single = [...wanted]
    .sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity))
    .map((code) => {
      const o = byCode.get(code);
      if (!o) return code;
      return o.type === "УО" ? "УО" : o.shortName || code;
    });
  const all = whole.length ? [`все ${whole.length > 1 ? `${whole.slice(0, -1).join(", ")} и ${whole[whole.length - 1]}` : whole[0]}`] : [];
  return [...single, ...all].join(", ");
}

// «Начальник управления образования И.И. Иванова»: the name is the initials and surname at the end.
const NAME_AT_END = /\s+((?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё-]+|[А-ЯЁ][а-яё-]+\s+(?:[А-ЯЁ]\.\s?){1,2})$/;

function signatureOf(setting: string | undefined, orgs: CollegiumOrganisation[]): { position: string; name: string } {
  const text = (setting ?? "").replace(/\s+/g, " ").trim();
  if (text) {
    const m = NAME_AT_END.exec(text);
    return m ? { position: text.slice(0, m.index).trim(), name: m[1].trim() } : { position: text, name: "" };
  }
  // «Петрова Анна Викторовна» → «А.В. Петрова», from the office's head in «Организации».
  const head = orgs.find((o) => o.type === "УО" || o.code === "УО")?.head?.trim().split(/\s+/) ?? [];
  const name = head.length === 3 ? `${head[1][0]}.${head[2][0]}. ${head[0]}` : head.join(" ");
  return { position: "Руководитель", name };
}

function executorLineOf(name: string | undefined, phone: string | undefined): string {
  const who = name?.trim() || "____________________";
  const tel = phone?.trim();
  return `Исполнитель: ${who}, ${tel ? (/^тел/i.test(tel) ? tel : `тел. ${tel}`) : "тел. ____________"}`;
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

function doneHead(name: string, m: SummaryMark): string {
  const when = m.doneDate ? formatRu(m.doneDate) : "";
  const late = m.mark === MARK.late && m.days !== null ? `с опозданием на ${daysRu(m.days)}` : "";
  return `${name}${when || late ? ` (${[when, late].filter(Boolean).join(", ")})` : ""}`;
}

/**
 * «A (01.10.2024), B (02.10.2024) — проведены классные часы; C — …»: organisations that wrote
 * the same thing share it, so the cell says it once; the order is the marks' order.
 */
function byWhatDone(marks: SummaryMark[], head: (m: SummaryMark) => string, max = 90): string {
  const groups = new Map<string, string[]>();
  for (const m of marks) {
    const what = m.whatDone ? briefly(m.whatDone, max) : "";
    // Organisations without a text stand alone, each in its place.
    const key = what || `\u0000${m.orgCode}`;
    groups.set(key, [...(groups.get(key) ?? []), head(m)]);
  }
  return [...groups].map(([what, heads]) => (what.startsWith("\u0000") ? heads.join(", ") : `${heads.join(", ")} — ${what}`)).join("; ");
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
  if (done.length) lines.push(`Выполнено: ${byWhatDone(done, (m) => doneHead(name(m.orgCode), m))}.`);
  const working = with_(MARK.onControl, MARK.dueSoon);
  if (working.length) {
    lines.push(`Работа ведётся: ${byWhatDone(working, (m) => name(m.orgCode))}.`);
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
