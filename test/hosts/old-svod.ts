// A свод as an older version of Сводка made it: «Контроль» without «Отчёт за период»,
// «Целевой показатель», «Числитель» and «Знаменатель»; «Отчёты» and «Документы» without their
// print columns. With a row in each, so a migration must keep data.
import type { Row, WorkbookPort } from "../../src/core/workbook/port";
import { CONTROL, DOCUMENTS, REPORTS, type TableSchema } from "../../src/core/workbook/schema";

const without = (table: TableSchema, ids: string[]): TableSchema => ({ ...table, columns: table.columns.filter((c) => !ids.includes(c.id)) });

export const NEWER_COLUMNS: Record<string, string[]> = {
  [CONTROL.name]: ["reported", "targetMark", "numerator", "denominator"],
  [REPORTS.name]: ["filed"],
  [DOCUMENTS.name]: ["contentPrint"],
};

export const OLD_TABLES: TableSchema[] = [CONTROL, REPORTS, DOCUMENTS].map((t) => without(t, NEWER_COLUMNS[t.name]));

export const OLD_ROWS: Record<string, Row> = {
  [CONTROL.name]: { directiveKey: "РЕЗ-2024/1", n: "1", orgCode: "ОО-01", organisation: "МБОУ «СОШ № 1»", controlDate: "2024-10-01", mark: "Просрочено", days: 3, details: "нет отчёта", asOf: "2024-10-04" },
  [REPORTS.name]: { directiveKey: "РЕЗ-2024/1", orgCode: "ОО-01", period: "2024-Q3", status: "выполнено", whatDone: "Проведено совещание", receivedAt: "2024-09-30T12:00" },
  [DOCUMENTS.name]: { id: "РЕЗ-2024", kind: "Резолюция", title: "Резолюция августовской конференции", importedAt: "2024-09-02T10:05", directiveCount: 23 },
};

/** Builds the old свод through a port. */
export async function buildOldSvod(port: WorkbookPort): Promise<void> {
  await port.ensureTables(OLD_TABLES);
  await port.writeTables(OLD_TABLES.map((t) => ({ table: t, rows: [OLD_ROWS[t.name]], columns: t.columns.map((c) => c.id), changed: [] })));
}
