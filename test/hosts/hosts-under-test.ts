// The two hosts of the свод under test, each holding a свод built through the port, with the
// damage a methodologist can do by hand in Excel and a snapshot of everything stored.
import type ExcelJS from "exceljs";
import type { WorkbookPort } from "../../src/core/workbook/port";
import { FileWorkbookPort } from "../../src/hosts/file";
import { findTable } from "../../src/hosts/file/excel-tables";
import { OfficeWorkbookPort, type ExcelRun } from "../../src/hosts/office";
import { StandInHandle } from "../support/excel-standin";

/** A host holding a свод, with the damage she can do to it by hand in Excel. */
export interface Host {
  port: WorkbookPort;
  renameHeader(table: string, from: string, to: string): Promise<void>;
  /** «Преобразовать в диапазон»: the table is gone, its cells stay. */
  convertToRange(table: string): Promise<void>;
  /** The table deleted with its cells; the sheet stays, empty. */
  deleteTable(table: string): Promise<void>;
  /** Every sheet, table and cell value, to tell that nothing was written. */
  snapshot(): Promise<string>;
  sheetNames(): string[];
  /** The file host saves and opens the file again (as the CLI does between commands); Excel keeps it open. */
  reopen(): Promise<void>;
}

export async function fileHost(build: (port: WorkbookPort) => Promise<void>): Promise<Host> {
  const first = FileWorkbookPort.create();
  await build(first);
  let port = await FileWorkbookPort.open(await first.save());
  const table = (name: string) => findTable(port.workbook, name)!;
  const sheetOf = (t: ReturnType<typeof table>) => t.sheet as ExcelJS.Worksheet & { removeTable(name: string): void };
  // What she did is saved in Excel and opened again by the command.
  const reopen = async () => {
    port = await FileWorkbookPort.open(await port.save());
  };
  return {
    get port() {
      return port;
    },
    async renameHeader(name, from, to) {
      const t = table(name);
      for (let c = t.range.left; c <= t.range.right; c++) {
        if (t.sheet.getCell(t.range.top, c).value !== from) continue;
        t.sheet.getCell(t.range.top, c).value = to;
        t.model.columns[c - t.range.left].name = to;
      }
      await reopen();
    },
    async convertToRange(name) {
      const t = table(name);
      sheetOf(t).removeTable(t.model.name);
      await reopen();
    },
    async deleteTable(name) {
      const t = table(name);
      sheetOf(t).removeTable(t.model.name);
      for (let r = t.range.top; r <= t.range.bottom; r++) for (let c = t.range.left; c <= t.range.right; c++) t.sheet.getCell(r, c).value = null;
      await reopen();
    },
    async snapshot() {
      return JSON.stringify(
        port.workbook.worksheets.map((s) => ({
          name: s.name,
          tables: (s as unknown as { getTables(): { table: { name: string; tableRef: string } }[] }).getTables().map((x) => [x.table.name, x.table.tableRef]),
          values: s.getSheetValues(),
        })),
      );
    },
    sheetNames: () => port.workbook.worksheets.map((s) => s.name),
    reopen,
  };
}

export async function standInHost(build: (port: WorkbookPort) => Promise<void>): Promise<Host> {
  const h = new StandInHandle();
  const port = new OfficeWorkbookPort(h.run as unknown as ExcelRun, (v) => h.supports(v));
  await build(port);
  const table = (name: string) => h.model.table(name)!;
  return {
    port,
    async renameHeader(name, from, to) {
      const t = table(name);
      for (let c = 0; c < t.width; c++) if (t.sheet.value(t.top, t.left + c) === from) t.sheet.touch(t.top, t.left + c).value = to;
    },
    async convertToRange(name) {
      h.model.tables.splice(h.model.tables.indexOf(table(name)), 1);
    },
    async deleteTable(name) {
      const t = table(name);
      h.model.tables.splice(h.model.tables.indexOf(t), 1);
      t.sheet.clear(t.rect, "All");
    },
    async snapshot() {
      return JSON.stringify({
        sheets: h.model.sheets.map((s) => [s.name, [...s.cells]]),
        tables: h.model.tables.map((t) => [t.name, t.sheet.name, t.rect]),
      });
    },
    sheetNames: () => h.model.sheets.map((s) => s.name),
    reopen: async () => {},
  };
}

export const HOSTS: [string, (build: (port: WorkbookPort) => Promise<void>) => Promise<Host>][] = [
  ["file host", fileHost],
  ["Excel stand-in", standInHost],
];
