// The consolidation workbook («свод») as users see it: one sheet per table, one
// Excel table (ListObject) of the same name on it. Column ids are for code;
// headers are what users see and what hosts match on (users may reorder or add columns).

/** How a column's values are stored and shown. Dates are ISO strings in the core. */
export type ColumnType =
  | "text" // short text, stored as text (never a formula)
  | "longtext" // wrapped text
  | "date" // ISO date ↔ Excel serial, shown ДД.ММ.ГГГГ
  | "datetime" // ISO date-time ↔ Excel serial, shown ДД.ММ.ГГГГ ЧЧ:ММ
  | "number"
  | "integer";

/**
 * Who writes a column:
 * - `system`: the add-in writes it on every import or check;
 * - `insert`: the add-in fills it when the row is created, then it belongs to the user
 *   (e.g. «На контроле»: a methodologist's «нет» must survive re-imports);
 * - `user`: only the methodologist writes it (notes, corrections).
 */
export type ColumnOwner = "system" | "insert" | "user";

export interface ColumnSchema {
  id: string;
  header: string;
  type: ColumnType;
  /** Width in characters. */
  width: number;
  owner: ColumnOwner;
}

/** A rule that colours rows of a table by the value of one column. */
export interface Highlight {
  column: string;
  equals: string;
  fill: string;
  font?: string;
}

export interface TableSchema {
  /** Table name (also the sheet name). */
  name: string;
  /** Column ids that together identify a row; empty for append-only tables. */
  key: string[];
  columns: ColumnSchema[];
  highlights?: Highlight[];
}

const col = (id: string, header: string, type: ColumnType, width: number, owner: ColumnOwner = "system"): ColumnSchema => ({
  id,
  header,
  type,
  width,
  owner,
});

export const DOCUMENTS: TableSchema = {
  name: "Документы",
  key: ["id"],
  columns: [
    col("id", "Код документа", "text", 16),
    col("kind", "Вид документа", "text", 24),
    col("title", "Название", "longtext", 60),
    col("date", "Дата принятия", "text", 14),
    col("schoolYear", "Учебный год", "text", 12),
    col("sourceFile", "Файл", "text", 28),
    col("importedAt", "Импортирован", "datetime", 17),
    col("directiveCount", "Поручений", "integer", 11),
    col("note", "Примечание", "longtext", 30, "user"),
    // What the document ordered at its last import, as a short hash: the same document is
    // recognised on re-import even when its title was re-typed or its date read differently.
    col("contentPrint", "Служебное: отпечаток документа", "text", 12),
  ],
};

export const DIRECTIVES: TableSchema = {
  name: "Поручения",
  key: ["key"],
  columns: [
    col("key", "Ключ", "text", 16),
    col("documentId", "Документ", "text", 14),
    col("n", "№ п.", "text", 7),
    col("text", "Текст поручения", "longtext", 60),
    col("executors", "Исполнители (как в документе)", "longtext", 32),
    col("addressees", "Адресаты (коды)", "longtext", 22),
    col("person", "Ответственный", "text", 18),
    col("deadlineRaw", "Срок (как в документе)", "text", 22),
    col("deadlineKind", "Вид срока", "text", 14),
    col("controlDate", "Контрольная дата", "date", 13),
    col("indicator", "Показатель", "longtext", 24),
    col("targetValue", "Целевое значение", "number", 11),
    col("unit", "Ед. изм.", "text", 8),
    col("lowerIsBetter", "Меньше — лучше", "text", 10, "insert"),
    col("onControl", "На контроле", "text", 10, "insert"),
    col("extendedTo", "Срок продлён до", "date", 13, "user"),
    col("extensionReason", "Основание продления", "longtext", 24, "user"),
    col("status", "Статус", "text", 20),
    col("revision", "Изменение при импорте", "text", 18),
    col("warnings", "Проверить", "longtext", 30),
    col("note", "Примечание методиста", "longtext", 30, "user"),
    // What the document said at the last import, as short hashes: a re-import rewrites only
    // what the document changed, so a methodologist's corrections in other cells survive.
    col("imported", "Служебное: отпечаток импорта", "text", 12),
  ],
};

export const ORGANISATIONS: TableSchema = {
  name: "Организации",
  key: ["code"],
  columns: [
    col("code", "Код", "text", 10),
    col("shortName", "Краткое наименование", "text", 28),
    col("fullName", "Полное наименование", "longtext", 50),
    col("type", "Тип", "text", 7),
    col("groups", "Группы", "text", 28),
    col("aliases", "Другие названия", "longtext", 30),
    col("email", "Эл. почта", "text", 24),
    col("head", "Руководитель", "text", 22),
  ],
};

