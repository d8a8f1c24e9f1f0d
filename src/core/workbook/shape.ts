// Is the свод in a shape a command may write to? Both hosts ask this of what they found for
// each table before anything is written: the table exists as a table (not a sheet whose table
// was converted to a range or deleted), with its key columns under their headers. A key
// header she renamed is recognised by its place between its neighbours when that is
// unambiguous and its values look like keys; otherwise the command stops and says which
// header to restore. Never: rows appended without keys, a second copy of a table.
import { headerKey, locateColumns } from "./columns";
import type { Row } from "./port";
import type { TableSchema } from "./schema";

/** Where the schema's columns are in a table, by header, and key columns by place. */
export interface ColumnMap {
  /** Column id → zero-based position among the table's headers. */
  positions: Map<string, number>;
  /** Schema column ids not in the table (key columns only when not recognised by place). */
  missing: string[];
  /** Key columns whose header was renamed, recognised by their place: id → the header there now. */
  renamedKeys: Map<string, string>;
}

/** What a host found for one table of the свод. */
export type TableFound =
  | { kind: "table"; columns: ColumnMap; rows: Row[] }
  /** A sheet named like the table holds no such table (converted to a range, or the table deleted). */
  | { kind: "sheet without table" }
  /** Neither: a table this свод never had (commands that need it create it). */
  | { kind: "absent" };

export class WorkbookShapeError extends Error {
  constructor(readonly problems: string[]) {
    super(`${problems.join("\n")}\nКоманда остановлена: в своде ничего не изменено.`);
    this.name = "WorkbookShapeError";
  }
}

/** Schema columns located by header; a key column whose header is gone, by its place. */
export function mapColumns(schema: TableSchema, headers: unknown[]): ColumnMap {
  const { positions, missing } = locateColumns(schema, headers);
  const known = new Set(schema.columns.map((c) => headerKey(c.header)));
  const taken = new Set(positions.values());
  const renamedKeys = new Map<string, string>();
  for (const id of schema.key) {
    if (positions.has(id)) continue;
    const at = placeOf(schema, id, positions);
    if (at === null || at < 0 || at >= headers.length || taken.has(at)) continue;
    const header = String(headers[at] ?? "").trim();
    // Another schema column's header there (retyped twice?) is not a renamed key.
    if (known.has(headerKey(header))) continue;
    positions.set(id, at);
    taken.add(at);
    renamedKeys.set(id, header);
  }
  return { positions, missing: missing.filter((id) => !renamedKeys.has(id)), renamedKeys };
}

/** Where column `id` stands: right after its schema predecessor and right before its successor, those found agreeing. */
function placeOf(schema: TableSchema, id: string, positions: Map<string, number>): number | null {
  const k = schema.columns.findIndex((c) => c.id === id);
  const prev = k > 0 ? positions.get(schema.columns[k - 1].id) : undefined;
  const next = k + 1 < schema.columns.length ? positions.get(schema.columns[k + 1].id) : undefined;
  const after = prev === undefined ? null : prev + 1;
  const before = next === undefined ? null : next - 1;
  if (after !== null && before !== null) return after === before ? after : null;
  return after ?? before;
}

const header = (schema: TableSchema, id: string) => schema.columns.find((c) => c.id === id)?.header ?? id;

/** Russian problems with one table; none when a command may read and write it. */
export function shapeProblems(schema: TableSchema, found: TableFound): string[] {
  if (found.kind === "absent") return [];
  if (found.kind === "sheet without table") {
    return [
      `На листе «${schema.name}» нет таблицы «${schema.name}»: похоже, её преобразовали в обычный диапазон или удалили. ` +
        `Верните таблицу (выделите данные вместе с заголовками, «Вставка» → «Таблица», имя таблицы «${schema.name}») ` +
        `или переименуйте лист, если он не относится к своду.`,
    ];
  }
  const problems: string[] = [];
  for (const id of schema.key) {
    if (!found.columns.missing.includes(id)) continue;
    const h = header(schema, id);
    problems.push(`В таблице «${schema.name}» нет столбца «${h}»: верните заголовок «${h}» над этим столбцом (его переименовали или удалили) — без него строки свода нельзя сопоставить.`);
  }
  const renamed = [...found.columns.renamedKeys];
  if (renamed.length && !keysLookRight(schema, found.rows)) {
    for (const [id, now] of renamed) {
      const h = header(schema, id);
      problems.push(
        `В таблице «${schema.name}» нет столбца «${h}»: на его месте столбец «${now}», но в нём есть пустые или повторяющиеся значения. ` +
          `Верните заголовок «${h}» над столбцом с ключами.`,
      );
    }
  }
  return problems;
}

/** Every row that holds anything has its whole key, and no two rows share one. */
function keysLookRight(schema: TableSchema, rows: Row[]): boolean {
  const seen = new Set<string>();
  for (const row of rows) {
    if (Object.values(row).every((v) => v === null || v === "")) continue;
    const parts = schema.key.map((id) => String(row[id] ?? "").trim().toLowerCase());
    if (parts.some((p) => !p)) return false;
    const key = parts.join("\u0001");
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}

/** Throws WorkbookShapeError naming every problem of the tables found. */
export function assertShape(found: [TableSchema, TableFound][]): void {
  const problems = found.flatMap(([schema, f]) => shapeProblems(schema, f));
  if (problems.length) throw new WorkbookShapeError(problems);
}
