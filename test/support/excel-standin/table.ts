// Tables (ListObjects): found by name anywhere in the workbook, with a header row,
// a body that always has at least one row, rows.add that inserts whole rows, and columns.
import { parseRect, splitSheet } from "./address";
import { invalidArgument, invalidOperation, itemNotFound } from "./errors";
import type { SheetModel, TableModel, WorkbookModel } from "./model";
import { ClientCollection, ClientObject } from "./proxy";
import { Range } from "./range";
import { Worksheet } from "./worksheet";

interface TablesScope {
  model: WorkbookModel;
  /** null for workbook.tables */
  sheet: SheetModel | null;
}

export class TableCollection extends ClientCollection<TablesScope, TableModel, Table> {
  _list(t: TablesScope): TableModel[] {
    return t.sheet ? t.model.tables.filter((x) => x.sheet === t.sheet) : t.model.tables;
  }
  _wrap(m: TableModel): Table {
    return new Table(this.context, () => m);
  }

  /** `address` may name a sheet ("Лист1!A1:C1"); otherwise the scope's or the active sheet. */
  add(address: string | Range, hasHeaders: boolean): Table {
    return new Table(
      this.context,
      () => {
        const scope = this._use();
        let sheet: SheetModel | undefined;
        let rect;
        if (typeof address === "string") {
          const { sheet: named, cells } = splitSheet(address);
          sheet = named !== null ? scope.model.sheet(named) : (scope.sheet ?? scope.model.activeSheet ?? undefined);
          if (!sheet) throw itemNotFound(`worksheet "${named}"`);
          if (scope.sheet && sheet !== scope.sheet) throw invalidArgument("the address is on another sheet");
          rect = parseRect(cells);
        } else {
          const ref = address._use();
          sheet = ref.sheet;
          rect = ref.rect;
        }
        return scope.model.addTable(sheet, rect, hasHeaders);
      },
      { parent: this._id, method: "add", args: [typeof address === "string" ? address : `#${address._id}`, hasHeaders] },
    );
  }

  getItem(key: string): Table {
    return new Table(
      this.context,
      () => {
        const t = this.find(key);
        if (!t) throw itemNotFound(`table "${key}"`);
        return t;
      },
      { parent: this._id, method: "getItem", args: [key] },
    );
  }

  getItemOrNullObject(key: string): Table {
    return new Table(this.context, () => this.find(key) ?? null, { parent: this._id, method: "getItemOrNullObject", args: [key], version: "1.4" });
  }

  private find(key: string): TableModel | undefined {
    const scope = this._use();
    const lower = key.toLowerCase();
    return this._list(scope).find((t) => t.name.toLowerCase() === lower || t.id === key);
  }
}

export class Table extends ClientObject<TableModel> {
  _scalars(): string[] {
    return ["name", "id", "showHeaders", "showTotals", "showFilterButton", "showBandedRows", "style"];
  }
  _read(t: TableModel, name: string): unknown {
    switch (name) {
      case "name":
        return t.name;
      case "id":
        return t.id;
      case "showHeaders":
        return t.showHeaders;
      case "showTotals":
        return t.showTotals;
      case "showFilterButton":
        return t.showFilterButton;
      case "showBandedRows":
        return t.showBandedRows;
      case "style":
        return t.style;
    }
    return this._unknown(name);
  }

  get name(): string {
    return this._get("name");
  }
  set name(name: string) {
    this._set("name", name, (t) => {
      this.context.engine.model.checkTableName(name, t);
      t.name = name;
    });
  }
  get showFilterButton(): boolean {
    return this._get("showFilterButton");
  }
  set showFilterButton(on: boolean) {
    this._set("showFilterButton", on, (t) => (t.showFilterButton = on), "1.3");
  }
  get showHeaders(): boolean {
    return this._get("showHeaders");
  }
  set showHeaders(on: boolean) {
    this._set("showHeaders", on, (t) => this.context.engine.model.setHeaders(t, on), "1.3");
  }
  get showTotals(): boolean {
    return this._get("showTotals");
  }
  set showTotals(on: boolean) {
    this._set("showTotals", on, (t) => this.context.engine.model.setTotals(t, on), "1.3");
  }
  get showBandedRows(): boolean {
    return this._get("showBandedRows");
  }
  set showBandedRows(on: boolean) {
    this._set("showBandedRows", on, (t) => (t.showBandedRows = on), "1.3");
  }
  get style(): string {
    return this._get("style");
  }
  set style(style: string) {
    this._set("style", style, (t) => {
      if (!/^TableStyle(Light|Medium|Dark)\d{1,2}$/.test(style)) throw invalidArgument(`table style "${style}"`);
      t.style = style;
    });
  }

