// WorkbookPort over an .xlsx held in memory by exceljs: the standalone page and the CLI use
// it; the task pane loads this module lazily (`await import(...)`), and exceljs with it.
import * as ExcelJS from "exceljs";
import { columnsToAdd, type Row, type SheetContent, type TableAppend, type TableData, type TableWrite, type WorkbookPort } from "../../core/workbook/port";
import type { TableSchema } from "../../core/workbook/schema";
import { fromExcel } from "./cell-values";
import { WorkbookFileError } from "./errors";
import { findTable, sheetTables, setTableRange } from "./excel-tables";
import { applyHighlights } from "./highlights";
import { carryCharts, withSheetCharts, writeFreeSheet } from "./sheet-write";
import { createTable, missingTableStyle, printLikeTable, sheetNameFree } from "./table-create";
import { hasNoPrintSetup } from "../../formats/sheet-print";
import { assertShape, type TableFound } from "../../core/workbook/shape";
import { addColumns } from "./table-columns";
import { tableLayout, type TableLayout } from "./table-layout";
import { writeTable } from "./table-write";
import { inspectPackage, type TablePartInfo } from "./xlsx-package";
import { parseRange } from "./a1";

function toBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** Repairs what exceljs misreads in table parts (see xlsx-package.ts). */
function fixLoadedTables(workbook: ExcelJS.Workbook, parts: Map<string, TablePartInfo>): void {
  for (const sheet of workbook.worksheets) {
    for (const t of sheetTables(sheet)) {
      const model = t.model;
      const info = parts.get(String(model.name).toLowerCase());
      const range = parseRange(model.tableRef ?? "");
      if (!range) continue;
      model.headerRow = info ? info.headerRow : true;
      // LibreOffice writes table parts without <tableStyleInfo>, and exceljs crashes writing them.
      if (!model.style) model.style = missingTableStyle(model.name);
      model.columns.forEach((c, i) => {
        c.filterButton = info ? info.autoFilter && !info.hiddenButtons.has(i) : true;
        delete c.customFilters;
      });
      setTableRange(model, range);
      if (info?.hadFilters) {
        // The filter criteria are gone, so the rows they hid must be visible again.
        for (let r = range.top; r <= range.bottom; r++) sheet.getRow(r).hidden = false;
      }
    }
  }
}

export class FileWorkbookPort implements WorkbookPort {
  /**
   * @param losses Russian names of what the opened book holds that saving it here drops
   *   (charts, data validation lists, …): the standalone page warns before she downloads.
   */
  private constructor(
    readonly workbook: ExcelJS.Workbook,
    readonly losses: string[] = [],
  ) {}

  /** Opens an .xlsx; throws WorkbookFileError with a Russian message when it cannot. */
  static async open(data: Uint8Array | ArrayBuffer): Promise<FileWorkbookPort> {
    const pkg = inspectPackage(toBytes(data));
    const workbook = new ExcelJS.Workbook();
    try {
      // Whole-column data validations make exceljs allocate a million cells: skip them.
      await workbook.xlsx.load(pkg.bytes as unknown as ExcelJS.Buffer, { ignoreNodes: ["dataValidations"] });
    } catch {
      throw new WorkbookFileError(
        "Книгу Excel не удалось прочитать: файл повреждён или сохранён программой с нестандартным форматом. Откройте его в Excel и сохраните заново как «Книга Excel (*.xlsx)».",
      );
    }
    if (!workbook.worksheets.length)
      throw new WorkbookFileError("В книге Excel не найдено ни одного листа, который можно прочитать. Откройте её в Excel и сохраните заново.");
    fixLoadedTables(workbook, pkg.tables);
    carryCharts(workbook, pkg.ownCharts);
    return new FileWorkbookPort(workbook, pkg.losses);
  }

  /** An empty workbook (no sheets until ensureTables). */
  static create(): FileWorkbookPort {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = "Сводка";
    workbook.created = new Date();
    return new FileWorkbookPort(workbook);
  }

