// Before a command writes to the tables of a свод made by an older version, the add-in's columns
// those tables lack are added (ensureTables: at the end, blank), and the data already read is
// told so, so the command writes them like the others. A round trip more only when one is missing.
import { columnsToAdd, type TableData, type WorkbookPort } from "../core/workbook/port";
import type { TableSchema } from "../core/workbook/schema";

export async function addMissingColumns(port: WorkbookPort, tables: TableSchema[], read: Map<string, TableData | null>): Promise<void> {
  const lacking = tables.flatMap((table) => {
    const data = read.get(table.name);
    const ids = data ? columnsToAdd(table, data.missingColumns).map((c) => c.id) : [];
    return data && ids.length ? [{ table, data, ids }] : [];
  });
  if (!lacking.length) return;
  await port.ensureTables(lacking.map((l) => l.table));
  for (const { table, data, ids } of lacking) read.set(table.name, { ...data, missingColumns: data.missingColumns.filter((id) => !ids.includes(id)) });
}
