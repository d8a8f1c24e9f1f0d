// Range, its format (font, fill, widths, wrap, alignment) and conditional formats.
// A range proxy is bound to a sheet rectangle when the call that made it runs at sync.
import { fullAddress, MAX_COLS, MAX_ROWS, parseRect, splitSheet, type Rect } from "./address";
import { displayText } from "./display";
import { invalidArgument, invalidOperation, itemNotFound } from "./errors";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, type Cell, type ConditionalFormatModel, type SheetModel } from "./model";
import { ClientCollection, ClientObject } from "./proxy";
import { Worksheet } from "./worksheet";

export interface RangeRef {
  sheet: SheetModel;
  rect: Rect;
}

const MAX_FORMATTED_CELLS = 2_000_000;

function cellsOf(ref: RangeRef, visit: (row: number, col: number) => void): void {
  const { row, col, rows, cols } = ref.rect;
  if (rows * cols > MAX_FORMATTED_CELLS) throw invalidOperation("the stand-in does not format or read whole columns cell by cell");
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) visit(row + r, col + c);
}

function matrix<V>(ref: RangeRef, read: (row: number, col: number) => V): V[][] {
  const { row, col, rows, cols } = ref.rect;
  if (rows * cols > MAX_FORMATTED_CELLS) throw invalidOperation("the stand-in does not read whole columns");
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => read(row + r, col + c)));
}

/** A 2-D input must match the range exactly; a single value applies to every cell. */
export function inputGrid(input: unknown, rect: Rect, what: string): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) {
    if (input === null || typeof input === "object") throw invalidArgument(`${what} must be a 2-D array or a single value`);
    return () => input;
  }
  const bad = input.length !== rect.rows || input.some((row) => !Array.isArray(row) || row.length !== rect.cols);
  if (bad) {
    const got = `${input.length}×${Array.isArray(input[0]) ? input[0].length : "?"}`;
    throw invalidArgument(`the number of rows or columns in the input array (${got}) doesn't match the range (${rect.rows}×${rect.cols}) for ${what}`);
  }
  return (r, c) => (input[r] as unknown[])[c];
}

/**
 * Sheet rows a write of `rect` lands in. Over rows a filter hides, Excel has been reported to put
 * values in the wrong rows (OfficeDev/office-js#224): modelled as paste does it, each input row
 * going to the next row the filter shows. Without filtered rows, the range's own rows.
 */
function landingRows(ref: RangeRef): number[] {
  const { row, rows } = ref.rect;
  const hidden = ref.sheet.hiddenRows;
  const own = Array.from({ length: rows }, (_, r) => row + r);
  if (![...hidden.values()].includes("filter") || !own.some((r) => hidden.get(r) === "filter")) return own;
  const out: number[] = [];
  for (let r = row; out.length < rows && r < MAX_ROWS; r++) if (hidden.get(r) !== "filter") out.push(r);
  return out;
}

/** Writes every cell of a range through Excel's entry rules, to the rows it lands in. */
function enterGrid(t: RangeRef, input: unknown, what: string): void {
  const at = inputGrid(input, t.rect, what);
  const rows = landingRows(t);
  cellsOf(t, (r, c) => t.sheet.enter(rows[r - t.rect.row], c, at(r - t.rect.row, c - t.rect.col)));
}

/** One value for a property of every cell, or null when cells differ (as Excel reports it). */
function uniform<V>(ref: RangeRef, read: (cell: Cell | undefined) => V): V | null {
  let first: V | undefined;
  let same = true;
  cellsOf(ref, (r, c) => {
    const v = read(ref.sheet.cell(r, c));
    if (first === undefined) first = v;
    else if (v !== first) same = false;
  });
  return same ? (first as V) : null;
}

export class Range extends ClientObject<RangeRef> {
  _scalars(): string[] {
    return ["address", "values", "formulas", "numberFormat", "text", "rowCount", "columnCount", "rowIndex", "columnIndex", "cellCount", "rowHidden"];
  }

