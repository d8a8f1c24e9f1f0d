// WorkbookPort over Office.js. Each method is one Excel.run with a bounded number of syncs:
// ensureTables ≤ 3 (the third sets up printing of new sheets), readTables 2 + one per ~4 MB of values beyond the first window,
// writeTables 1 + snapshot and write syncs of ~4 MB each (write-tables.ts: all or nothing),
// writeSheet 2 + chunks (on a new sheet that replaces the old one only when complete).
// Tables are found by name (workbook.tables), so users may move or rename their sheets.
import type { CellValue, Row, SheetContent, TableAppend, TableData, TableWrite, WorkbookPort } from "../../core/workbook/port";
import type { TableSchema } from "../../core/workbook/schema";
import { fromExcel } from "./cells";
import { assertShape, mapColumns, type TableFound } from "../../core/workbook/shape";
import { a1, columnLetters, isBlankRow, numberFormatFor, widthInPoints } from "./layout";
import { SYNC_BUDGET_BYTES } from "./payload";
import { planSheet, type ChartPlan } from "./sheet-layout";
import { setUpPrinting } from "./print-setup";
import { printFor } from "../../core/workbook/print-layout";
import { columnsMissingFrom, queueAddColumns, queueHighlight } from "./table-columns";
import { readTableValues } from "./table-read";
import { isRequestTooLarge, syncInChunks } from "./sync-chunks";
import { WriteLeftPartial, WriteRolledBack } from "./write-errors";
import { writeTablesIn, type WriteHooks } from "./write-tables";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
/** Whether the host supports ExcelApi `version`. */
export type ApiSupport = (version: string) => boolean;

const officeSupports: ApiSupport = (version) =>
  typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;

/** The part of the global `Excel` that runs batches. */
export interface ExcelRunner {
  run(...args: unknown[]): Promise<unknown>;
}

/**
 * Excel.run that, where Excel supports it (ExcelApi 1.11), waits while the user is typing in a
 * cell instead of failing (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit).
 */
export function excelRun(excel: ExcelRunner, supports: ApiSupport = officeSupports): ExcelRun {
  return (batch) => (supports("1.11") ? excel.run({ delayForCellEdit: true }, batch) : excel.run(batch)) as ReturnType<typeof batch>;
}

export interface OfficePortOptions {
  /** Tells the user something a command did on the way (a filter cleared before writing). */
  notify?: (text: string) => void;
}

/** DATE(1904;1;1) is 0 in a workbook counting from 1904 and 1462 otherwise (ExcelApi 1.2, nothing written). */
function probeDateSystem(context: Excel.RequestContext): () => boolean {
  const probe = context.workbook.functions.date(1904, 1, 1).load("value");
  return () => probe.value === 0;
}

function headerRowOff(name: string): Error {
  return new Error(
    `В таблице «${name}» выключена строка заголовков, а «Сводка» находит столбцы по заголовкам. Включите её (Конструктор таблиц → «Строка заголовков») и повторите действие.`,
  );
}

export class OfficeWorkbookPort implements WorkbookPort {
  /**
   * Per table, where the rows of the last read sit in the body: a command writes rows by their
   * index as read, and the read skips rows she cleared in the middle of a table.
   */
  private readonly rowsAsRead = new Map<string, { bodyRows: number; rowAt: number[] }>();

  constructor(
    private readonly run: ExcelRun = excelRun(typeof Excel === "undefined" ? { run: () => Promise.reject(new Error("Excel недоступен")) } : Excel),
    private readonly supports: ApiSupport = officeSupports,
    private readonly options: OfficePortOptions = {},
  ) {}

  async ensureTables(tables: TableSchema[]): Promise<string[]> {
    return this.run(async (context) => {
      const book = context.workbook;
      const found = tables.map((schema) => book.tables.getItemOrNullObject(schema.name).load("name"));
      const sheets = book.worksheets.load("items/name");
      // In the same sync, the column names of every table: what an older свод lacks.
      const existing = book.tables.load("items/name,items/showHeaders,items/columns/items/name");
      await context.sync();

      const missing = tables.filter((_, i) => found[i].isNullObject);
      const byName = new Map(existing.items.map((t) => [t.name.toLowerCase(), t]));
      const additions = tables.flatMap((schema, i) => {
        const table = found[i].isNullObject ? undefined : byName.get(found[i].name.toLowerCase());
        const columns = table ? columnsMissingFrom(schema, table.columns.items.map((c) => c.name)) : [];
        return table && columns.length ? [{ schema, table, columns }] : [];
      });
      if (!missing.length && !additions.length) return [];
      const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
      // Never a second copy («Поручения 2») next to a sheet whose table was converted to a range.
      assertShape(missing.map((schema) => [schema, taken.has(schema.name.toLowerCase()) ? { kind: "sheet without table" } : { kind: "absent" }]));
      for (const a of additions) queueAddColumns(a.table, a.schema, a.columns, a.table.showHeaders, this.supports("1.6"));
      const created = missing.map((schema) => ({ sheet: this.createTable(book, schema, freeSheetName(schema.name, taken)), print: printFor(schema.columns.map((c) => c.width), [1, 1]) }));
      await context.sync();
      await setUpPrinting(context, created, this.supports);
      return missing.map((s) => s.name);
    });
  }

