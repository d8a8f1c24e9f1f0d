// Finding the report table in a sheet: the header row is the one among the first rows whose
// cells name the most known columns. Columns are matched by normalised header text and
// synonyms, never by position, so retyped headers and inserted columns still read.

import { cellText, type GridSheet } from "./grid";
import { normaliseWords } from "./values";

export type ReportField =
  | "key"
  | "n"
  | "text"
  | "deadline"
  | "indicator"
  | "target"
  | "status"
  | "actual"
  | "numerator"
  | "denominator"
  | "doneDate"
  | "whatDone"
  | "evidence";

/** The columns a school fills in (the others are locked copies from the registry). */
export const INPUT_FIELDS: ReportField[] = ["status", "actual", "numerator", "denominator", "doneDate", "whatDone", "evidence"];

/** Header texts as the report file writes them; the first one is the template's own. */
export const FIELD_HEADERS: Record<ReportField, string[]> = {
  key: ["Ключ поручения", "ключ", "код поручения", "ид поручения"],
  n: ["№ п.", "№", "№ п п", "номер", "номер пункта", "пункт", "п"],
  text: ["Текст поручения", "поручение", "содержание поручения", "содержание", "текст"],
  deadline: ["Срок", "срок исполнения", "срок выполнения", "контрольный срок"],
  indicator: ["Показатель", "индикатор"],
  target: ["Целевое значение", "цель", "целевой показатель", "план"],
  status: ["Статус", "статус выполнения", "отметка о выполнении", "выполнение", "состояние", "исполнение"],
  actual: ["Фактическое значение", "факт", "фактически", "достигнутое значение", "значение", "фактическое значение показателя"],
  numerator: ["Числитель"],
  denominator: ["Знаменатель"],
  doneDate: ["Дата выполнения", "дата исполнения", "когда выполнено", "дата", "фактическая дата выполнения"],
  whatDone: ["Что сделано", "проделанная работа", "информация о выполнении", "что выполнено", "комментарий", "пояснение", "примечание"],
  evidence: ["Подтверждение (ссылка)", "подтверждение", "ссылка", "ссылка на подтверждение", "подтверждающий документ", "подтверждающие документы"],
};

const LOOKUP = new Map<string, ReportField>();
for (const [field, names] of Object.entries(FIELD_HEADERS) as [ReportField, string[]][]) {
  for (const n of names) LOOKUP.set(normaliseWords(n), field);
}

export function fieldOfHeader(text: string): ReportField | null {
  return LOOKUP.get(normaliseWords(text)) ?? null;
}

export interface TableLocation {
  headerRow: number;
  columns: Partial<Record<ReportField, number>>;
}

const SEARCH_ROWS = 40;

/** The best header row of a sheet, or null when no row looks like the report table's. */
export function locateTable(sheet: GridSheet): TableLocation | null {
  let best: TableLocation | null = null;
  let bestScore = 0;
  for (let r = 0; r < Math.min(sheet.rows.length, SEARCH_ROWS); r++) {
    const columns: Partial<Record<ReportField, number>> = {};
    (sheet.rows[r] ?? []).forEach((cell, c) => {
      const f = fieldOfHeader(cellText(cell));
      if (f && columns[f] === undefined) columns[f] = c;
    });
    const identifies = columns.key !== undefined || columns.n !== undefined;
    const inputs = INPUT_FIELDS.filter((f) => columns[f] !== undefined).length;
    const score = Object.keys(columns).length;
    if (identifies && inputs > 0 && score > bestScore) {
      best = { headerRow: r, columns };
      bestScore = score;
    }
  }
  return best;
}
