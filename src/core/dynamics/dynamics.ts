// «Динамика»: the year at a glance, quarter by quarter. Each quarter's figures are the
// quarterly summary's own (core/summary/summarise.ts on the marks of that quarter), so a
// column here always equals the figure of «Сводка <период>» made as of the same date.

import { addDays, formatRu } from "../dates";
import { parsePeriod, periodEnd } from "../periods";
import { shortText } from "../summary/texts";
import { ON_TIME_SHARE_NOTE, periodTitle } from "../summary/sheet";
import { MARK } from "../check/types";
import type { Summary } from "../summary/summarise";
import type { SheetContent } from "../workbook/port";

export const DYNAMICS_SHEET = "Динамика";

/** The quarters with reports, in order: `2024-Q1`, `2024-Q2`, … (badly written periods left out). */
export function periodsOf(reportPeriods: string[]): string[] {
  const ids = new Set<string>();
  for (const p of reportPeriods) {
    const q = parsePeriod(p);
    if (q) ids.add(`${q.year}-Q${q.q}`);
  }
  return [...ids].sort();
}

/**
 * The report date a past quarter is seen as of: the 5th of the month after it, the day the
 * schools' reports on it are due (she prepares the quarter's information from what came by
 * then), but never after the свод's own report date — the current quarter is seen as of today.
 */
export function dynamicsAsOf(period: string, reportDate: string): string {
  const q = parsePeriod(period);
  if (!q) throw new Error(`not a period: ${period}`);
  const due = addDays(periodEnd(q), 5);
  return due < reportDate ? due : reportDate;
}

/** «I кв. 2024» for column headers. */
function shortPeriod(period: string): string {
  const q = parsePeriod(period);
  return q ? `${["I", "II", "III", "IV"][q.q - 1]} кв. ${q.year}` : period;
}

export function dynamicsSheet(summaries: Summary[]): SheetContent {
  const heads = summaries.map((s) => shortPeriod(s.period));
  const periodSeries = summaries.map((_, i) => i + 1);

  // Organisations in the order they first appear (each summary keeps the register's order).
  const orgs = new Map<string, string>();
  for (const s of summaries) for (const o of s.organisations) if (!orgs.has(o.code)) orgs.set(o.code, o.name);

  // Targets by directive key, in the order they first appear.
  const targets = new Map<string, { label: string; target: number; unit: string }>();
  for (const s of summaries) {
    for (const t of s.targets) {
      if (!targets.has(t.directive.key)) {
        targets.set(t.directive.key, { label: `п. ${t.directive.n}. ${shortText(t.directive.indicator || t.directive.text, 80)}`, target: t.target, unit: t.directive.unit ?? "" });
      }
    }
  }

  return {
    name: DYNAMICS_SHEET,
    title: "Динамика исполнения поручений по кварталам",
    subtitle:
      // A quarter's title ends in «г.»: no second full stop after it.
      `Кварталы, за которые есть отчёты: ${summaries.map((s) => periodTitle(s.period)).join(", ") || "нет"}. `.replace(/\.\. $/, ". ") +
      "Каждый квартал — по состоянию на 5-е число месяца после него (срок отчётов), текущий — на дату отчёта; цифры те же, что в «Сводке» за квартал на эту дату.",
    blocks: [
      {
        title: "Исполнение по кварталам",
        headers: ["Квартал", "По состоянию на", "Поручений на контроле", "Выполнено в срок", "С нарушением срока", "Выполняется", "Просрочено", "% исполнения в срок"],
        types: ["text", "text", "integer", "integer", "integer", "integer", "integer", "percent"],
        rows: summaries.map((s) => [periodTitle(s.period), formatRu(s.asOf), s.totals.total, s.totals.onTime, s.totals.late, s.totals.inProgress, s.totals.overdue, s.totals.onTimeShare]),
        note: `${ON_TIME_SHARE_NOTE}, по поручениям.`,
        chart: { kind: "column", title: "% исполнения в срок по кварталам", series: [7] },
      },
      {
        title: "% исполнения в срок по организациям",
        headers: ["Организация", ...heads],
        types: ["text", ...summaries.map(() => "percent" as const)],
        rows: [...orgs].map(([code, name]) => [name, ...summaries.map((s) => s.organisations.find((o) => o.code === code)?.onTimeShare ?? null)]),
        note: `${ON_TIME_SHARE_NOTE}, по парам «поручение — организация»; пусто — в квартале ничего не было выполнено и не просрочено.`,
        chart: { kind: "column", title: "% исполнения в срок по организациям", series: periodSeries },
      },
      {
        title: "Нет отчёта и просрочено по организациям",
        headers: ["Организация", ...summaries.flatMap((s) => [`${shortPeriod(s.period)}: нет отчёта`, `${shortPeriod(s.period)}: просрочено`])],
        types: ["text", ...summaries.flatMap(() => ["integer" as const, "integer" as const])],
        rows: [...orgs].map(([code, name]) => [
          name,
          ...summaries.flatMap((s) => {
            const o = s.organisations.find((x) => x.code === code);
            return o ? [o.counts[MARK.noReport], o.counts[MARK.overdue]] : [null, null];
          }),
        ]),
      },
      {
        title: "Целевые показатели: значение по району",
        headers: ["Показатель", "Целевое значение", "Ед. изм.", ...heads],
        types: ["text", "number", "text", ...summaries.map(() => "number" as const)],
        rows: [...targets].map(([key, t]) => [t.label, t.target, t.unit, ...summaries.map((s) => s.targets.find((x) => x.directive.key === key)?.district.value ?? null)]),
        note: "Значение по району считается так же, как в «Сводке» за квартал; пусто — школы не сообщили значение с датой выполнения.",
        chart: { kind: "column", title: "Значение по району по кварталам", series: periodSeries.map((i) => i + 2) },
      },
    ],
  };
}