  /** Queues a sheet holding one formatted table with the schema's headers. */
  private createTable(book: Excel.Workbook, schema: TableSchema, sheetName: string): Excel.Worksheet {
    const sheet = book.worksheets.add(sheetName);
    const width = schema.columns.length;
    const header = sheet.getRange(a1(0, 0, 1, width));
    header.values = [schema.columns.map((c) => c.header)];
    const table = sheet.tables.add(a1(0, 0, 1, width), true);
    table.name = schema.name;
    table.style = "TableStyleMedium2";
    table.showFilterButton = true;

    // Formats go on the body row Excel creates with the table; rows added later inherit them.
    const body = table.getDataBodyRange();
    body.numberFormat = [schema.columns.map((c) => numberFormatFor(c.type))];
    body.format.verticalAlignment = "Top";
    schema.columns.forEach((c, i) => {
      sheet.getRange(`${columnLetters(i)}1`).format.columnWidth = widthInPoints(c.width);
      if (c.type === "longtext") body.getColumn(i).format.wrapText = true;
    });
    header.format.font.bold = true;
    header.format.wrapText = true;
    header.format.verticalAlignment = "Center";
    if (this.supports("1.7")) sheet.freezePanes.freezeRows(1);

    // Colours by mark (ExcelApi 1.6); without them the marks are still there as text.
    if (schema.highlights?.length && this.supports("1.6")) {
      for (const h of schema.highlights) {
        const at = schema.columns.findIndex((c) => c.id === h.column);
        if (at >= 0) queueHighlight(body.getColumn(at), h);
      }
    }
    return sheet;
  }

  async readTables(tables: TableSchema[]): Promise<Map<string, TableData | null>> {
    return this.run(async (context) => {
      const found = tables.map((schema) => context.workbook.tables.getItemOrNullObject(schema.name).load("name,showHeaders"));
      // In the same sync: a sheet named like a missing table means the table was converted to a range or deleted.
      const sheets = tables.map((schema) => context.workbook.worksheets.getItemOrNullObject(schema.name).load("name"));
      const date1904 = probeDateSystem(context);
      await context.sync();

      const present = tables.flatMap((schema, i) => (found[i].isNullObject ? [] : [{ schema, table: found[i] }]));
      for (const p of present) if (!p.table.showHeaders) throw headerRowOff(p.schema.name);
      const system1904 = date1904();
      const values = await readTableValues(
        context,
        present.map((p) => p.table),
        present.map((p) => p.schema.columns.length),
      );
      const result = new Map<string, TableData | null>(tables.map((schema) => [schema.name, null]));
      const shapes = new Map<string, TableFound>(
        tables.map((schema, i) => [schema.name, sheets[i].isNullObject ? { kind: "absent" } : { kind: "sheet without table" }]),
      );
      present.forEach((p, i) => {
        const read = readTable(p.schema, values[i].headers, values[i].body, system1904);
        result.set(p.schema.name, read.data);
        shapes.set(p.schema.name, read.found);
        this.rowsAsRead.set(p.schema.name, { bodyRows: values[i].body.length, rowAt: read.rowAt });
      });
      // Every command reads before it writes: a damaged свод stops it here.
      assertShape(tables.map((schema) => [schema, shapes.get(schema.name)!]));
      return result;
    });
  }

  async writeTables(writes: TableWrite[], appends: TableAppend[] = []): Promise<void> {
    const work = writes.filter((w) => w.rows.length > 0);
    const adds = appends.filter((a) => a.rows.length > 0);
    if (!work.length && !adds.length) return;
    const hooks: WriteHooks = {
      notify: (text) => this.options.notify?.(text),
      probeDateSystem,
      headerRowOff,
      explainProbeFailure: (context, e, tables) => explainProbeFailure(context, e, tables),
      rowsAsRead: (name) => this.rowsAsRead.get(name),
    };
    const write = () => this.run((context) => writeTablesIn(context, work, hooks, adds));
    try {
      await write();
    } catch (e) {
      // A table rows are appended to is made when missing (so nobody reads «Журнал» to learn it is
      // there); the probe that failed wrote nothing, so the pass runs again once it exists.
      if (!adds.length || (e as { cause?: { code?: unknown } })?.cause?.code !== "ItemNotFound") throw e;
      if (!(await this.ensureTables(adds.map((a) => a.table))).length) throw e;
      await write();
    }
  }

  /** rows.add below the body after one probe of the header row and body size; the body is not read. */
  async appendRows(table: TableSchema, rows: Row[]): Promise<void> {
    await this.writeTables([], [{ table, rows }]);
  }

