// installExcelStandIn(target): puts `Excel` and `Office` on `target` (globalThis in tests,
// window in the headless task pane) and returns a handle to the workbook and the counters.
import { fullAddress, parseRect, type Rect } from "./address";
import { refValues } from "./charts";
import { StandInRequestContext, type Engine } from "./context";
import { displayText } from "./display";
import type { Scalar } from "./entry";
import { StandInError, type StandInErrorCode } from "./errors";
import { WorkbookModel, type Cell, type SheetModel } from "./model";
import { Workbook } from "./workbook";

export interface StandInOptions {
  /** Highest ExcelApi requirement set the host claims (default "1.12"). */
  maxExcelApi?: string;
  /** Request size limit in bytes (default 5 MB, Excel on the web). */
  maxRequestBytes?: number;
  /** Response size limit in bytes (default 5 MB, Excel on the web). */
  maxResponseBytes?: number;
  /** Start with these empty sheets (default one sheet «Лист1»). */
  sheets?: string[];
  /**
   * In a cell formatted as text ("@"), a leading apostrophe is stored as a character (default:
   * taken as a prefix, as in other cells). Microsoft documents neither; the host must be right under both.
   */
  textCellsKeepApostrophe?: boolean;
  /** The workbook uses the 1904 date system (Excel for Mac's old default; File → Options → Advanced). */
  date1904?: boolean;
  /** Every table made by tables.add gets a totals row under its body (a user switched it on). */
  tablesWithTotalsRow?: boolean;
  /** Excel changes entered text (AutoCorrect, a calculated column; OfficeDev/office-js#1916, #6745). */
  autoCorrect?: (text: string) => string;
}

/** The options under which the Office host's tests run, one stand-in behaviour each. */
export const STAND_IN_VARIANTS: { name: string; options: StandInOptions }[] = [
  { name: "default", options: {} },
  { name: "apostrophe kept in text cells", options: { textCellsKeepApostrophe: true } },
  { name: "1904 date system", options: { date1904: true } },
  { name: "tables with a totals row", options: { tablesWithTotalsRow: true } },
];

/** Excel.run's options (ExcelApi 1.11 for delayForCellEdit). */
export interface RunOptions {
  delayForCellEdit?: boolean;
}

export interface ChartView {
  title: string;
  type: string;
  /** Top-left cell the chart is anchored at, or null if never positioned. */
  anchor: string | null;
  width: number;
  height: number;
  legend: boolean;
  series: { name: string; values: Scalar[]; categories: Scalar[] }[];
}

export type Batch<T> = (context: StandInRequestContext & { workbook: Workbook }) => Promise<T>;
export type RunFunction = <T>(batch: Batch<T>) => Promise<T>;
type RunWithOptions = <T>(options: RunOptions, batch: Batch<T>) => Promise<T>;

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

export class StandInHandle implements Engine {
  readonly model = new WorkbookModel();
  readonly syncPayloadBytes: number[] = [];
  readonly syncResponseBytes: number[] = [];
  refusedResponses = 0;
  syncCount = 0;
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  readonly maxExcelApi: string;
  /** Sync number (1-based, counted like syncCount) → the error that sync fails with, applying nothing. */
  readonly faults = new Map<number, StandInError>();
  /**
   * The user is typing in a cell: every sync fails with `cellEditCode` ("InvalidOperation" per
   * Microsoft's delay-in-cell-edit page; its error table names "InvalidOperationInCellEditMode"),
   * unless Excel.run was given delayForCellEdit on ExcelApi 1.11+, which waits until she is done.
   */
  cellEditMode = false;
  cellEditCode: "InvalidOperation" | "InvalidOperationInCellEditMode" = "InvalidOperation";
  private ids = 0;

