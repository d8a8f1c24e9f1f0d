// A fictional district's свод for ingestion tests: directives addressed to two schools,
// one directive off control, current period 2024-Q1, in an in-memory port.
import type { Row } from "../../../src/core/workbook/port";
import { DIRECTIVES, JOURNAL, ORGANISATIONS, REPORTS, SETTINGS } from "../../../src/core/workbook/schema";
import { MemoryPort } from "../memory-port";
import { TEST_ORGS } from "../orgs";

export const PERIOD = "2024-Q1";
export const NOW = "2024-04-05T10:00:00.000Z";

export const DIRECTIVE_ROWS: Row[] = [
  { key: "Р-1/1", documentId: "Р-1", n: "1", text: "Обеспечить охват детей дополнительным образованием", addressees: "ОО-01, ОО-02", deadlineRaw: "до 31.12.2024", controlDate: "2024-12-31", indicator: "Доля охваченных детей", targetValue: 75, unit: "%", onControl: "да" },
  { key: "Р-1/2", documentId: "Р-1", n: "2", text: "Провести родительские собрания по профориентации", addressees: "ОО-01, ОО-02", deadlineRaw: "до 01.03.2024", controlDate: "2024-03-01", indicator: "", targetValue: null, unit: "", onControl: "да" },
  { key: "Р-1/3", documentId: "Р-1", n: "3", text: "Обновить паспорта доступности", addressees: "ОО-01", deadlineRaw: "в течение года", controlDate: "2024-08-31", indicator: "", targetValue: null, unit: "", onControl: "да" },
  { key: "Р-1/4", documentId: "Р-1", n: "4", text: "Организовать летнюю площадку", addressees: "ОО-01, ОО-02", deadlineRaw: "до 01.06.2024", controlDate: "2024-06-01", indicator: "", targetValue: null, unit: "", onControl: "нет" },
  { key: "Р-1/5", documentId: "Р-1", n: "5", text: "Подготовить отчёт управлению", addressees: "ИМЦ", deadlineRaw: "постоянно", controlDate: null, indicator: "", targetValue: null, unit: "", onControl: "да" },
];

export function districtPort(opts: { period?: string | null } = {}): MemoryPort {
  const port = new MemoryPort();
  port.tables.set(DIRECTIVES.name, DIRECTIVE_ROWS.map((r) => ({ ...r })));
  port.tables.set(
    ORGANISATIONS.name,
    TEST_ORGS.map((o) => ({ code: o.code, shortName: o.shortName, fullName: o.fullName, type: o.type, groups: o.groups.join(", "), aliases: o.aliases.join(", "), email: "", head: "" })),
  );
  port.tables.set(REPORTS.name, []);
  port.tables.set(JOURNAL.name, []);
  const period = opts.period === undefined ? PERIOD : opts.period;
  port.tables.set(SETTINGS.name, [{ name: "Текущий отчётный период", value: period, hint: "" }]);
  return port;
}
