// The workbook the stand-in holds: sheets of sparse cells, tables over them, frozen rows,
// column widths, conditional formats and charts. Proxies change it only while a sync runs.
import { contains, MAX_COLS, overlaps, type Rect } from "./address";
import { enterValue, type EntryRules, type Scalar } from "./entry";
import { invalidArgument, invalidOperation, StandInError } from "./errors";

export interface Cell {
  value: Scalar;
  formula?: string;
  quotePrefix?: boolean;
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  fill?: string;
  wrap?: boolean;
  verticalAlignment?: string;
  horizontalAlignment?: string;
}

/** Formatting copied to a row Excel inserts into a table (from the row above). */
const INHERITED: (keyof Cell)[] = ["numberFormat", "wrap", "verticalAlignment", "horizontalAlignment", "fontColor", "bold"];

export interface ConditionalFormatModel {
  type: string;
  rect: Rect;
  /** containsText: {operator, text}; cellValue: {operator, formula1, formula2?} */
  rule: { operator?: string; text?: string; formula1?: string; formula2?: string } | null;
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
}

/** Cells a chart reads: a rectangle on a sheet (charts follow the cells, not a copy). */
export interface ChartDataRef {
  sheet: SheetModel;
  rect: Rect;
}

export interface ChartSeriesModel {
  name: string;
  /** null until set: a series added by series.add() has no data yet. */
  values: ChartDataRef | null;
  /** Category labels; null means Excel numbers the points 1, 2, 3… */
  categories: ChartDataRef | null;
}

export interface ChartModel {
  name: string;
  type: string;
  /** The range given to charts.add. */
  source: Rect;
  seriesBy: string;
  series: ChartSeriesModel[];
  title: string;
  position: { startCell: string; endCell: string | null } | null;
  /** Size in points (Excel's default chart is 360 × 216). */
  width: number;
  height: number;
  legend: { visible: boolean; position: string };
}

export const DEFAULT_COLUMN_WIDTH = 48; // points, Excel's 8.43 characters
export const DEFAULT_ROW_HEIGHT = 15;

export class SheetModel {
  readonly cells = new Map<number, Cell>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  frozenRows = 0;
  frozenColumns = 0;
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  readonly charts: ChartModel[] = [];
  tabColor = "";
  /** Hidden sheet rows: by a table filter or by hand (Hide rows). */
  readonly hiddenRows = new Map<number, "filter" | "manual">();

  constructor(
    public name: string,
    readonly id: string,
    /** The workbook's entry rules (shared object). */
    readonly rules: EntryRules = {},
  ) {}

  static key(row: number, col: number): number {
    return row * MAX_COLS + col;
  }

  cell(row: number, col: number): Cell | undefined {
    return this.cells.get(SheetModel.key(row, col));
  }

  /** The cell, created blank if missing (for formatting writes). */
  touch(row: number, col: number): Cell {
    const k = SheetModel.key(row, col);
    let c = this.cells.get(k);
    if (!c) {
      c = { value: "" };
      this.cells.set(k, c);
    }
    return c;
  }

  value(row: number, col: number): Scalar {
    return this.cell(row, col)?.value ?? "";
  }

  numberFormat(row: number, col: number): string {
    return this.cell(row, col)?.numberFormat ?? "General";
  }

  /** Writes one entry with Excel's typing rules (see entry.ts). */
  enter(row: number, col: number, input: unknown): void {
    const content = enterValue(input, this.numberFormat(row, col), this.rules);
    if (content === "unchanged") return;
    const c = this.touch(row, col);
    c.value = content.value;
    if (content.formula) c.formula = content.formula;
    else delete c.formula;
    if (content.quotePrefix) c.quotePrefix = true;
    else delete c.quotePrefix;
    if (content.impliedFormat && (c.numberFormat ?? "General") === "General") c.numberFormat = content.impliedFormat;
  }

