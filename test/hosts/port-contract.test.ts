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
    renameHeader: async (table, from, to) => port.renameHeader(table, from, to),
    sheetTexts: async (name) => {
      const content = port.sheets.get(name);
      return content ? contentTexts(content) : null;
    },
    sheetNames: async () => [...port.tables.keys(), ...port.sheets.keys()],
    reopen: async () => {},
  };
}

async function standInPort(): Promise<PortUnderTest> {
  const h = new StandInHandle();
  const port = new OfficeWorkbookPort(h.run as unknown as ExcelRun, (v) => h.supports(v));
  return {
    port,
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
  };
}

describePortContract("memory port", memoryPort);
describePortContract("Office host on the Excel stand-in", standInPort);
describePortContract("file host (saved and opened again between steps)", filePort);
