// A small district as of 31.03.2024 (I quarter): one collegium decision, six directives,
// four organisations. Shared by the summary, the collegium document and the use-case tests.
import { computeMarks, directiveFromRow, reportFromRow, type CheckDirective } from "../../../src/core/check";
import { summarise } from "../../../src/core/summary";
import type { Row } from "../../../src/core/workbook/port";

export const AS_OF = "2024-03-31";
export const PERIOD = "2024-Q1";

export const ORGANISATION_ROWS: Row[] = [
  { code: "ОО-01", shortName: "МБОУ «СОШ № 1»", fullName: "МБОУ «СОШ № 1»", type: "ОО" },
  { code: "ОО-02", shortName: "МБОУ «СОШ № 2»", fullName: "МБОУ «СОШ № 2»", type: "ОО" },
  { code: "ОО-03", shortName: "МБОУ «СОШ № 3»", fullName: "МБОУ «СОШ № 3»", type: "ОО" },
  { code: "ДОО-01", shortName: "МБДОУ «Детский сад № 1»", fullName: "МБДОУ «Детский сад № 1»", type: "ДОО" },
];

export const DOCUMENT_ROWS: Row[] = [
  { id: "К-2024-01", kind: "решение коллегии", title: "Решение коллегии «О качестве образования»", date: "2024-01-25" },
];

const d = (n: string, over: Row): Row => ({
  key: `К-2024-01/${n}`,
  documentId: "К-2024-01",
  n,
  text: `Поручение ${n}`,
  executors: "Руководителям ОО",
  person: null,
  deadlineKind: "дата",
  controlDate: null,
  indicator: null,
  targetValue: null,
  unit: null,
  onControl: "да",
  extendedTo: null,
  extensionReason: null,
  status: null,
  note: null,
  ...over,
});

export const DIRECTIVE_ROWS: Row[] = [
  d("1", { text: "Провести школьный этап олимпиады", addressees: "ОО-01, ОО-02, ОО-03", controlDate: "2024-03-15", person: "Иванова А.А." }),
  d("2", {
    text: "Обеспечить охват дополнительным образованием не менее 75 %",
    addressees: "ОО-01, ОО-02, ОО-03",
    deadlineKind: "постоянно",
    indicator: "Доля обучающихся, охваченных дополнительным образованием",
    targetValue: 75,
    unit: "%",
  }),
  d("3", { text: "Организовать работу консультационного пункта", addressees: "ДОО-01, ОО-01", deadlineKind: "период", controlDate: "2024-08-31" }),
  d("4", { text: "Утвердить планы методической работы", addressees: "ОО-01, ОО-02", controlDate: "2024-02-01" }),
  d("5", { text: "Провести смотр кабинетов", addressees: "ОО-01", controlDate: "2024-02-01", onControl: "нет" }),
  d("6", { text: "Обновить паспорта доступности", addressees: "ОО-02", controlDate: "2024-04-10" }),
];

const r = (n: string, orgCode: string, over: Row): Row => ({
  directiveKey: `К-2024-01/${n}`,
  orgCode,
  period: PERIOD,
  status: "выполняется",
  actual: null,
  numerator: null,
  denominator: null,
  doneDate: null,
  receivedAt: "2024-03-29T10:00",
  ...over,
});

export const REPORT_ROWS: Row[] = [
  r("1", "ОО-01", { status: "выполнено", doneDate: "2024-03-10", whatDone: "Проведён школьный этап по 12 предметам, участвовали 214 обучающихся." }),
  r("1", "ОО-02", { status: "выполнено", doneDate: "2024-03-20" }),
  r("1", "ОО-03", { status: "выполняется" }),
  // Values measured on a date, while the work goes on: they count for the target.
  r("2", "ОО-01", { numerator: 80, denominator: 100, doneDate: "2024-03-25", whatDone: "Открыты кружки робототехники и шахмат" }),
  r("2", "ОО-02", { numerator: 35, denominator: 50, doneDate: "2024-03-25" }),
  r("3", "ОО-01", {}),
  // Arrived after the report date, done before it: counts as of 31.03.2024 (WORKBOOK.md).
  r("3", "ДОО-01", { status: "выполнено", doneDate: "2024-03-30", receivedAt: "2024-04-03T09:00" }),
  r("4", "ОО-01", { status: "выполнено", doneDate: "2024-01-30" }),
  r("4", "ОО-02", { status: "выполнено", doneDate: "2024-02-01" }),
  r("6", "ОО-02", {}),
];

/** What «Контроль» held from an earlier check: one pair whose directive was since deleted. */
export const OLD_CONTROL_ROWS: Row[] = [
  { directiveKey: "К-2024-01/9", n: "9", orgCode: "ОО-01", organisation: "МБОУ «СОШ № 1»", mark: "Просрочено", days: 3, asOf: "2024-03-01" },
];

/** The scenario's summary computed straight from the rows, without a workbook. */
export function scenarioSummary() {
  const directives = DIRECTIVE_ROWS.map(directiveFromRow).filter((d): d is CheckDirective => d !== null);
  const reports = REPORT_ROWS.map(reportFromRow).filter((r) => r !== null);
  const marks = computeMarks({ directives, reports, asOf: AS_OF, period: PERIOD, warningDays: 14, workingDays: false });
  const organisations = ORGANISATION_ROWS.map((o) => ({ code: String(o.code), name: String(o.shortName) }));
  return summarise({ period: PERIOD, asOf: AS_OF, directives, marks, organisations });
}