  get rows(): TableRowCollection {
    return this._nav("rows", () => new TableRowCollection(this.context, () => this._use()));
  }
  get columns(): TableColumnCollection {
    return this._nav("columns", () => new TableColumnCollection(this.context, () => this._use()));
  }
  get worksheet(): Worksheet {
    return this._nav("worksheet", () => new Worksheet(this.context, () => this._use().sheet));
  }
  /** Nested loads through a table: "columns/items/name", "rows/items/values". */
  override _navigate(name: string) {
    if (name === "columns") return this.columns;
    if (name === "rows") return this.rows;
    return undefined;
  }

  /** With the header row switched off there is no header range (modelled strictly: an error). */
  getHeaderRowRange(): Range {
    return new Range(
      this.context,
      () => {
        const t = this._use();
        if (!t.showHeaders) throw invalidOperation(`table "${t.name}" has its header row switched off`);
        return { sheet: t.sheet, rect: t.headerRect };
      },
      { parent: this._id, method: "getHeaderRowRange", args: [] },
    );
  }

  /** Clears every filter of the table: rows hidden by them are shown again (ExcelApi 1.2). */
  clearFilters(): void {
    this._call("clearFilters", [], (t) => {
      for (const col of [...t.filters.keys()]) this.context.engine.model.applyFilter(t, col, null);
    }, "1.2");
  }
  getDataBodyRange(): Range {
    return new Range(this.context, () => ({ sheet: this._use().sheet, rect: this._use().bodyRect }), { parent: this._id, method: "getDataBodyRange", args: [] });
  }
  getRange(): Range {
    return new Range(this.context, () => ({ sheet: this._use().sheet, rect: this._use().rect }), { parent: this._id, method: "getRange", args: [] });
  }

  /** ExcelApi 1.13: not available under the default 1.12 ceiling. */
  resize(newRange: string): void {
    this._call("resize", [newRange], (t) => {
      const rect = parseRect(splitSheet(newRange).cells);
      if (rect.row !== t.top || rect.col !== t.left || rect.rows < 2) throw invalidArgument("the header row must stay where it is");
      t.width = rect.cols;
      t.bodyRows = rect.rows - 1;
      t.placeholder = false;
    }, "1.13");
  }

  delete(): void {
    this._call("delete", [], (t) => {
      const model = this.context.engine.model;
      model.sheets.forEach((s) => s === t.sheet && s.clear(t.rect, "All"));
      model.tables.splice(model.tables.indexOf(t), 1);
    });
  }
}

export interface TableRowRef {
  table: TableModel;
  index: number;
}

export class TableRowCollection extends ClientCollection<TableModel, TableRowRef, TableRow> {
  _list(t: TableModel): TableRowRef[] {
    return Array.from({ length: t.bodyRows }, (_, index) => ({ table: t, index }));
  }
  _wrap(m: TableRowRef): TableRow {
    return new TableRow(this.context, () => m);
  }

  /** Values: a 2-D array, one inner array per row, as wide as the table. Index null = append. */
  add(index?: number | null, values?: unknown[][], alwaysInsert?: boolean): TableRow {
    const row = new TableRow(
      this.context,
      () => {
        const t = this._use();
        if (values !== undefined && !Array.isArray(values)) throw invalidArgument("rows.add values must be a 2-D array");
        const data = values ?? [Array.from({ length: t.width }, () => "")];
        const at = index ?? null;
        this.context.engine.model.addTableRows(t, at, data);
        return { table: t, index: at ?? t.bodyRows - data.length };
      },
      { parent: this._id, method: "add", args: [index ?? null, values ?? null, alwaysInsert ?? null], version: alwaysInsert === undefined ? undefined : "1.15" },
    );
    return row;
  }

  getItemAt(index: number): TableRow {
    return new TableRow(
      this.context,
      () => {
        const t = this._use();
        if (!Number.isInteger(index) || index < 0 || index >= t.bodyRows) throw itemNotFound(`row ${index} of table "${t.name}"`);
        return { table: t, index };
      },
      { parent: this._id, method: "getItemAt", args: [index] },
    );
  }
}

export class TableRow extends ClientObject<TableRowRef> {
  _scalars(): string[] {
    return ["index", "values"];
  }
  _read(t: TableRowRef, name: string): unknown {
    if (name === "index") return t.index;
    if (name === "values") {
      const r = t.table.top + 1 + t.index;
      return [Array.from({ length: t.table.width }, (_, c) => t.table.sheet.value(r, t.table.left + c))];
    }
    return this._unknown(name);
  }
  get index(): number {
    return this._get("index");
  }
  get values(): unknown[][] {
    return this._get("values");
  }
  getRange(): Range {
    return new Range(
      this.context,
      () => {
        const { table, index } = this._use();
        return { sheet: table.sheet, rect: { row: table.top + 1 + index, col: table.left, rows: 1, cols: table.width } };
      },
      { parent: this._id, method: "getRange", args: [] },
    );
  }
}