  constructor(options: StandInOptions = {}) {
    this.maxExcelApi = options.maxExcelApi ?? "1.12";
    this.maxRequestBytes = options.maxRequestBytes ?? 5_000_000;
    this.maxResponseBytes = options.maxResponseBytes ?? 5_000_000;
    this.model.rules.textKeepsApostrophe = options.textCellsKeepApostrophe ?? false;
    this.model.rules.date1904 = options.date1904 ?? false;
    this.model.tablesGetTotalsRow = options.tablesWithTotalsRow ?? false;
    if (options.autoCorrect) this.model.rules.autoCorrect = options.autoCorrect;
    for (const name of options.sheets ?? ["Лист1"]) this.model.addSheet(name);
  }

  /** Makes sync number `n` (counted from the last resetCounters) fail with `code`. */
  failSync(n: number, code: StandInErrorCode, message = "The operation failed (injected by the test)."): void {
    this.faults.set(n, new StandInError(code, message));
  }

  /** The error this sync must fail with, if any (called by the context before applying anything). */
  faultFor(syncNumber: number): StandInError | undefined {
    if (this.cellEditMode) return new StandInError(this.cellEditCode, "The operation isn't available while Excel is in Edit cell mode.");
    return this.faults.get(syncNumber);
  }

  supports(version: string): boolean {
    return compareVersions(version, this.maxExcelApi) <= 0;
  }

  nextId(): number {
    return ++this.ids;
  }

  /** Excel.run: a fresh context, the batch, then one more sync for what the batch left queued. */
  readonly run: RunFunction = async <T>(batch: Batch<T>): Promise<T> => this.runWith({}, batch);

  /** Excel.run(options, batch). */
  readonly runWith: RunWithOptions = async <T>(options: RunOptions, batch: Batch<T>): Promise<T> => {
    if (options.delayForCellEdit) {
      if (!this.supports("1.11")) throw new StandInError("ApiNotFound", "delayForCellEdit needs ExcelApi 1.11.");
      // The batch waits until the user commits or cancels her edit.
      this.cellEditMode = false;
    }
    const context = new StandInRequestContext(this) as StandInRequestContext & { workbook: Workbook };
    context.workbook = new Workbook(context);
    const result = await batch(context);
    await context.sync();
    return result;
  };

  resetCounters(): void {
    this.syncCount = 0;
    this.syncPayloadBytes.length = 0;
    this.syncResponseBytes.length = 0;
    this.refusedResponses = 0;
  }

  get maxResponseBytesSeen(): number {
    return this.syncResponseBytes.reduce((a, b) => Math.max(a, b), 0);
  }

  get maxPayloadBytes(): number {
    return this.syncPayloadBytes.reduce((a, b) => Math.max(a, b), 0);
  }

  sheet(name: string): SheetModel {
    const s = this.model.sheet(name);
    if (!s) throw new Error(`no sheet ${name}; sheets: ${this.model.sheets.map((x) => x.name).join(", ")}`);
    return s;
  }

  /** The values of a sheet from A1 to its last used cell ("" for empty cells). */
  sheetValues(name: string): Scalar[][] {
    const s = this.sheet(name);
    const used = s.usedRect(true);
    if (!used) return [];
    return this.grid(s, { row: 0, col: 0, rows: used.row + used.rows, cols: used.col + used.cols }, (c) => c?.value ?? "");
  }

  /** What the sheet shows (values through their number formats). */
  sheetText(name: string): string[][] {
    const s = this.sheet(name);
    const used = s.usedRect(true);
    if (!used) return [];
    return this.grid(s, { row: 0, col: 0, rows: used.row + used.rows, cols: used.col + used.cols }, (c) => (c ? displayText(c.value, c.numberFormat ?? "General", this.model.rules.date1904) : ""));
  }

  /** The charts of a sheet as a reader sees them: title, series names, their values and categories. */
  charts(sheet: string): ChartView[] {
    return this.sheet(sheet).charts.map((c) => ({
      title: c.title,
      type: c.type,
      anchor: c.position?.startCell ?? null,
      width: c.width,
      height: c.height,
      legend: c.legend.visible,
      series: c.series.map((s) => ({ name: s.name, values: refValues(s.values), categories: refValues(s.categories) })),
    }));
  }