export const ADDRESSEES: TableSchema = {
  name: "Адресаты",
  key: ["phrase"],
  columns: [
    col("phrase", "Фраза в документе", "longtext", 44),
    col("organisations", "Организации (коды)", "longtext", 30, "insert"),
    col("group", "Группа", "text", 24, "insert"),
    col("confirmed", "Подтверждено", "text", 12, "insert"),
  ],
};

export const REPORTS: TableSchema = {
  name: "Отчёты",
  key: ["directiveKey", "orgCode", "period"],
  columns: [
    col("directiveKey", "Ключ поручения", "text", 16),
    col("orgCode", "Код организации", "text", 12),
    col("period", "Период", "text", 9),
    col("status", "Статус по отчёту", "text", 14),
    col("actual", "Фактическое значение", "number", 12),
    col("numerator", "Числитель", "number", 10),
    col("denominator", "Знаменатель", "number", 11),
    col("doneDate", "Дата выполнения", "date", 13),
    col("whatDone", "Что сделано", "longtext", 40),
    col("evidence", "Подтверждение (ссылка)", "text", 26),
    col("sourceFile", "Файл", "text", 24),
    col("sourceRow", "Строка", "integer", 8),
    col("receivedAt", "Получено", "datetime", 17),
    col("note", "Примечание методиста", "longtext", 30, "user"),
    // What the school's file said at the last load, as short hashes: a re-load writes only
    // what the school changed, so a methodologist's corrections in other cells survive.
    col("filed", "Служебное: отпечаток файла", "text", 12),
  ],
};

export const CONTROL: TableSchema = {
  name: "Контроль",
  key: ["directiveKey", "orgCode"],
  columns: [
    col("directiveKey", "Ключ поручения", "text", 16),
    col("n", "№ п.", "text", 7),
    col("orgCode", "Код организации", "text", 12),
    col("organisation", "Организация", "text", 28),
    col("controlDate", "Контрольная дата", "date", 13),
    col("mark", "Отметка", "text", 26),
    col("days", "Дней просрочки", "integer", 10),
    col("reported", "Отчёт за период", "text", 10),
    col("targetMark", "Целевой показатель", "text", 22),
    col("actual", "Факт", "number", 9),
    col("numerator", "Числитель", "number", 10),
    col("denominator", "Знаменатель", "number", 11),
    col("target", "Цель", "number", 9),
    col("details", "Подробности", "longtext", 44),
    col("asOf", "По состоянию на", "date", 13),
  ],
  highlights: [
    { column: "mark", equals: "Просрочено", fill: "#F8CBAD", font: "#9C0006" },
    { column: "mark", equals: "Выполнено с нарушением срока", fill: "#FCE4D6" },
    { column: "mark", equals: "Срок истекает", fill: "#FFE699", font: "#7F6000" },
    { column: "mark", equals: "Нет отчёта", fill: "#D9D9D9" },
    { column: "mark", equals: "Выполнено в срок", fill: "#C6EFCE", font: "#006100" },
  ],
};

export const JOURNAL: TableSchema = {
  name: "Журнал",
  key: [],
  columns: [
    col("at", "Когда", "datetime", 17),
    col("action", "Действие", "text", 24),
    col("source", "Источник", "text", 30),
    col("added", "Добавлено", "integer", 11),
    col("updated", "Обновлено", "integer", 11),
    col("refused", "Отклонено", "integer", 11),
    col("details", "Подробности", "longtext", 60),
  ],
};

export const SETTINGS: TableSchema = {
  name: "Настройки",
  key: ["name"],
  columns: [
    col("name", "Параметр", "text", 44),
    col("value", "Значение", "text", 18, "insert"),
    col("hint", "Пояснение", "longtext", 60),
  ],
};

/** Every table of the свод, in sheet order. */
export const WORKBOOK_TABLES: TableSchema[] = [
  DOCUMENTS,
  DIRECTIVES,
  ORGANISATIONS,
  ADDRESSEES,
  REPORTS,
  CONTROL,
  JOURNAL,
  SETTINGS,
];

export function columnOf(table: TableSchema, id: string): ColumnSchema {
  const c = table.columns.find((x) => x.id === id);
  if (!c) throw new Error(`No column ${id} in ${table.name}`);
  return c;
}
