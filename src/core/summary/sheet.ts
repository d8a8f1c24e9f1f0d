// The summary → the «Сводка <период>» sheet: four blocks, two charts
// (discipline by organisation; target against the district figure).

import { formatRu } from "../dates";
import { parsePeriod, periodLabel } from "../periods";
import { districtMethodNote } from "../check/targets";
import { MARK, type Mark } from "../check/types";
import type { SheetContent } from "../workbook/port";
import type { Summary } from "./summarise";
import { deadlineRu, lateOrgsRu, shortText } from "./texts";

export function summarySheetName(period: string): string {
  return `Сводка ${period}`;
}

export function periodTitle(period: string): string {
  const p = parsePeriod(period);
  return p ? periodLabel(p) : period;
}

/** What «% исполнения в срок» counts, said wherever the figure is shown. */
export const ON_TIME_SHARE_NOTE = "«% исполнения в срок» = выполнено в срок ÷ (выполнено в срок + с нарушением срока + просрочено)";

export function shareRu(share: number | null): string {
  return share === null ? "—" : `${Math.round(share * 100)} %`;
}

/** The count columns both tables share, in this order: pairs on control, then each mark, then missed targets. */
const COUNT_HEADERS = ["Всего на контроле", "Выполнено в срок", "С нарушением срока", "Просрочено", "Нет отчёта", "Срок истекает", "На контроле", "Ниже цели"];
const COUNT_TYPES = COUNT_HEADERS.map(() => "integer" as const);

function countCells(total: number, counts: Record<Mark, number>, belowTarget: number): number[] {
  return [
    total,
    counts[MARK.onTime],
    counts[MARK.late],
    counts[MARK.overdue],
    counts[MARK.noReport],
    counts[MARK.dueSoon],
    counts[MARK.onControl],
    belowTarget,
  ];
}

export function summarySheet(s: Summary): SheetContent {
  const t = s.totals;
  return {
    name: summarySheetName(s.period),
    title: `Ход исполнения поручений за ${periodTitle(s.period)}`,
    subtitle:
      `По состоянию на ${formatRu(s.asOf)}. Поручений на контроле: ${t.total}; выполнено в срок — ${t.onTime}, с нарушением срока — ${t.late}, ` +
      `выполняется — ${t.inProgress}, просрочено — ${t.overdue}; % исполнения в срок — ${shareRu(t.onTimeShare)} (считаются поручения).`,
    blocks: [
      {
        title: "Исполнение по поручениям",
        headers: ["№ п.", "Поручение", "Срок", "Статус", ...COUNT_HEADERS, "Просрочили", "Не представили отчёт"],
        types: ["text", "text", "text", "text", ...COUNT_TYPES, "text", "text"],
        rows: s.directives.map((d) => [
          d.directive.n,
          shortText(d.directive.text),
          deadlineRu(d.directive),
          d.status.text,
          ...countCells(d.status.total, d.counts, d.belowTarget),
          lateOrgsRu(d.overdue),
          d.silent.map((o) => o.name).join(", "),
        ]),
      },
      {
        title: "Исполнительская дисциплина организаций",
        headers: ["Организация", ...COUNT_HEADERS, "% исполнения в срок"],
        types: ["text", ...COUNT_TYPES, "percent"],
        rows: s.organisations.map((o) => [o.name, ...countCells(o.total, o.counts, o.belowTarget), o.onTimeShare]),
        note: `${ON_TIME_SHARE_NOTE}, по парам «поручение — организация»; «Всего на контроле» — все такие пары, «На контроле» — отметка.`,
        chart: { kind: "bar", title: "% исполнения в срок", series: [9] },
      },
      {
        title: "Целевые показатели",
        headers: ["Показатель", "Целевое значение", "Значение по району", "Ед. изм.", "Как посчитано", "Ниже цели"],
        types: ["text", "number", "number", "text", "text", "text"],
        rows: s.targets.map((x) => [
          `п. ${x.directive.n}. ${shortText(x.directive.indicator || x.directive.text, 80)}`,
          x.target,
          x.district.value,
          x.directive.unit ?? "",
          districtMethodNote(x.district),
          x.below.map((o) => o.name).join(", "),
        ]),
        chart: { kind: "column", title: "Цель и значение по району", series: [1, 2] },
      },
      {
        title: "Просроченные поручения",
        headers: ["№ п.", "Поручение", "Срок", "Исполнители (дней просрочки)"],
        types: ["text", "text", "text", "text"],
        rows: s.overdue.map((o) => [o.directive.n, shortText(o.directive.text), deadlineRu(o.directive), lateOrgsRu(o.executors)]),
      },
    ],
  };
}
