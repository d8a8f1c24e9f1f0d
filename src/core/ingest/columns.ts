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
  target: ["Целевое значение", "цель", "целевой показатель", "план", "плановое значение"],
  status: ["Статус", "статус выполнения", "отметка о выполнении", "отметка об исполнении", "выполнение", "состояние", "исполнение", "статус исполнения"],
  actual: ["Фактическое значение", "факт", "фактически", "достигнутое значение", "значение", "фактическое значение показателя", "значение показателя", "фактический показатель"],
  numerator: ["Числитель"],
  denominator: ["Знаменатель"],
  doneDate: ["Дата выполнения", "дата исполнения", "когда выполнено", "дата", "фактическая дата выполнения", "дата фактического выполнения", "фактическая дата"],
  whatDone: [
    "Что сделано",
    "проделанная работа",
    "информация о выполнении",
    "информация об исполнении",
    "информация о проделанной работе",
    "выполненные мероприятия",
    "проведенные мероприятия",
    "что выполнено",
    "комментарий",
    "пояснение",
    "примечание",
  ],
  evidence: ["Подтверждение (ссылка)", "подтверждение", "ссылка", "ссылка на подтверждение", "подтверждающий документ", "подтверждающие документы"],
};

const LOOKUP = new Map<string, ReportField>();
for (const [field, names] of Object.entries(FIELD_HEADERS) as [ReportField, string[]][]) {
  for (const n of names) LOOKUP.set(normaliseWords(n), field);
}

/**
 * Word stems of headers schools write in their own words, tried in order after the exact
 * names above. Order matters: «Срок исполнения» is a deadline before «исполнени» is a status,
 * «Дата исполнения» a date done; headers of the sheet's title block («Дата отчёта») are none.
 * (JavaScript's \b knows only Latin letters: words are bounded by spaces after normalising.)
 */
const STEMS: [RegExp, ReportField | null][] = [
  [/(?:^| )отчет/, null],
  [/(?:^| )ключ(?: |$)/, "key"],
  [/(?:^| )числител/, "numerator"],
  [/(?:^| )знаменател/, "denominator"],
  [/(?:^| )срок/, "deadline"],
  [/(?:^| )дат[аыу](?: |$)/, "doneDate"],
  [/(?:^| )(ссылк|подтвержд)/, "evidence"],
  [/(?:^| )(статус|отметк)/, "status"],
  [/(?:^| )(целев|план)/, "target"],
  [/(?:^| )(факт|достигнут|значение показателя)/, "actual"],
  [/(?:^| )(сделан|проделан|мероприяти|информаци|описани|комментари|пояснени|примечани|выполненн|проведенн|результат)/, "whatDone"],
];

const MAX_HEADER_CHARS = 80;

export function fieldOfHeader(text: string): ReportField | null {
  const words = normaliseWords(text);
  if (!words) return null;
  const exact = LOOKUP.get(words);
  if (exact) return exact;
  // «Фактическое значение (%)», «Статус (выбрать из списка)»: the words before the bracket.
  const unbracketed = normaliseWords(text.replace(/\([^)]*\)?/g, " "));
  const plain = unbracketed ? LOOKUP.get(unbracketed) : undefined;
  if (plain) return plain;
  // A directive's text in a data row is no header, whatever words it holds.
  if (words.length > MAX_HEADER_CHARS) return null;
  for (const [stem, field] of STEMS) if (stem.test(words)) return field;
  return null;
}

export interface TableLocation {
  headerRow: number;
  columns: Partial<Record<ReportField, number>>;
  /**
   * Header cells that name no column of the form, or a column already found to the left:
   * what is under them is not read, so ingestion reports them when they hold data.
   */
  unmatched: { col: number; header: string }[];
}

const SEARCH_ROWS = 40;

/** The header as the school sees it: one line, single spaces. */
export function headerShown(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The best header row of a sheet, or null when no row looks like the report table's. */
export function locateTable(sheet: GridSheet): TableLocation | null {
  let best: TableLocation | null = null;
  let bestScore = 0;
  for (let r = 0; r < Math.min(sheet.rows.length, SEARCH_ROWS); r++) {
    const columns: Partial<Record<ReportField, number>> = {};
    const unmatched: TableLocation["unmatched"] = [];
    (sheet.rows[r] ?? []).forEach((cell, c) => {
      const header = headerShown(cellText(cell));
      if (!header) return;
      const f = fieldOfHeader(header);
      if (f && columns[f] === undefined) columns[f] = c;
      else unmatched.push({ col: c, header });
    });
    const identifies = columns.key !== undefined || columns.n !== undefined;
    const inputs = INPUT_FIELDS.filter((f) => columns[f] !== undefined).length;
    const score = Object.keys(columns).length;
    if (identifies && inputs > 0 && score > bestScore) {
      best = { headerRow: r, columns, unmatched };
      bestScore = score;
    }
  }
  return best;
}
