// What the pane names after «Проверить» and «Сводка за квартал»: who is overdue, who sent
// nothing, which targets are missed. Each group lists its items by organisation or by
// directive (she switches); every number comes from the core's Summary, which is computed
// from the marks of «Контроль» alone, so the pane says what the sheet and the .docx say.
import { daysRu, valueRu } from "../core/check/ru-text";
import type { CheckDirective } from "../core/check/types";
import { formatRu } from "../core/dates";
import type { OrgRef, Summary, TargetSummary } from "../core/summary";
import { shareRu } from "../core/summary/sheet";
import { count, DIRECTIVE_FORMS, shorten } from "./russian";

export type GroupId = "overdue" | "silent" | "targets";
export type Grouping = "byOrganisation" | "byDirective";

/** One line inside an expanded item: a directive under an organisation, or the other way round. */
export interface FindingLine {
  key: string;
  text: string;
  orgCode: string;
  directiveKey: string;
  /** Days overdue, for the overdue group. */
  days?: number | null;
  /** The value reported, for the targets group. */
  value?: number | null;
}

/** An organisation or a directive: its name, one line of figures, and the lines it expands to. */
export interface FindingItem {
  key: string;
  title: string;
  summary: string;
  /** The number the summary line states (overdue directives, missing reports, values below target…). */
  n: number;
  lines: FindingLine[];
}

export interface FindingGroup {
  id: GroupId;
  heading: string;
  /** Shown instead of the items when there are none. */
  empty: string;
  byOrganisation: FindingItem[];
  byDirective: FindingItem[];
}

export interface SummaryView {
  /** The totals line: the figures of «Сводка <период>» (directives, not pairs). */
  totals: string;
  /** What «% исполнения в срок» counts. */
  shareNote: string;
  groups: FindingGroup[];
}

const ORG_FORMS: [string, string, string] = ["организация", "организации", "организаций"];
const ORG_GENITIVE: [string, string, string] = ["организации", "организаций", "организаций"];
const DIRECTIVE_DATIVE: [string, string, string] = ["поручению", "поручениям", "поручениям"];
const DIRECTIVE_GENITIVE: [string, string, string] = ["поручения", "поручений", "поручений"];

/** «п. 2. Обеспечить охват дополнительным образованием…» */
export function directiveTitle(d: Pick<CheckDirective, "n" | "text">): string {
  return `п. ${d.n}. ${shorten(d.text, 110)}`;
}

/** «не менее 75 %» or, where lower is better, «не более 1 %». */
export function targetRu(d: Pick<CheckDirective, "targetValue" | "unit" | "lowerIsBetter">): string {
  return `${d.lowerIsBetter ? "не более" : "не менее"} ${valueRu(d.targetValue, d.unit)}`;
}

export function totalsLine(s: Summary): string {
  const t = s.totals;
  return (
    `По состоянию на ${formatRu(s.asOf)}. Поручений на контроле: ${t.total}; выполнено в срок — ${t.onTime}, ` +
    `с нарушением срока — ${t.late}, выполняется — ${t.inProgress}, просрочено — ${t.overdue}; ` +
    `% исполнения в срок — ${shareRu(t.onTimeShare)}.` +
    (t.withoutAddressees ? ` Без организаций-исполнителей: ${count(t.withoutAddressees, DIRECTIVE_FORMS)}, в подсчёт не вошли.` : "")
  );
}

export const SHARE_NOTE =
  "% исполнения в срок = выполнено в срок ÷ (выполнено в срок + с нарушением срока + просрочено); считаются поручения, а не организации.";

export function summaryView(s: Summary): SummaryView {
  return { totals: totalsLine(s), shareNote: SHARE_NOTE, groups: [overdueGroup(s), silentGroup(s), targetsGroup(s)] };
}

/** Organisations in the register's order (the summary's), each with the lines that name it. */
function byOrganisation(s: Summary, lines: FindingLine[]): { org: OrgRef; lines: FindingLine[] }[] {
  const order = s.organisations.map((o): OrgRef => ({ code: o.code, name: o.name }));
  return order.map((org) => ({ org, lines: lines.filter((l) => l.orgCode === org.code) })).filter((g) => g.lines.length);
}