  /** One cell by A1 address. */
  cell(sheet: string, address: string): Cell | undefined {
    const r = parseRect(address);
    return this.sheet(sheet).cell(r.row, r.col);
  }

  /** A table's header and body (values as stored; body includes a blank placeholder row). */
  tableValues(name: string): { sheet: string; address: string; headers: string[]; rows: Scalar[][] } {
    const t = this.model.table(name);
    if (!t) throw new Error(`no table ${name}; tables: ${this.model.tables.map((x) => x.name).join(", ")}`);
    return {
      sheet: t.sheet.name,
      address: fullAddress(t.sheet.name, t.rect),
      headers: t.columnNames(),
      rows: this.grid(t.sheet, t.bodyRect, (c) => c?.value ?? ""),
    };
  }

  /** The body as objects keyed by header, skipping a blank placeholder row. */
  tableObjects(name: string): Record<string, Scalar>[] {
    const { headers, rows } = this.tableValues(name);
    const t = this.model.table(name)!;
    const body = t.isPlaceholderBlank() ? [] : rows;
    return body.map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i]])));
  }

  private grid<V>(s: SheetModel, rect: Rect, read: (c: Cell | undefined) => V): V[][] {
    return Array.from({ length: rect.rows }, (_, r) => Array.from({ length: rect.cols }, (_, c) => read(s.cell(rect.row + r, rect.col + c))));
  }
}

/** The enums Svodka's Office host refers to, with Office.js's string values. */
const EXCEL_ENUMS = {
  ConditionalFormatType: { containsText: "ContainsText", cellValue: "CellValue", custom: "Custom" },
  ConditionalTextOperator: { contains: "Contains", notContains: "NotContains", beginsWith: "BeginsWith", endsWith: "EndsWith" },
  ConditionalCellValueOperator: { equalTo: "EqualTo", notEqualTo: "NotEqualTo", greaterThan: "GreaterThan", lessThan: "LessThan", between: "Between" },
  ChartType: { barClustered: "BarClustered", columnClustered: "ColumnClustered", line: "Line", pie: "Pie" },
  ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
  ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
  VerticalAlignment: { top: "Top", center: "Center", bottom: "Bottom" },
  HorizontalAlignment: { general: "General", left: "Left", center: "Center", right: "Right" },
  DeleteShiftDirection: { up: "Up", left: "Left" },
  ErrorCodes: {
    itemNotFound: "ItemNotFound",
    invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
    invalidArgument: "InvalidArgument",
    itemAlreadyExists: "ItemAlreadyExists",
    invalidOperation: "InvalidOperation",
    apiNotFound: "ApiNotFound",
    requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
    responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  },
};

/** Defines target.Excel, target.Office and target.OfficeExtension; returns the handle. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function installExcelStandIn(target: any, options: StandInOptions = {}): StandInHandle {
  const handle = new StandInHandle(options);
  const info = { host: "Excel", platform: "OfficeOnline" };
  target.Excel = {
    ...EXCEL_ENUMS,
    run: (...args: unknown[]) => handle.runWith(args.length > 1 ? ((args[0] ?? {}) as RunOptions) : {}, args[args.length - 1] as Batch<unknown>),
    RequestContext: StandInRequestContext,
  };
  target.OfficeExtension = { Error: StandInError };
  target.Office = {
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    onReady: (callback?: (i: typeof info) => void) => {
      if (callback) callback(info);
      return Promise.resolve(info);
    },
    context: {
      host: "Excel",
      platform: "OfficeOnline",
      displayLanguage: "ru-RU",
      requirements: {
        isSetSupported: (name: string, version?: string) => name === "ExcelApi" && handle.supports(version ?? "1.1"),
      },
    },
  };
  return handle;
}
