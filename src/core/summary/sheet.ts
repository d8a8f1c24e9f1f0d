// The summary → the «Сводка <период>» sheet: four blocks, two charts
// (discipline by organisation; target against the district figure).

import { formatRu } from "../dates";
import { parsePeriod, periodLabel } from "../periods";
import { districtMethodNote } from "../check/targets";
import { MARK } from "../check/types";
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

export function summarySheet(s: Summary): SheetContent {
  const t = s.totals;
  const share = t.onTimeShare === null ? "—" : `${Math.round(t.onTimeShare * 100)} %`;
  return {
    name: summarySheetName(s.period),
    title: `Ход исполнения поручений за ${periodTitle(s.period)}`,
    subtitle:
      `По состоянию на ${formatRu(s.asOf)}. На контроле ${t.total}: выполнено в срок ${t.onTime}, с нарушением срока ${t.late}, ` +
      `выполняется ${t.inProgress}, просрочено ${t.overdue}; выполнено в срок ${share}.`,
    blocks: [
      {
        title: "Исполнение по поручениям",
        headers: ["№ п.", "Поручение", "Срок", "Статус", "В срок", "С нарушением срока", "Ниже цели", "На контроле", "Срок истекает", "Нет отчёта", "Просрочено", "Просрочили", "Не прислали отчёт"],
        types: ["text", "text", "text", "text", "integer", "integer", "integer", "integer", "integer", "integer", "integer", "text", "text"],
        rows: s.directives.map((d) => [
          d.directive.n,
          shortText(d.directive.text),
          deadlineRu(d.directive),
          d.status.text,
          d.counts[MARK.onTime],
          d.counts[MARK.late],
          d.counts[MARK.belowTarget],
          d.counts[MARK.onControl],
          d.counts[MARK.dueSoon],
          d.counts[MARK.noReport],
          d.counts[MARK.overdue],
          lateOrgsRu(d.overdue),
          d.silent.map((o) => o.name).join(", "),
        ]),
      },
      {
        title: "Исполнительская дисциплина организаций",
        headers: ["Организация", "На контроле", "Выполнено в срок", "С нарушением срока", "Просрочено", "Нет отчёта", "Выполнено в срок, %"],
        types: ["text", "integer", "integer", "integer", "integer", "integer", "percent"],
        rows: s.organisations.map((o) => [o.name, o.onControl, o.doneOnTime, o.doneLate, o.overdue, o.noReport, o.onTimeShare]),
        chart: { kind: "bar", title: "Доля поручений, выполненных в срок", series: [6] },
      },
      {
        title: "Целевые показатели",
        headers: ["Показатель", "Целевое значение", "Значение по району", "Ед. изм.", "Как посчитано", "Ниже цели"],
        types: ["text", "number", "number", "text", "text", "text"],
        rows: s.targets.map((x) => [
          `п. ${x.directive.n}. ${shortText(x.directive.text, 80)}`,
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