function overdueGroup(s: Summary): FindingGroup {
  const pairs = s.overdue.flatMap((o) =>
    o.executors.map((e) => ({ directive: o.directive, controlDate: o.controlDate, org: e as OrgRef, days: e.days })),
  );
  const late = (days: number | null) => (days !== null ? `, просрочено на ${daysRu(days)}` : "");
  const deadline = (iso: string | null) => (iso ? `срок ${formatRu(iso)}` : "срок не указан");
  const orgLines = pairs.map(
    (p): FindingLine => ({
      key: `${p.org.code}|${p.directive.key}`,
      text: `${directiveTitle(p.directive)} — ${deadline(p.controlDate)}${late(p.days)}`,
      orgCode: p.org.code,
      directiveKey: p.directive.key,
      days: p.days,
    }),
  );
  const orgs = new Set(pairs.map((p) => p.org.code)).size;
  return {
    id: "overdue",
    heading: s.overdue.length
      ? `Просрочено: ${count(s.overdue.length, DIRECTIVE_FORMS)} у ${count(orgs, ORG_GENITIVE)}`
      : "Просрочено",
    empty: "Просроченных поручений нет.",
    byOrganisation: byOrganisation(s, orgLines).map(({ org, lines }) => ({
      key: org.code,
      title: org.name,
      summary: `просрочено ${count(lines.length, DIRECTIVE_FORMS)}`,
      n: lines.length,
      lines,
    })),
    byDirective: s.overdue.map((o) => ({
      key: o.directive.key,
      title: directiveTitle(o.directive),
      summary: `${deadline(o.controlDate)}; просрочено у ${count(o.executors.length, ORG_GENITIVE)}`,
      n: o.executors.length,
      lines: o.executors.map((e) => ({
        key: `${e.code}|${o.directive.key}`,
        text: `${e.name}${e.days !== null ? ` — ${daysRu(e.days)}` : ""}`,
        orgCode: e.code,
        directiveKey: o.directive.key,
        days: e.days,
      })),
    })),
  };
}

function silentGroup(s: Summary): FindingGroup {
  const live = s.directives.filter((d) => d.outcome !== "removed" && d.silent.length);
  const orgLines = live.flatMap((d) =>
    d.silent.map((o): FindingLine => ({ key: `${o.code}|${d.directive.key}`, text: directiveTitle(d.directive), orgCode: o.code, directiveKey: d.directive.key })),
  );
  const silent = new Map(s.silent.map((o) => [o.code, o]));
  return {
    id: "silent",
    heading: s.silent.length ? `Не представили отчёт: ${count(s.silent.length, ORG_FORMS)}` : "Не представили отчёт",
    empty: "Отчёты представили все организации.",
    byOrganisation: byOrganisation(s, orgLines)
      .filter(({ org }) => silent.has(org.code))
      .map(({ org, lines }) => {
        const o = silent.get(org.code)!;
        return {
          key: org.code,
          title: org.name,
          summary: o.nothingAtAll ? "отчёт не представлен" : `нет отчёта по ${o.missing} из ${count(o.owed, DIRECTIVE_GENITIVE)}`,
          n: o.missing,
          lines,
        };
      }),
    byDirective: live.map((d) => {
      const owed = d.marks.length;
      return {
        key: d.directive.key,
        title: directiveTitle(d.directive),
        summary: `нет отчёта от ${d.silent.length} из ${count(owed, ORG_GENITIVE)}`,
        n: d.silent.length,
        lines: d.silent.map((o) => ({
          key: `${o.code}|${d.directive.key}`,
          text: silent.get(o.code)?.nothingAtAll ? `${o.name} — отчёт не представлен` : o.name,
          orgCode: o.code,
          directiveKey: d.directive.key,
        })),
      };
    }),
  };
}

/** «по району — 76,7 %»; the plain mean says so, since it is not a ratio of sums. */
function districtRu(t: TargetSummary): string {
  const { value, method } = t.district;
  if (value === null) return "по району значения нет";
  return `по району — ${valueRu(value, t.directive.unit)}${method === "mean" ? " (среднее по организациям)" : ""}`;
}

function targetsGroup(s: Summary): FindingGroup {
  const missed = s.targets.filter((t) => t.below.length);
  const orgLines = missed.flatMap((t) =>
    t.below.map(
      (b): FindingLine => ({
        key: `${b.code}|${t.directive.key}`,
        text: `${directiveTitle(t.directive)} — ${valueRu(b.value, t.directive.unit)} при цели ${targetRu(t.directive)}`,
        orgCode: b.code,
        directiveKey: t.directive.key,
        value: b.value,
      }),
    ),
  );
  return {
    id: "targets",
    heading: missed.length ? `Целевой показатель не достигнут по ${count(missed.length, DIRECTIVE_DATIVE)}` : "Целевые показатели",
    empty: !s.targets.length
      ? "Поручений с целевым показателем нет."
      : s.targets.some((t) => t.reached)
        ? "Целевые показатели достигнуты у всех, кто сообщил значение."
        : "Значений целевых показателей пока нет: организации их не сообщили.",
    byOrganisation: byOrganisation(s, orgLines).map(({ org, lines }) => ({
      key: org.code,
      title: org.name,
      summary: `не достигнут по ${count(lines.length, DIRECTIVE_DATIVE)}`,
      n: lines.length,
      lines,
    })),
    byDirective: missed.map((t) => ({
      key: t.directive.key,
      title: directiveTitle(t.directive),
      summary: `цель — ${targetRu(t.directive)}, ${districtRu(t)}; не достигнут у ${count(t.below.length, ORG_GENITIVE)}`,
      n: t.below.length,
      lines: t.below.map((b) => ({
        key: `${b.code}|${t.directive.key}`,
        text: `${b.name} — ${valueRu(b.value, t.directive.unit)}`,
        orgCode: b.code,
        directiveKey: t.directive.key,
        value: b.value,
      })),
    })),
  };
}