  async writeSheet(content: SheetContent): Promise<void> {
    await this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const old = sheets.getItemOrNullObject(content.name).load("name,position");
      const date1904 = probeDateSystem(context);
      await context.sync();

      // Everything goes on a new sheet under a temporary name; only when it is complete does it
      // replace the old one (same position) and take its name. A failure on the way deletes the
      // new sheet: the свод keeps its old summary. The workbook never becomes empty.
      const sheet = sheets.add(`~${Date.now().toString(36)}`.slice(0, 31));
      try {
        // Charts need the series API (ExcelApi 1.7): charts.add alone takes one contiguous range and
        // would plot every column up to the last series. Without it the blocks still carry the numbers.
        const plan = planSheet(content, this.supports("1.7"), date1904());
        plan.widths.forEach((chars, col) => (sheet.getRange(`${columnLetters(col)}1`).format.columnWidth = widthInPoints(chars)));
        for (const s of plan.styles) {
          const range = sheet.getRange(s.address);
          if (s.bold) range.format.font.bold = true;
          if (s.italic) range.format.font.italic = true;
          if (s.size) range.format.font.size = s.size;
          if (s.fill) range.format.fill.color = s.fill;
          if (s.wrap) range.format.wrapText = true;
        }
        for (const f of plan.formats) sheet.getRange(f.address).numberFormat = f.formats;
        await syncInChunks(context, plan.cells, SYNC_BUDGET_BYTES, {
          queue: (chunk) => {
            for (const c of chunk) sheet.getRange(c.address).values = c.values;
            return () => undefined;
          },
          split: () => null,
          retry: isRequestTooLarge,
        });
        for (const c of plan.charts) addChart(sheet, c);
        // Excel on the web does not always grow a row for wrapped text written by an add-in.
        for (const s of plan.styles) if (s.wrap) sheet.getRange(s.address).format.autofitRows();
        if (!old.isNullObject) {
          sheet.position = old.position;
          old.delete();
        }
        sheet.name = content.name;
        sheet.activate();
        await context.sync();
        await setUpPrinting(context, [{ sheet, print: printFor(plan.widths) }], this.supports);
      } catch (e) {
        try {
          sheet.delete();
          await context.sync();
        } catch (cleanup) {
          throw new WriteLeftPartial(e, cleanup);
        }
        throw new WriteRolledBack(e);
      }
    });
  }
}

/**
 * Queues a chart with exactly the planned series: made on the first series' cells (one column,
 * so Excel guesses one series), then every series set explicitly (ExcelApi 1.7).
 */
function addChart(sheet: Excel.Worksheet, plan: ChartPlan): void {
  const chart = sheet.charts.add(plan.type, sheet.getRange(plan.series[0].values), "Columns");
  chart.title.text = plan.title;
  const categories = sheet.getRange(plan.categories);
  plan.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    series.name = s.name;
    series.setValues(sheet.getRange(s.values));
    series.setXAxisValues(categories);
  });
  chart.legend.visible = plan.legend;
  if (plan.legend) chart.legend.position = "Bottom";
  chart.setPosition(plan.anchor);
  chart.width = plan.width;
  chart.height = plan.height;
}

/** The sheet name for a new table: its own name, or «Имя 2», «Имя 3» if a sheet already has it. */
export function freeSheetName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name.slice(0, 28)} ${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * Header + body values → rows keyed by column id, and what was found for the shape check. A
 * blank row is no row: Excel's placeholder in an empty table, or one she cleared by hand;
 * `rowAt` says which body row each row read is.
 */
export function readTable(schema: TableSchema, headers: unknown[], body: unknown[][], date1904 = false): { data: TableData; found: TableFound; rowAt: number[] } {
  const columns = mapColumns(schema, headers);
  const { positions, missing } = columns;
  const rowAt = body.flatMap((values, i) => (isBlankRow(values) ? [] : [i]));
  const rows = rowAt.map((i) => body[i]).map((values) => {
    const row: Row = {};
    for (const c of schema.columns) {
      const at = positions.get(c.id);
      if (at !== undefined) row[c.id] = fromExcel(values[at], c.type, date1904) as CellValue;
    }
    return row;
  });
  return { data: { rows, missingColumns: missing }, found: { kind: "table", columns, rows }, rowAt };
}

/**
 * A failed first sync of a write, in Russian when the cause is known: a missing table, or a
 * header row switched off (then Excel may refuse getHeaderRowRange; one more sync tells).
 */
async function explainProbeFailure(context: Excel.RequestContext, e: unknown, writes: TableWrite[]): Promise<unknown> {
  const code = (e as { code?: string })?.code;
  if (code === "ItemNotFound") {
    const names = writes.map((w) => `«${w.table.name}»`).join(", ");
    return new Error(`Не найдена таблица ${names}. Откройте свод заново или создайте таблицы свода.`, { cause: e });
  }
  if (code !== "InvalidOperation" && code !== "InvalidArgument") return e;
  try {
    const tables = writes.map((w) => context.workbook.tables.getItem(w.table.name).load("showHeaders"));
    await context.sync();
    const off = tables.findIndex((t) => !t.showHeaders);
    return off >= 0 ? headerRowOff(writes[off].table.name) : e;
  } catch {
    return e;
  }
}