  /** Smallest rectangle from A1 holding every non-empty value (null when the sheet is empty). */
  usedRect(valuesOnly = false): Rect | null {
    let maxRow = -1;
    let maxCol = -1;
    let minRow = Infinity;
    let minCol = Infinity;
    for (const [k, c] of this.cells) {
      if (valuesOnly && c.value === "" && !c.formula) continue;
      const row = Math.floor(k / MAX_COLS);
      const col = k % MAX_COLS;
      maxRow = Math.max(maxRow, row);
      maxCol = Math.max(maxCol, col);
      minRow = Math.min(minRow, row);
      minCol = Math.min(minCol, col);
    }
    if (maxRow < 0) return null;
    return { row: minRow, col: minCol, rows: maxRow - minRow + 1, cols: maxCol - minCol + 1 };
  }

  clear(rect: Rect, what: "All" | "Contents" | "Formats"): void {
    for (const [k, c] of [...this.cells]) {
      if (!contains(rect, Math.floor(k / MAX_COLS), k % MAX_COLS)) continue;
      if (what === "All") this.cells.delete(k);
      else if (what === "Contents") {
        c.value = "";
        delete c.formula;
        delete c.quotePrefix;
      } else this.cells.set(k, { value: c.value, ...(c.formula ? { formula: c.formula } : {}) });
    }
  }

  /** Moves cells in columns [col, col+cols) at or below `row` down by `count` rows. */
  shiftDown(row: number, col: number, cols: number, count: number): void {
    const moving = [...this.cells].filter(([k]) => Math.floor(k / MAX_COLS) >= row && contains({ row, col, rows: Infinity, cols }, Math.floor(k / MAX_COLS), k % MAX_COLS));
    for (const [k] of moving) this.cells.delete(k);
    for (const [k, c] of moving) this.cells.set(k + count * MAX_COLS, c);
  }

  /** Moves cells in rows [row, row+rows) at or right of `col` right by `count` columns. */
  shiftRight(row: number, rows: number, col: number, count: number): void {
    const moving = [...this.cells].filter(([k]) => contains({ row, col, rows, cols: MAX_COLS - col }, Math.floor(k / MAX_COLS), k % MAX_COLS));
    for (const [k] of moving) this.cells.delete(k);
    for (const [k, c] of moving) this.cells.set(k + count, c);
  }

  /** Removes rows [row, row+count) of columns [col, col+cols) and moves the cells below up. */
  shiftUp(row: number, col: number, cols: number, count: number): void {
    const inColumns = (k: number) => contains({ row: 0, col, rows: Infinity, cols }, Math.floor(k / MAX_COLS), k % MAX_COLS);
    for (const [k] of [...this.cells]) if (inColumns(k) && Math.floor(k / MAX_COLS) >= row && Math.floor(k / MAX_COLS) < row + count) this.cells.delete(k);
    const moving = [...this.cells].filter(([k]) => inColumns(k) && Math.floor(k / MAX_COLS) >= row + count);
    for (const [k] of moving) this.cells.delete(k);
    for (const [k, c] of moving) this.cells.set(k - count * MAX_COLS, c);
  }

  /** Copies the formatting Excel carries into inserted table rows. */
  inheritFormat(fromRow: number, toRow: number, col: number, cols: number): void {
    for (let c = col; c < col + cols; c++) {
      const src = this.cell(fromRow, c);
      if (!src) continue;
      const dst = this.touch(toRow, c);
      for (const key of INHERITED) if (src[key] !== undefined) (dst as unknown as Record<string, unknown>)[key] = src[key];
    }
  }
}

export class TableModel {
  showFilterButton = true;
  showBandedRows = true;
  style = "TableStyleMedium2";
  /**
   * Excel cannot hold a table without a body row: a table made from a header row alone gets
   * one blank row. rows.add fills that row instead of adding below it while it is still blank.
   */
  placeholder = false;
  /** Header row shown (Table Design → Header Row). Off, the header cells are empty. */
  showHeaders = true;
  /** Column names while the header row is off. */
  hiddenHeaders: string[] | null = null;
  /** A totals row under the body (Table Design → Total Row). */
  showTotals = false;
  /** Column index → the values its filter shows (display texts). */
  readonly filters = new Map<number, Set<string>>();

