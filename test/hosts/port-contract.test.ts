// The WorkbookPort contract (test/support/port-contract.ts) on each of the three ports: the
// memory port the use-case tests run on, the Office host on the Excel stand-in, and the file
// host, which saves and opens the .xlsx again between steps as the CLI does between commands.
import type ExcelJS from "exceljs";
import type { SheetContent } from "../../src/core/workbook/port";
import { FileWorkbookPort } from "../../src/hosts/file";
import { findTable } from "../../src/hosts/file/excel-tables";
import { OfficeWorkbookPort, type ExcelRun } from "../../src/hosts/office";
import { StandInHandle } from "../support/excel-standin";
import { MemoryPort } from "../support/memory-port";
import { describePortContract, type PortUnderTest } from "../support/port-contract";

const texts = (values: unknown[]): string[] => values.filter((v): v is string | number => typeof v === "string" ? v !== "" : typeof v === "number").map(String);

function contentTexts(c: SheetContent): string[] {
  return texts([c.title, c.subtitle, ...c.blocks.flatMap((b) => [b.title, ...b.headers, ...b.rows.flat(), b.note])]);
}

async function memoryPort(): Promise<PortUnderTest> {
  const port = new MemoryPort();
  return {
    port,
    clearRow: async (table, index) => {
      const row = port.rows(table).filter((r) => Object.values(r).some((v) => v !== null))[index];
      for (const id of Object.keys(row)) row[id] = null;
    },
    // Rows are keyed by column id: only the header row shows the move.
    swapColumns: async (table, a, b) => {
      const headers = port.headers.get(table)!;
      const [i, j] = [headers.indexOf(a), headers.indexOf(b)];
      [headers[i], headers[j]] = [headers[j], headers[i]];
    },
    renameHeader: async (table, from, to) => port.renameHeader(table, from, to),
    sheetTexts: async (name) => {
      const content = port.sheets.get(name);
      return content ? contentTexts(content) : null;
    },
    sheetNames: async () => [...port.tables.keys(), ...port.sheets.keys()],
    reopen: async () => {},
    roundTrips: () => port.calls.ensure + port.calls.read + port.calls.write + port.calls.sheet,
    headers: async (table) => [...port.headers.get(table)!],
  };
}

async function standInPort(): Promise<PortUnderTest> {
  const h = new StandInHandle();
  const port = new OfficeWorkbookPort(h.run as unknown as ExcelRun, (v) => h.supports(v));
  return {
    port,
    clearRow: async (name, index) => {
      const t = h.model.table(name)!;
      for (let c = 0; c < t.width; c++) t.sheet.touch(t.top + 1 + index, t.left + c).value = "";
    },
    swapColumns: async (name, a, b) => {
      const t = h.model.table(name)!;
      const at = (header: string) => Array.from({ length: t.width }, (_, c) => t.left + c).find((c) => t.sheet.value(t.top, c) === header)!;
      const [i, j] = [at(a), at(b)];
      for (let r = t.top; r <= t.top + t.bodyRows; r++) {
        const [x, y] = [t.sheet.value(r, i), t.sheet.value(r, j)];
        t.sheet.touch(r, i).value = y;
        t.sheet.touch(r, j).value = x;
      }
    },
    renameHeader: async (name, from, to) => {
      const t = h.model.table(name)!;
      for (let c = 0; c < t.width; c++) if (t.sheet.value(t.top, t.left + c) === from) t.sheet.touch(t.top, t.left + c).value = to;
    },
    sheetTexts: async (name) => {
      const sheet = h.model.sheets.find((s) => s.name === name);
      if (!sheet) return null;
      return texts([...sheet.cells].sort(([a], [b]) => a - b).map(([, cell]) => cell.value));
    },
    sheetNames: async () => h.model.sheets.map((s) => s.name),
    reopen: async () => {},
    roundTrips: () => h.syncCount,
    headers: async (name) => h.model.table(name)!.columnNames(),
  };
}

function cellText(v: ExcelJS.CellValue): unknown {
  if (v && typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
  return v;
}

async function filePort(): Promise<PortUnderTest> {
  let port = FileWorkbookPort.create();
  const reopen = async () => {
    port = await FileWorkbookPort.open(await port.save());
  };
  return {
    get port() {
      return port;
    },
    clearRow: async (name, index) => {
      const t = findTable(port.workbook, name)!;
      const rows: number[] = [];
      for (let r = t.range.top + 1; r <= t.range.bottom; r++) if (t.sheet.getRow(r).values.length) rows.push(r);
      for (let c = t.range.left; c <= t.range.right; c++) t.sheet.getCell(rows[index], c).value = null;
      await reopen();
    },
    swapColumns: async (name, a, b) => {
      const t = findTable(port.workbook, name)!;
      const columns = Array.from({ length: t.range.right - t.range.left + 1 }, (_, k) => t.range.left + k);
      const [i, j] = [a, b].map((header) => columns.find((c) => t.sheet.getCell(t.range.top, c).value === header)!);
      for (let r = t.range.top; r <= t.range.bottom; r++) {
        const [x, y] = [t.sheet.getCell(r, i).value, t.sheet.getCell(r, j).value];
        t.sheet.getCell(r, i).value = y;
        t.sheet.getCell(r, j).value = x;
      }
      [t.model.columns[i - t.range.left].name, t.model.columns[j - t.range.left].name] = [b, a];
      await reopen();
    },
    renameHeader: async (name, from, to) => {
      const t = findTable(port.workbook, name)!;
      for (let c = t.range.left; c <= t.range.right; c++) {
        if (t.sheet.getCell(t.range.top, c).value !== from) continue;
        t.sheet.getCell(t.range.top, c).value = to;
        t.model.columns[c - t.range.left].name = to;
      }
      await reopen();
    },
    sheetTexts: async (name) => {
      const sheet = port.workbook.getWorksheet(name);
      if (!sheet) return null;
      const values: unknown[] = [];
      sheet.eachRow((row) => row.eachCell((cell) => values.push(cellText(cell.value))));
      return texts(values);
    },
    sheetNames: async () => port.workbook.worksheets.map((s) => s.name),
    reopen,
    roundTrips: () => 0,
    headers: async (name) => {
      const t = findTable(port.workbook, name)!;
      return Array.from({ length: t.range.right - t.range.left + 1 }, (_, k) => String(cellText(t.sheet.getCell(t.range.top, t.range.left + k).value) ?? ""));
    },
  };
}

describePortContract("memory port", memoryPort);
describePortContract("Office host on the Excel stand-in", standInPort);
describePortContract("file host (saved and opened again between steps)", filePort);
