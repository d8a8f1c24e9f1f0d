// One typed definition per table of the свод: its columns (header, width, owner and a codec
// between the cell and a typed value), its key and highlights. A definition is also the
// TableSchema the hosts lay out and match by header, so the hosts need nothing else; the use
// cases read a row with `read(row)` and build one with `write(value)`, and never touch cells.
import type { CellValue, Row } from "../port";
import type { ColumnOwner, ColumnSchema, ColumnType, Highlight, TableSchema } from "../schema";

/** Between a cell (as the hosts give it: ISO dates, null for empty) and a typed value. */
export interface Codec<T> {
  /** How the hosts store and format the column. */
  type: ColumnType;
  /** A cell as read, blank or missing column included, → the typed value (never throws). */
  read(v: CellValue | undefined): T;
  /** A typed value → the cell to write. */
  write(v: T): CellValue;
}

export interface ColumnDef<T> extends Codec<T> {
  header: string;
  /** Width in characters. */
  width: number;
  owner: ColumnOwner;
}

// `write` is a method, so a ColumnDef<string> is a ColumnDef<unknown> (method parameters are bivariant).
export type Columns = Record<string, ColumnDef<unknown>>;

/** The typed value of a row of a table with these columns. */
export type RowOf<C> = { [K in keyof C]: C[K] extends ColumnDef<infer T> ? T : never };

export interface TableDef<C extends Columns> extends TableSchema {
  key: (keyof C & string)[];
  /** The typed columns by id. */
  fields: C;
  /** A row as read from a host → its typed value (every column; missing ones read as blank). */
  read(row: Row): RowOf<C>;
  /** The columns a row holds, typed; a column absent from it (not to be written) is absent here. */
  readPresent(row: Row): Partial<RowOf<C>>;
  /** A typed value → a row; only the columns given are in it (the others are not written). */
  write(value: Partial<RowOf<C>>): Row;
}

export function column<T>(codec: Codec<T>, header: string, width: number, owner: ColumnOwner = "system"): ColumnDef<T> {
  return { ...codec, header, width, owner };
}

export function table<C extends Columns>(
  name: string,
  options: { key: (keyof C & string)[]; highlights?: Highlight[] },
  fields: C,
): TableDef<C> {
  const ids = Object.keys(fields) as (keyof C & string)[];
  const columns: ColumnSchema[] = ids.map((id) => {
    const f = fields[id];
    return { id, header: f.header, type: f.type, width: f.width, owner: f.owner };
  });
  return {
    name,
    key: options.key,
    columns,
    ...(options.highlights ? { highlights: options.highlights } : {}),
    fields,
    read(row) {
      const out = {} as Record<string, unknown>;
      for (const id of ids) out[id] = (fields[id] as ColumnDef<unknown>).read(row[id]);
      return out as RowOf<C>;
    },
    readPresent(row) {
      const out = {} as Record<string, unknown>;
      for (const id of ids) if (id in row) out[id] = (fields[id] as ColumnDef<unknown>).read(row[id]);
      return out as Partial<RowOf<C>>;
    },
    write(value) {
      const out: Row = {};
      for (const id of ids) {
        const v = (value as Record<string, unknown>)[id];
        if (v !== undefined) out[id] = (fields[id] as ColumnDef<unknown>).write(v);
      }
      return out;
    },
  };
}
