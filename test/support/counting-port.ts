// A port that counts which tables each readTables call asks for, around any other port (the
// memory port, a host): tests pin that a command reads a table once, e.g. «Настройки» once per
// «Проверить». Every other method passes through untouched.
import type { WorkbookPort } from "../../src/core/workbook/port";
import type { TableSchema } from "../../src/core/workbook/schema";

export interface ReadCounts {
  /** Table names of each readTables call, in order. */
  calls: string[][];
  /** How many readTables calls asked for this table. */
  readsOf(table: TableSchema): number;
}

export function countingPort<P extends WorkbookPort>(port: P): { port: P; reads: ReadCounts } {
  const calls: string[][] = [];
  const reads: ReadCounts = { calls, readsOf: (t) => calls.filter((names) => names.includes(t.name)).length };
  const counted = new Proxy(port, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (prop !== "readTables" || typeof value !== "function") return typeof value === "function" ? value.bind(target) : value;
      return (tables: TableSchema[]) => {
        calls.push(tables.map((t) => t.name));
        return (value as WorkbookPort["readTables"]).call(target, tables);
      };
    },
  });
  return { port: counted, reads };
}