  constructor(
    public name: string,
    public sheet: SheetModel,
    /** Header row. */
    public top: number,
    public left: number,
    public width: number,
    public bodyRows: number,
    readonly id: string,
  ) {}

  get rect(): Rect {
    return { row: this.top, col: this.left, rows: this.bodyRows + 1 + (this.showTotals ? 1 : 0), cols: this.width };
  }

  /** Sheet row of the totals row (meaningful when showTotals). */
  get totalsRow(): number {
    return this.top + 1 + this.bodyRows;
  }

  get headerRect(): Rect {
    return { row: this.top, col: this.left, rows: 1, cols: this.width };
  }

  get bodyRect(): Rect {
    return { row: this.top + 1, col: this.left, rows: this.bodyRows, cols: this.width };
  }

  columnNames(): string[] {
    if (this.hiddenHeaders) return [...this.hiddenHeaders];
    return Array.from({ length: this.width }, (_, i) => String(this.sheet.value(this.top, this.left + i)));
  }

  isPlaceholderBlank(): boolean {
    if (!this.placeholder || this.bodyRows !== 1) return false;
    for (let c = 0; c < this.width; c++) if (this.sheet.value(this.top + 1, this.left + c) !== "") return false;
    return true;
  }
}

const BAD_SHEET_CHARS = /[[\]:*?/\\]/;
const TABLE_NAME = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;
const CELL_LIKE = /^([A-Za-z]{1,3}\d+|[RrCc]\d*)$/;

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  activeSheet: SheetModel | null = null;
  /** Entry rules every sheet shares (set from the stand-in's options). */
  readonly rules: EntryRules = {};
  /** Every table made by tables.add gets a totals row (a stand-in option). */
  tablesGetTotalsRow = false;
  private nextId = 1;

  sheet(name: string): SheetModel | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  table(name: string): TableModel | undefined {
    const key = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === key);
  }

  checkSheetName(name: string, except?: SheetModel): void {
    if (!name || name.length > 31 || BAD_SHEET_CHARS.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw invalidArgument(`"${name}" is not a valid sheet name`);
    }
    const clash = this.sheet(name);
    if (clash && clash !== except) throw new StandInError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
  }

  addSheet(name?: string): SheetModel {
    let n = this.sheets.length + 1;
    while (!name && this.sheet(`Лист${n}`)) n++;
    const finalName = name ?? `Лист${n}`;
    this.checkSheetName(finalName);
    const s = new SheetModel(finalName, `{sheet-${this.nextId++}}`, this.rules);
    this.sheets.push(s);
    if (!this.activeSheet) this.activeSheet = s;
    return s;
  }

  deleteSheet(sheet: SheetModel): void {
    if (this.sheets.length === 1) throw invalidOperation("a workbook must contain at least one visible worksheet");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i].sheet === sheet) this.tables.splice(i, 1);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0];
  }

  moveSheet(sheet: SheetModel, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) throw invalidArgument(`sheet position ${position}`);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  checkTableName(name: string, except?: TableModel): void {
    if (!TABLE_NAME.test(name) || CELL_LIKE.test(name) || name.length > 255) throw invalidArgument(`"${name}" is not a valid table name`);
    const clash = this.table(name);
    if (clash && clash !== except) throw new StandInError("ItemAlreadyExists", `A table named "${name}" already exists.`);
  }

  addTable(sheet: SheetModel, rect: Rect, hasHeaders: boolean): TableModel {
    for (const t of this.tables) {
      if (t.sheet === sheet && overlaps(t.rect, rect)) throw invalidArgument(`the range overlaps table "${t.name}"`);
    }
    let n = this.tables.length + 1;
    while (this.table(`Таблица${n}`)) n++;
    const top = hasHeaders ? rect.row : rect.row - 1;
    if (top < 0) throw invalidArgument("no room for a header row above the range");
    let bodyRows = hasHeaders ? rect.rows - 1 : rect.rows;
    const table = new TableModel(`Таблица${n}`, sheet, top, rect.col, rect.cols, Math.max(bodyRows, 1), `{table-${this.nextId++}}`);
    if (!hasHeaders) {
      // Excel pushes the data down one row to make room for generated headers.
      sheet.shiftDown(rect.row, rect.col, rect.cols, 1);
      table.top = rect.row;
    }
    if (bodyRows === 0) {
      bodyRows = 1;
      table.placeholder = true;
    }
    // Headers must be unique, non-empty text: Excel fills gaps with Столбец1, Столбец2, …
    const seen = new Set<string>();
    for (let c = 0; c < rect.cols; c++) {
      let h = hasHeaders ? String(sheet.value(table.top, rect.col + c)).trim() : "";
      if (!h) h = `Столбец${c + 1}`;
      let unique = h;
      for (let k = 2; seen.has(unique.toLowerCase()); k++) unique = `${h}${k}`;
      seen.add(unique.toLowerCase());
      const cell = sheet.touch(table.top, rect.col + c);
      cell.value = unique;
      delete cell.formula;
    }
    this.tables.push(table);
    if (this.tablesGetTotalsRow) this.setTotals(table, true);
    return table;
  }

  /** Turns a table's totals row on (a row inserted under the body, labelled «Итог») or off. */
  setTotals(table: TableModel, on: boolean): void {
    if (on === table.showTotals) return;
    const sheet = table.sheet;
    if (on) {
      sheet.shiftDown(table.totalsRow, table.left, table.width, 1);
      sheet.touch(table.totalsRow, table.left).value = "Итог";
    } else {
      sheet.shiftUp(table.totalsRow, table.left, table.width, 1);
    }
    table.showTotals = on;
  }

  /** Turns a table's header row off (its cells emptied, names kept) or back on. */
  setHeaders(table: TableModel, on: boolean): void {
    if (on === table.showHeaders) return;
    const sheet = table.sheet;
    if (on) {
      (table.hiddenHeaders ?? []).forEach((h, c) => (sheet.touch(table.top, table.left + c).value = h));
      table.hiddenHeaders = null;
    } else {
      table.hiddenHeaders = table.columnNames();
      for (let c = 0; c < table.width; c++) sheet.touch(table.top, table.left + c).value = "";
    }
    table.showHeaders = on;
  }

  /** Shows only body rows whose cell in column `col` displays one of `values`; other filters still apply. */
  applyFilter(table: TableModel, col: number, values: Set<string> | null): void {
    if (values) table.filters.set(col, values);
    else table.filters.delete(col);
    const sheet = table.sheet;
    for (let r = table.top + 1; r < table.top + 1 + table.bodyRows; r++) {
      const shown = [...table.filters].every(([c, keep]) => keep.has(String(sheet.value(r, table.left + c))));
      if (!shown) sheet.hiddenRows.set(r, "filter");
      else if (sheet.hiddenRows.get(r) === "filter") sheet.hiddenRows.delete(r);
    }
  }

  /** Deletes body rows [index, index+count) of a table, moving what is below up. */
  deleteTableRows(table: TableModel, index: number, count: number): void {
    if (index < 0 || count < 1 || index + count > table.bodyRows) throw invalidArgument(`rows ${index}..${index + count - 1} are not in table "${table.name}"`);
    if (count === table.bodyRows) throw invalidOperation("a table keeps at least one body row");
    table.sheet.shiftUp(table.top + 1 + index, table.left, table.width, count);
    table.bodyRows -= count;
  }

  /**
   * Inserts a column into a table at column index `index` (null = after the last), as
   * table.columns.add does: the cells right of it in the table's rows move right, the header is
   * `name` (made unique; «СтолбецN» without one), body cells take the format of the column to
   * the left, and `values` (header row first, one row per table row) are entered.
   */
  addTableColumn(table: TableModel, index: number | null, values: unknown[][] | null, name: string | null): void {
    const at = index ?? table.width;
    if (!Number.isInteger(at) || at < 0 || at > table.width) throw invalidArgument(`column index ${index}`);
    const rect = table.rect;
    if (values && (values.length !== rect.rows || values.some((r) => !Array.isArray(r) || r.length !== 1))) {
      throw invalidArgument(`values must have ${rect.rows} rows of one value`);
    }
    const sheet = table.sheet;
    const col = table.left + at;
    sheet.shiftRight(rect.row, rect.rows, col, 1);
    const taken = new Set(table.columnNames().map((n) => n.toLowerCase()));
    const base = (name ?? String(values?.[0]?.[0] ?? "")).trim() || `Столбец${table.width + 1}`;
    let header = base;
    for (let k = 2; taken.has(header.toLowerCase()); k++) header = `${base}${k}`;
    table.width += 1;
    if (at > 0) for (let r = rect.row + 1; r < rect.row + rect.rows; r++) this.copyFormat(sheet, r, col - 1, col);
    if (table.hiddenHeaders) table.hiddenHeaders.splice(at, 0, header);
    else sheet.touch(table.top, col).value = header;
    values?.slice(1).forEach((row, r) => sheet.enter(table.top + 1 + r, col, row[0]));
  }

  private copyFormat(sheet: SheetModel, row: number, from: number, to: number): void {
    const src = sheet.cell(row, from);
    if (!src) return;
    const dst = sheet.touch(row, to);
    for (const key of INHERITED) if (src[key] !== undefined) (dst as unknown as Record<string, unknown>)[key] = src[key];
  }

  /** Inserts `values.length` rows into a table at body index `index` (null = end). */
  addTableRows(table: TableModel, index: number | null, values: unknown[][]): void {
    const count = values.length;
    if (count === 0) throw invalidArgument("rows.add needs at least one row");
    for (const row of values) {
      if (!Array.isArray(row) || row.length !== table.width) {
        throw invalidArgument(`each row must have ${table.width} values (the table's column count)`);
      }
    }
    const at = index ?? table.bodyRows;
    if (!Number.isInteger(at) || at < 0 || at > table.bodyRows) throw invalidArgument(`row index ${index}`);
    const sheet = table.sheet;
    let start = table.top + 1 + at; // first sheet row that receives values
    let insertAt = start;
    let toInsert = count;
    if (table.isPlaceholderBlank()) {
      start = table.top + 1;
      insertAt = start + 1;
      toInsert = count - 1;
    }
    table.placeholder = false;
    if (toInsert > 0) {
      sheet.shiftDown(insertAt, table.left, table.width, toInsert);
      const source = insertAt - 1 > table.top ? insertAt - 1 : insertAt + toInsert;
      for (let r = 0; r < toInsert; r++) sheet.inheritFormat(source, insertAt + r, table.left, table.width);
      // Conditional formats over table columns grow with the table, as in Excel.
      for (const cf of sheet.conditionalFormats) {
        const inColumns = cf.rect.col >= table.left && cf.rect.col + cf.rect.cols <= table.left + table.width;
        if (!inColumns || cf.rect.row <= table.top) continue;
        if (cf.rect.row >= insertAt) cf.rect = { ...cf.rect, row: cf.rect.row + toInsert };
        else if (cf.rect.row + cf.rect.rows >= insertAt) cf.rect = { ...cf.rect, rows: cf.rect.rows + toInsert };
      }
      table.bodyRows += toInsert;
    }
    values.forEach((row, r) => row.forEach((v, c) => sheet.enter(start + r, table.left + c, v)));
  }
}
