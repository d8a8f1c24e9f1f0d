// «Отчёты»: one row per directive, organisation and period, loaded from schools' report files.
import { cellText, date, datetime, integer, longtext, number, text } from "./codecs";
import type { CellValue } from "../port";
import { column, table, type ColumnDef, type RowOf } from "./define";

/** What a school said of a directive: done, under way, not done. */
export type ReportState = "done" | "inProgress" | "notDone";

export const REPORT_STATE_RU: Record<ReportState, string> = {
  done: "выполнено",
  inProgress: "выполняется",
  notDone: "не выполнено",
};

/**
 * «Статус по отчёту», read as loosely as schools and methodologists type it: «не …» is not
 * done, «выполнено…» or «исполнено» done, any other text under way; blank is no status.
 */
export function reportStateOf(v: CellValue | undefined): ReportState | null {
  const t = cellText(v).toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ");
  if (!t) return null;
  if (t.startsWith("не ")) return "notDone";
  if (t.startsWith("выполнено") || t === "исполнено") return "done";
  return "inProgress";
}

function reportState(header: string, width: number): ColumnDef<ReportState | null> {
  return column(
    {
      type: "text",
      read: reportStateOf,
      write: (v) => (v === null ? null : REPORT_STATE_RU[v]),
    },
    header,
    width,
  );
}

export const ReportsTable = table(
  "Отчёты",
  { key: ["directiveKey", "orgCode", "period"] },
  {
    directiveKey: text("Ключ поручения", 16),
    orgCode: text("Код организации", 12),
    period: text("Период", 9),
    status: reportState("Статус по отчёту", 14),
    actual: number("Фактическое значение", 12),
    numerator: number("Числитель", 10),
    denominator: number("Знаменатель", 11),
    doneDate: date("Дата выполнения", 13),
    whatDone: longtext("Что сделано", 40),
    evidence: text("Подтверждение (ссылка)", 26),
    sourceFile: text("Файл", 24),
    sourceRow: integer("Строка", 8),
    receivedAt: datetime("Получено", 17),
    note: longtext("Примечание методиста", 30, "user"),
    // What the school's file said at the last load, as short hashes: a re-load writes only
    // what the school changed, so a methodologist's corrections in other cells survive.
    filed: text("Служебное: отпечаток файла", 12),
  },
);

export type ReportRow = RowOf<typeof ReportsTable.fields>;