  _read(t: RangeRef, name: string): unknown {
    const s = t.sheet;
    switch (name) {
      case "address":
      case "addressLocal":
        return fullAddress(s.name, t.rect);
      case "values":
        return matrix(t, (r, c) => s.value(r, c));
      case "formulas":
        return matrix(t, (r, c) => s.cell(r, c)?.formula ?? s.value(r, c));
      case "numberFormat":
        return matrix(t, (r, c) => s.numberFormat(r, c));
      case "text":
        return matrix(t, (r, c) => displayText(s.value(r, c), s.numberFormat(r, c), s.rules.date1904));
      case "rowHidden": {
        // true when every row is hidden, false when none, null when some are (as Office.js reports it).
        let hidden = 0;
        for (let r = 0; r < t.rect.rows; r++) if (s.hiddenRows.has(t.rect.row + r)) hidden++;
        return hidden === 0 ? false : hidden === t.rect.rows ? true : null;
      }
      case "valueTypes":
        return matrix(t, (r, c) => {
          const v = s.value(r, c);
          if (v === "") return "Empty";
          if (typeof v === "number") return "Double";
          if (typeof v === "boolean") return "Boolean";
          return v.startsWith("#") && s.cell(r, c)?.formula ? "Error" : "String";
        });
      case "rowCount":
        return t.rect.rows;
      case "columnCount":
        return t.rect.cols;
      case "rowIndex":
        return t.rect.row;
      case "columnIndex":
        return t.rect.col;
      case "cellCount":
        return t.rect.rows * t.rect.cols;
    }
    return this._unknown(name);
  }

  override _navigate(name: string) {
    if (name === "format") return this.format;
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }

  get address(): string {
    return this._get("address");
  }
  get values(): unknown[][] {
    return this._get("values");
  }
  set values(v: unknown[][]) {
    this._set("values", v, (t) => enterGrid(t, v, "values"));
  }
  get formulas(): unknown[][] {
    return this._get("formulas");
  }
  set formulas(v: unknown[][]) {
    this._set("formulas", v, (t) => enterGrid(t, v, "formulas"));
  }
  get rowHidden(): boolean | null {
    return this._get("rowHidden");
  }
  /** Hides or shows the rows by hand (ExcelApi 1.2). */
  set rowHidden(on: boolean) {
    this._set("rowHidden", on, (t) => {
      for (let r = 0; r < t.rect.rows; r++) {
        if (on) t.sheet.hiddenRows.set(t.rect.row + r, "manual");
        else t.sheet.hiddenRows.delete(t.rect.row + r);
      }
    }, "1.2");
  }
  get numberFormat(): unknown[][] {
    return this._get("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this._set("numberFormat", v, (t) => {
      const at = inputGrid(v, t.rect, "numberFormat");
      cellsOf(t, (r, c) => {
        const f = at(r - t.rect.row, c - t.rect.col);
        if (f === null || f === undefined) return;
        if (typeof f !== "string") throw invalidArgument("a number format must be a string");
        t.sheet.touch(r, c).numberFormat = f === "" ? "General" : f;
      });
    });
  }
  get text(): string[][] {
    return this._get("text");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }

  get format(): RangeFormat {
    return this._nav("format", () => new RangeFormat(this.context, () => this._use()));
  }

  get conditionalFormats(): ConditionalFormatCollection {
    return this._nav("conditionalFormats", () => new ConditionalFormatCollection(this.context, () => this._use()));
  }

  get worksheet(): Worksheet {
    return this._nav("worksheet", () => new Worksheet(this.context, () => this._use().sheet));
  }

  private derived(method: string, args: unknown[], rect: (t: RangeRef) => Rect, version?: string): Range {
    return new Range(
      this.context,
      () => {
        const t = this._use();
        const r = rect(t);
        const outside = r.row + r.rows > MAX_ROWS || r.col + r.cols > MAX_COLS;
        if (r.row < 0 || r.col < 0 || r.rows < 1 || r.cols < 1 || outside) throw invalidArgument(`${method}(${args.join(", ")}) is outside the sheet`);
        return { sheet: t.sheet, rect: r };
      },
      { parent: this._id, method, args, version },
    );
  }

  getCell(row: number, column: number): Range {
    return this.derived("getCell", [row, column], (t) => ({ row: t.rect.row + row, col: t.rect.col + column, rows: 1, cols: 1 }));
  }
  getRow(row: number): Range {
    return this.derived("getRow", [row], (t) => ({ ...t.rect, row: t.rect.row + row, rows: 1 }));
  }
  getColumn(column: number): Range {
    return this.derived("getColumn", [column], (t) => ({ ...t.rect, col: t.rect.col + column, cols: 1 }));
  }
  getLastRow(): Range {
    return this.derived("getLastRow", [], (t) => ({ ...t.rect, row: t.rect.row + t.rect.rows - 1, rows: 1 }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this.derived("getOffsetRange", [rowOffset, columnOffset], (t) => ({ ...t.rect, row: t.rect.row + rowOffset, col: t.rect.col + columnOffset }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this.derived("getResizedRange", [deltaRows, deltaColumns], (t) => ({ ...t.rect, rows: t.rect.rows + deltaRows, cols: t.rect.cols + deltaColumns }), "1.2");
  }
  /** The overlap with another range on the same sheet; none is an error, as in Excel. */
  getIntersection(anotherRange: Range | string): Range {
    const label = typeof anotherRange === "string" ? anotherRange : `#${anotherRange._id}`;
    return new Range(
      this.context,
      () => {
        const t = this._use();
        const other = typeof anotherRange === "string" ? { sheet: t.sheet, rect: parseRect(splitSheet(anotherRange).cells) } : anotherRange._use();
        const row = Math.max(t.rect.row, other.rect.row);
        const col = Math.max(t.rect.col, other.rect.col);
        const rows = Math.min(t.rect.row + t.rect.rows, other.rect.row + other.rect.rows) - row;
        const cols = Math.min(t.rect.col + t.rect.cols, other.rect.col + other.rect.cols) - col;
        if (other.sheet !== t.sheet || rows < 1 || cols < 1) throw itemNotFound(`no intersection with ${label}`);
        return { sheet: t.sheet, rect: { row, col, rows, cols } };
      },
      { parent: this._id, method: "getIntersection", args: [label] },
    );
  }

  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this._call("clear", [applyTo], (t) => {
      t.sheet.clear(t.rect, applyTo);
      if (applyTo !== "Contents") {
        const keep = t.sheet.conditionalFormats.filter((cf) => !within(cf.rect, t.rect));
        t.sheet.conditionalFormats.splice(0, t.sheet.conditionalFormats.length, ...keep);
      }
    });
  }

  select(): void {
    this._call("select", [], () => undefined);
  }

  /**
   * Deletes the cells, moving those below up ("Up"). Only whole body rows of one table (or cells
   * outside every table) are modelled; anything else is refused.
   */
  delete(shift: "Up" | "Left"): void {
    this._call("delete", [shift], (t) => {
      if (shift !== "Up") throw invalidArgument(`the stand-in deletes with shift "Up" only, not "${shift}"`);
      const model = this.context.engine.model;
      const table = model.tables.find((x) => x.sheet === t.sheet && t.rect.col < x.left + x.width && x.left < t.rect.col + t.rect.cols && t.rect.row < x.top + x.rect.rows && x.top < t.rect.row + t.rect.rows);
      if (!table) return t.sheet.shiftUp(t.rect.row, t.rect.col, t.rect.cols, t.rect.rows);
      const index = t.rect.row - table.top - 1;
      if (t.rect.col !== table.left || t.rect.cols !== table.width || index < 0 || index + t.rect.rows > table.bodyRows) {
        throw invalidOperation("this operation is not allowed on part of a table (delete whole table rows)");
      }
      model.deleteTableRows(table, index, t.rect.rows);
    });
  }
}

function within(inner: Rect, outer: Rect): boolean {
  return inner.row >= outer.row && inner.col >= outer.col && inner.row + inner.rows <= outer.row + outer.rows && inner.col + inner.cols <= outer.col + outer.cols;
}

/** Points for a column `chars` characters wide (Calibri 11: 7 px a character + 5 px padding). */
export function charsToPoints(chars: number): number {
  return Math.round(chars * 7 + 5) * 0.75;
}

export class RangeFormat extends ClientObject<RangeRef> {
  _scalars(): string[] {
    return ["columnWidth", "rowHeight", "wrapText", "verticalAlignment", "horizontalAlignment"];
  }

  _read(t: RangeRef, name: string): unknown {
    switch (name) {
      case "columnWidth": {
        const widths = new Set(Array.from({ length: t.rect.cols }, (_, i) => t.sheet.columnWidths.get(t.rect.col + i) ?? DEFAULT_COLUMN_WIDTH));
        return widths.size === 1 ? [...widths][0] : null;
      }
      case "rowHeight": {
        const heights = new Set(Array.from({ length: Math.min(t.rect.rows, 10_000) }, (_, i) => t.sheet.rowHeights.get(t.rect.row + i) ?? DEFAULT_ROW_HEIGHT));
        return heights.size === 1 ? [...heights][0] : null;
      }
      case "wrapText":
        return uniform(t, (c) => c?.wrap ?? false);
      case "verticalAlignment":
        return uniform(t, (c) => c?.verticalAlignment ?? "Bottom");
      case "horizontalAlignment":
        return uniform(t, (c) => c?.horizontalAlignment ?? "General");
    }
    return this._unknown(name);
  }

  override _navigate(name: string) {
    if (name === "font") return this.font;
    if (name === "fill") return this.fill;
    return undefined;
  }

  get font(): RangeFont {
    return this._nav("font", () => new RangeFont(this.context, () => this._use()));
  }
  get fill(): RangeFill {
    return this._nav("fill", () => new RangeFill(this.context, () => this._use()));
  }

  get columnWidth(): number {
    return this._get("columnWidth");
  }
  set columnWidth(points: number) {
    this._set("columnWidth", points, (t) => {
      if (!(points >= 0)) throw invalidArgument(`column width ${points}`);
      for (let i = 0; i < t.rect.cols; i++) t.sheet.columnWidths.set(t.rect.col + i, points);
    }, "1.2");
  }
  get rowHeight(): number {
    return this._get("rowHeight");
  }
  set rowHeight(points: number) {
    this._set("rowHeight", points, (t) => {
      if (!(points >= 0)) throw invalidArgument(`row height ${points}`);
      for (let i = 0; i < t.rect.rows; i++) t.sheet.rowHeights.set(t.rect.row + i, points);
    }, "1.2");
  }
  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(on: boolean) {
    this._set("wrapText", on, (t) => cellsOf(t, (r, c) => (t.sheet.touch(r, c).wrap = on)));
  }
  get verticalAlignment(): string {
    return this._get("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this._set("verticalAlignment", v, (t) => cellsOf(t, (r, c) => (t.sheet.touch(r, c).verticalAlignment = v)));
  }
  get horizontalAlignment(): string {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this._set("horizontalAlignment", v, (t) => cellsOf(t, (r, c) => (t.sheet.touch(r, c).horizontalAlignment = v)));
  }

  autofitColumns(): void {
    this._call("autofitColumns", [], (t) => {
      for (let i = 0; i < t.rect.cols; i++) {
        const col = t.rect.col + i;
        let longest = 0;
        for (const [k, cell] of t.sheet.cells) {
          if (k % 16_384 !== col) continue;
          longest = Math.max(longest, displayText(cell.value, cell.numberFormat ?? "General", t.sheet.rules.date1904).length);
        }
        t.sheet.columnWidths.set(col, longest ? charsToPoints(longest) : DEFAULT_COLUMN_WIDTH);
      }
    }, "1.2");
  }

  autofitRows(): void {
    this._call("autofitRows", [], () => undefined, "1.2");
  }
}

export class RangeFont extends ClientObject<RangeRef> {
  _scalars(): string[] {
    return ["bold", "italic", "color", "size"];
  }
  _read(t: RangeRef, name: string): unknown {
    if (name === "bold") return uniform(t, (c) => c?.bold ?? false);
    if (name === "italic") return uniform(t, (c) => c?.italic ?? false);
    if (name === "color") return uniform(t, (c) => c?.fontColor ?? "#000000");
    if (name === "size") return uniform(t, (c) => c?.fontSize ?? 11);
    return this._unknown(name);
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(on: boolean) {
    this._set("bold", on, (t) => cellsOf(t, (r, c) => (t.sheet.touch(r, c).bold = on)));
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(on: boolean) {
    this._set("italic", on, (t) => cellsOf(t, (r, c) => (t.sheet.touch(r, c).italic = on)));
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v, (t) => cellsOf(t, (r, c) => (t.sheet.touch(r, c).fontColor = v)));
  }
  get size(): number {
    return this._get("size");
  }
  set size(v: number) {
    this._set("size", v, (t) => cellsOf(t, (r, c) => (t.sheet.touch(r, c).fontSize = v)));
  }
}

export class RangeFill extends ClientObject<RangeRef> {
  _scalars(): string[] {
    return ["color"];
  }
  _read(t: RangeRef, name: string): unknown {
    if (name === "color") return uniform(t, (c) => c?.fill ?? "#FFFFFF");
    return this._unknown(name);
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v, (t) => cellsOf(t, (r, c) => (t.sheet.touch(r, c).fill = v)));
  }
  clear(): void {
    this._call("clear", [], (t) => cellsOf(t, (r, c) => delete t.sheet.touch(r, c).fill));
  }
}

// ---- conditional formats (ExcelApi 1.6) ----

export class ConditionalFormatCollection extends ClientCollection<RangeRef, ConditionalFormatModel, ConditionalFormat> {
  _list(t: RangeRef): ConditionalFormatModel[] {
    return t.sheet.conditionalFormats.filter((cf) => within(cf.rect, t.rect) || within(t.rect, cf.rect));
  }
  _wrap(m: ConditionalFormatModel): ConditionalFormat {
    return new ConditionalFormat(this.context, () => m);
  }

  add(type: string): ConditionalFormat {
    return new ConditionalFormat(
      this.context,
      () => {
        const t = this._use();
        // Office.js values are "CellValue", "ContainsText", "Custom"; lower-case first letters also accepted.
        const kind = type.charAt(0).toLowerCase() + type.slice(1);
        if (!["containsText", "cellValue", "custom"].includes(kind)) throw invalidArgument(`conditional format type "${type}" is not supported by the stand-in`);
        const model: ConditionalFormatModel = { type: kind, rect: { ...t.rect }, rule: null, fill: null, fontColor: null, bold: null };
        t.sheet.conditionalFormats.push(model);
        return model;
      },
      { parent: this._id, method: "add", args: [type], version: "1.6" },
    );
  }

  clearAll(): void {
    this._call("clearAll", [], (t) => {
      const keep = t.sheet.conditionalFormats.filter((cf) => !this._list(t).includes(cf));
      t.sheet.conditionalFormats.splice(0, t.sheet.conditionalFormats.length, ...keep);
    }, "1.6");
  }
}

export class ConditionalFormat extends ClientObject<ConditionalFormatModel> {
  _scalars(): string[] {
    return ["type"];
  }
  _read(t: ConditionalFormatModel, name: string): unknown {
    if (name === "type") return t.type;
    return this._unknown(name);
  }
  get type(): string {
    return this._get("type");
  }
  get textComparison(): RuleFormat {
    return this._nav("textComparison", () => new RuleFormat(this.context, () => this.kind("containsText")));
  }
  get cellValue(): RuleFormat {
    return this._nav("cellValue", () => new RuleFormat(this.context, () => this.kind("cellValue")));
  }
  get custom(): RuleFormat {
    return this._nav("custom", () => new RuleFormat(this.context, () => this.kind("custom")));
  }
  private kind(type: string): ConditionalFormatModel {
    const m = this._use();
    if (m.type !== type) throw invalidOperation(`a ${m.type} conditional format has no ${type} part`);
    return m;
  }
}

/** textComparison / cellValue / custom: a rule and the format it applies. */
export class RuleFormat extends ClientObject<ConditionalFormatModel> {
  _scalars(): string[] {
    return ["rule"];
  }
  _read(t: ConditionalFormatModel, name: string): unknown {
    if (name === "rule") return t.rule;
    return this._unknown(name);
  }
  get rule(): ConditionalFormatModel["rule"] {
    return this._get("rule");
  }
  set rule(rule: ConditionalFormatModel["rule"]) {
    this._set("rule", rule, (t) => {
      if (!rule || typeof rule !== "object") throw invalidArgument("a conditional format rule must be an object");
      t.rule = { ...rule };
    });
  }
  get format(): CfFormat {
    return this._nav("format", () => new CfFormat(this.context, () => this._use()));
  }
}

export class CfFormat extends ClientObject<ConditionalFormatModel> {
  _scalars(): string[] {
    return [];
  }
  _read(_t: ConditionalFormatModel, name: string): unknown {
    return this._unknown(name);
  }
  get fill(): { color: string } {
    const set = (color: string) => this._set("fill.color", color, (t) => (t.fill = color));
    return {
      set color(v: string) {
        set(v);
      },
      get color(): string {
        throw invalidOperation("the stand-in does not read conditional format colours back; inspect the model");
      },
    };
  }
  get font(): { color: string; bold: boolean } {
    const setColor = (color: string) => this._set("font.color", color, (t) => (t.fontColor = color));
    const setBold = (bold: boolean) => this._set("font.bold", bold, (t) => (t.bold = bold));
    return {
      set color(v: string) {
        setColor(v);
      },
      get color(): string {
        throw invalidOperation("the stand-in does not read conditional format colours back; inspect the model");
      },
      set bold(v: boolean) {
        setBold(v);
      },
      get bold(): boolean {
        throw invalidOperation("the stand-in does not read conditional format fonts back; inspect the model");
      },
    };
  }
}