  async save(): Promise<Uint8Array> {
    if (!this.workbook.worksheets.length) this.workbook.addWorksheet("Лист1");
    this.workbook.modified = new Date();
    // exceljs writes no charts: the summary sheet's charts are added to the package it wrote.
    return withSheetCharts(this.workbook, new Uint8Array(await this.workbook.xlsx.writeBuffer()));
  }

  private get date1904(): boolean {
    return !!this.workbook.properties?.date1904;
  }

  private layout(table: TableSchema): TableLayout | null {
    const found = findTable(this.workbook, table.name);
    return found ? tableLayout(found, table) : null;
  }

  /** A missing table whose sheet name is taken: the table was converted to a range or deleted. */
  private missing(table: TableSchema): TableFound {
    return sheetNameFree(this.workbook, table.name) ? { kind: "absent" } : { kind: "sheet without table" };
  }

  async ensureTables(tables: TableSchema[]): Promise<string[]> {
    const missing = tables.filter((t) => !findTable(this.workbook, t.name));
    // Never a second copy («Поручения (2)») next to a sheet whose table was converted to a range.
    assertShape(missing.map((t) => [t, this.missing(t)]));
    // A свод made by an older version gets the columns it lacks, at the end of each table.
    for (const t of tables) {
      const layout = missing.includes(t) ? null : this.layout(t);
      if (layout) addColumns(layout, columnsToAdd(t, layout.missing));
    }
    for (const t of missing) createTable(this.workbook, t);
    return missing.map((t) => t.name);
  }

  async readTables(tables: TableSchema[]): Promise<Map<string, TableData | null>> {
    const out = new Map<string, TableData | null>();
    const found: [TableSchema, TableFound][] = [];
    for (const t of tables) {
      const layout = this.layout(t);
      if (!layout) {
        out.set(t.name, null);
        found.push([t, this.missing(t)]);
        continue;
      }
      const rows: Row[] = layout.dataRows.map((r) => {
        const row: Row = {};
        for (const col of t.columns) {
          const at = layout.columns.get(col.id);
          if (at !== undefined) row[col.id] = fromExcel(layout.sheet.getCell(r, at).value, col.type, this.date1904);
        }
        return row;
      });
      out.set(t.name, { rows, missingColumns: layout.missing });
      found.push([t, { kind: "table", columns: layout.map, rows }]);
    }
    // Every command reads before it writes: a damaged свод stops it here.
    assertShape(found);
    return out;
  }

  async writeTables(writes: TableWrite[], appends: TableAppend[] = []): Promise<void> {
    const adds = appends.filter((a) => a.rows.length > 0);
    const all = [...writes, ...adds.map((a): TableWrite => ({ table: a.table, rows: a.rows, columns: a.table.columns.map((c) => c.id), changed: [] }))];
    const appendOnly = new Set(all.slice(writes.length));
    // Checked for every table before the first cell is written.
    const layouts = all.map((w) => this.layout(w.table));
    assertShape(all.map((w, i) => [w.table, layouts[i] ? { kind: "table", columns: layouts[i]!.map, rows: [] } : this.missing(w.table)]));
    for (const asked of all) {
      let layout = this.layout(asked.table);
      if (!layout) {
        createTable(this.workbook, asked.table);
        layout = this.layout(asked.table)!;
      }
      // An append goes after the rows there now; they stand in as empty rows, unchanged.
      const w = appendOnly.has(asked) ? { ...asked, rows: [...Array.from({ length: layout.dataRows.length }, () => ({})), ...asked.rows] } : asked;
      writeTable(layout, w, this.date1904);
      // A свод made before Сводка set up printing gets it; her own setup is kept.
      if (layout.headerRow === 1 && hasNoPrintSetup(layout.sheet)) printLikeTable(layout.sheet);
      applyHighlights(layout, w.table);
    }
  }

  async appendRows(table: TableSchema, rows: Row[]): Promise<void> {
    await this.writeTables([], [{ table, rows }]);
  }

  async writeSheet(content: SheetContent): Promise<void> {
    writeFreeSheet(this.workbook, content);
  }
}