export interface TableColumnRef {
  table: TableModel;
  index: number;
}

export class TableColumnCollection extends ClientCollection<TableModel, TableColumnRef, TableColumn> {
  _list(t: TableModel): TableColumnRef[] {
    return Array.from({ length: t.width }, (_, index) => ({ table: t, index }));
  }
  _wrap(m: TableColumnRef): TableColumn {
    return new TableColumn(this.context, () => m);
  }
  /**
   * Adds a column (index null or undefined = after the last). `values`: header and body, one
   * value per row; `name` (ExcelApi 1.4): the header.
   */
  add(index?: number | null, values?: unknown[][] | null, name?: string | null): TableColumn {
    return new TableColumn(
      this.context,
      () => {
        const t = this._use();
        const at = index ?? t.width;
        this.context.engine.model.addTableColumn(t, index ?? null, values ?? null, name ?? null);
        return { table: t, index: at };
      },
      { parent: this._id, method: "add", args: [index ?? null, values ?? null, name ?? null], version: name === undefined || name === null ? undefined : "1.4" },
    );
  }

  getItem(key: string | number): TableColumn {
    return new TableColumn(
      this.context,
      () => {
        const found = this.find(key);
        if (!found) throw itemNotFound(`column "${key}"`);
        return found;
      },
      { parent: this._id, method: "getItem", args: [key] },
    );
  }
  getItemOrNullObject(key: string | number): TableColumn {
    return new TableColumn(this.context, () => this.find(key) ?? null, { parent: this._id, method: "getItemOrNullObject", args: [key], version: "1.4" });
  }
  getItemAt(index: number): TableColumn {
    return new TableColumn(
      this.context,
      () => {
        const t = this._use();
        if (!Number.isInteger(index) || index < 0 || index >= t.width) throw itemNotFound(`column ${index}`);
        return { table: t, index };
      },
      { parent: this._id, method: "getItemAt", args: [index] },
    );
  }
  private find(key: string | number): TableColumnRef | undefined {
    const t = this._use();
    const names = t.columnNames().map((n) => n.toLowerCase());
    const index = typeof key === "number" ? key : names.indexOf(String(key).toLowerCase());
    return index >= 0 && index < t.width ? { table: t, index } : undefined;
  }
}

export class TableColumn extends ClientObject<TableColumnRef> {
  _scalars(): string[] {
    return ["name", "index", "values"];
  }
  _read(t: TableColumnRef, name: string): unknown {
    const { table, index } = t;
    if (name === "name") return table.columnNames()[index];
    if (name === "index") return index;
    if (name === "values") return Array.from({ length: table.bodyRows + 1 }, (_, r) => [table.sheet.value(table.top + r, table.left + index)]);
    return this._unknown(name);
  }
  get name(): string {
    return this._get("name");
  }
  get index(): number {
    return this._get("index");
  }
  get values(): unknown[][] {
    return this._get("values");
  }
  get filter(): Filter {
    return this._nav("filter", () => new Filter(this.context, () => this._use()));
  }
  private range(method: string, rows: (t: TableModel) => { row: number; rows: number }): Range {
    return new Range(
      this.context,
      () => {
        const { table, index } = this._use();
        return { sheet: table.sheet, rect: { ...rows(table), col: table.left + index, cols: 1 } };
      },
      { parent: this._id, method, args: [] },
    );
  }
  getDataBodyRange(): Range {
    return this.range("getDataBodyRange", (t) => ({ row: t.top + 1, rows: t.bodyRows }));
  }
  getHeaderRowRange(): Range {
    return this.range("getHeaderRowRange", (t) => ({ row: t.top, rows: 1 }));
  }
  getRange(): Range {
    return this.range("getRange", (t) => ({ row: t.top, rows: t.bodyRows + 1 }));
  }
}

/** A table column's filter (ExcelApi 1.2): only a values filter is modelled. */
export class Filter extends ClientObject<TableColumnRef> {
  _scalars(): string[] {
    return [];
  }
  _read(_t: TableColumnRef, name: string): unknown {
    return this._unknown(name);
  }
  /** Shows only rows whose cell displays one of `values`. */
  applyValuesFilter(values: string[]): void {
    this._call("applyValuesFilter", [values], (t) => this.context.engine.model.applyFilter(t.table, t.index, new Set(values.map(String))), "1.2");
  }
  clear(): void {
    this._call("clear", [], (t) => this.context.engine.model.applyFilter(t.table, t.index, null), "1.2");
  }
}
