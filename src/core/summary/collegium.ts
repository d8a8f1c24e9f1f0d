// The collegium document's content as plain text: title, counts line, the table of
// directives, targets, organisations without reports. src/formats/collegium-docx.ts lays
// it out; keeping the wording here lets it be tested without unzipping a .docx.

import { formatRu } from "../dates";
import { districtMethodNote } from "../check/targets";
import { percentRu, plural, valueRu } from "../check/ru-text";
import { MARK, MARKS_IN_ORDER, type Mark } from "../check/types";
import { proposalFor } from "./proposal";
import type { DirectiveSummary, Summary } from "./summarise";
import { deadlineRu, lateOrgsRu } from "./texts";

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
  "Пункт решения (№, дата)",
  "Содержание поручения",
  "Ответственный",
  "Срок",
  "Информация об исполнении",
  "Статус",
  "Предложение",
] as const;

export const TARGET_HEADERS = ["Пункт", "Показатель", "Целевое значение", "Значение по району", "Как посчитано", "Организации ниже цели"] as const;

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
      `Всего на контроле поручений: ${t.total}; выполнено в срок — ${t.onTime}, выполнено с нарушением срока — ${t.late}, ` +
      `выполняется — ${t.inProgress}, просрочено — ${t.overdue}. Выполнено в срок: ${percentRu(t.onTime, t.total)}.`,
    rows: onControl.map((d, i) => {
      const doc = d.directive.documentId ? docs.get(d.directive.documentId) : undefined;
      const item = `п. ${d.directive.n}${doc ? `, ${doc.kind || "решение"}${doc.date ? ` от ${formatRu(doc.date)}` : ""}` : ""}`;
      const info = executionInfo(d, s);
      return {
        cells: [String(i + 1), item, d.directive.text, d.directive.responsible ?? "", deadlineRu(d.directive), info.join("\n"), d.status.text, proposalFor(d, s.asOf)],
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
    silentLines: s.silent.map((o) => `${o.name} — нет отчёта по ${o.missing} из ${o.owed} ${plural(o.owed, "поручения", "поручений", "поручений")}`),
  };
}

const INFO_LABEL: Partial<Record<Mark, string>> = {
  [MARK.onTime]: "Выполнено в срок",
  [MARK.late]: "Выполнено с нарушением срока",
  [MARK.belowTarget]: "Ниже целевого значения",
  [MARK.onControl]: "Выполняется",
  [MARK.dueSoon]: "Срок истекает",
  [MARK.noReport]: "Нет отчёта",
};

/** «Выполнено в срок: СОШ № 1, СОШ № 2», «Просрочено: СОШ № 3 (16 дней)», one line per mark. */
function executionInfo(d: DirectiveSummary, s: Summary): string[] {
  const lines: string[] = [];
  const names = new Map(s.organisations.map((o) => [o.code, o.name]));
  for (const mark of MARKS_IN_ORDER) {
    if (mark === MARK.removed) continue;
    if (mark === MARK.overdue) {
      if (d.overdue.length) lines.push(`Просрочено: ${lateOrgsRu(d.overdue)}`);
      continue;
    }
    const orgs = d.marks.filter((m) => m.mark === mark).map((m) => names.get(m.orgCode) ?? m.orgCode);
    if (orgs.length) lines.push(`${INFO_LABEL[mark]}: ${orgs.join(", ")}`);
  }
  const target = s.targets.find((x) => x.directive.key === d.directive.key);
  if (target && target.district.value !== null) {
    lines.push(`Значение по району: ${valueRu(target.district.value, d.directive.unit)} при цели ${valueRu(target.target, d.directive.unit)}`);
  }
  return lines;
}
