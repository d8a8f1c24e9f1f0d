// Finding the columns of an organisation list: the header row is the first of the first rows
// whose cells name at least two known columns (one of them the code or a name). Columns are
// matched by header text and synonyms, never by position, when a header row exists.

import { cellText, type GridSheet } from "../ingest/grid";
import { normaliseWords } from "../ingest/values";

export type ListField = "code" | "shortName" | "fullName" | "type" | "groups" | "aliases" | "email" | "head";

/** Russian column names for messages (the headers of «Организации»). */
export const FIELD_LABELS: Record<ListField, string> = {
  code: "код",
  shortName: "краткое наименование",
  fullName: "полное наименование",
  type: "тип",
  groups: "группы",
  aliases: "другие названия",
  email: "эл. почта",
  head: "руководитель",
};

const SYNONYMS: Record<ListField, string[]> = {
  code: ["код", "код организации", "код оо", "код оу", "код учреждения", "шифр", "идентификатор"],
  shortName: ["краткое наименование", "краткое название", "сокращенное наименование", "сокращенное название", "краткое наименование организации"],
  fullName: ["полное наименование", "полное название", "полное наименование организации", "официальное наименование", "наименование по уставу"],
  type: ["тип", "тип организации", "тип оо", "вид", "вид организации", "тип учреждения"],
  groups: ["группы", "группа", "группы организаций", "группы рассылки"],
  aliases: ["другие названия", "другие наименования", "иные названия", "прежние названия", "синонимы"],
  email: ["эл почта", "электронная почта", "адрес электронной почты", "адрес эл почты", "e mail", "email", "эл адрес", "почта", "mail"],
  head: ["руководитель", "директор", "заведующий", "заведующая", "фио руководителя", "фио директора", "руководитель организации", "фио"],
};

// Plain «name» headers: the short name, or the full name when a short-name column is already there.
const GENERIC_NAME = new Set(
  ["наименование", "название", "организация", "наименование организации", "название организации", "образовательная организация", "наименование оо", "наименование учреждения", "учреждение"].map(
    normaliseWords,
  ),
);

const LOOKUP = new Map<string, ListField>();
for (const [field, names] of Object.entries(SYNONYMS) as [ListField, string[]][]) {
  for (const n of names) LOOKUP.set(normaliseWords(n), field);
}

export type ListColumns = Partial<Record<ListField, number>>;

/** Whether a cell reads as a column title («Наименование», «Код», «Тип»…), not a value. */
export function isHeaderWord(text: string): boolean {
  const w = normaliseWords(text);
  return w !== "" && (LOOKUP.has(w) || GENERIC_NAME.has(w));
}

export interface ListHeader {
  /** 0-based row of the header. */
  row: number;
  columns: ListColumns;
  /** Header cells that name no known column: text and 0-based column. */
  unknown: { text: string; col: number }[];
}

/** Fields of one header row, or null when it does not look like the list's header. */
export function readHeaderRow(cells: string[]): Omit<ListHeader, "row"> | null {
  const columns: ListColumns = {};
  const generic: number[] = [];
  const unknown: ListHeader["unknown"] = [];
  cells.forEach((text, col) => {
    const w = normaliseWords(text);
    if (w === "") return;
    const field = LOOKUP.get(w);
    if (field && columns[field] === undefined) columns[field] = col;
    else if (GENERIC_NAME.has(w)) generic.push(col);
    else unknown.push({ text: text.trim(), col });
  });
  for (const col of generic) {
    if (columns.shortName === undefined) columns.shortName = col;
    else if (columns.fullName === undefined) columns.fullName = col;
    else unknown.push({ text: cells[col].trim(), col });
  }
  const known = Object.keys(columns).length;
  const identifies = columns.code !== undefined || columns.shortName !== undefined || columns.fullName !== undefined;
  return known >= 2 && identifies ? { columns, unknown: unknown.sort((a, b) => a.col - b.col) } : null;
}

/** How far down a title and blank lines may push the header. */
export const HEADER_SEARCH_ROWS = 20;

export function locateHeader(sheet: GridSheet): ListHeader | null {
  for (let r = 0; r < Math.min(sheet.rows.length, HEADER_SEARCH_ROWS); r++) {
    const found = readHeaderRow(Array.from(sheet.rows[r] ?? [], (c) => cellText(c)));
    if (found) return { row: r, ...found };
  }
  return null;
}

/** The column order assumed when a list has no header row. */
export const DEFAULT_ORDER: ListField[] = ["code", "shortName", "fullName", "type", "groups", "email"];

/** The order assumed for a list of names without codes and without a header row. */
export const NAMES_ORDER: ListField[] = DEFAULT_ORDER.filter((f) => f !== "code");

export function defaultColumns(order: ListField[] = DEFAULT_ORDER): ListColumns {
  const columns: ListColumns = {};
  order.forEach((f, i) => (columns[f] = i));
  return columns;
}
