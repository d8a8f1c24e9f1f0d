// Worksheets, their collection, frozen panes and charts.
import { parseRect, rectAddress, splitSheet, type Rect } from "./address";
import { ChartCollection } from "./charts";
import { invalidArgument, itemNotFound } from "./errors";
import type { SheetModel, WorkbookModel } from "./model";
import { PageLayout } from "./page-layout";
import { ClientCollection, ClientObject } from "./proxy";
import { Range, type RangeRef } from "./range";
import { TableCollection } from "./table";

export class Worksheet extends ClientObject<SheetModel> {
  _scalars(): string[] {
    return ["name", "position", "id", "visibility", "tabColor"];
  }
  _read(t: SheetModel, name: string): unknown {
    switch (name) {
      case "name":
        return t.name;
      case "id":
        return t.id;
      case "position":
        return this.model.sheets.indexOf(t);
      case "visibility":
        return "Visible";
      case "tabColor":
        return t.tabColor;
    }
    return this._unknown(name);
  }

  private get model(): WorkbookModel {
    return this.context.engine.model;
  }

  get name(): string {
    return this._get("name");
  }
  set name(name: string) {
    this._set("name", name, (t) => {
      this.model.checkSheetName(name, t);
      t.name = name;
    });
  }
  get position(): number {
    return this._get("position");
  }
  set position(p: number) {
    this._set("position", p, (t) => this.model.moveSheet(t, p));
  }
  get id(): string {
    return this._get("id");
  }
  get tabColor(): string {
    return this._get("tabColor");
  }
  set tabColor(color: string) {
    this._set("tabColor", color, (t) => (t.tabColor = color));
  }

  getRange(address?: string): Range {
    return new Range(
      this.context,
      () => {
        const sheet = this._use();
        if (address === undefined || address === "") return { sheet, rect: parseRect("A:XFD") };
        const { sheet: named, cells } = splitSheet(address);
        if (named !== null && named.toLowerCase() !== sheet.name.toLowerCase()) throw invalidArgument(`"${address}" is not on sheet "${sheet.name}"`);
        return { sheet, rect: parseRect(cells) };
      },
      { parent: this._id, method: "getRange", args: [address ?? null] },
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return new Range(
      this.context,
      () => {
        const rect: Rect = { row: startRow, col: startColumn, rows: rowCount, cols: columnCount };
        if ([startRow, startColumn].some((n) => !Number.isInteger(n) || n < 0) || rowCount < 1 || columnCount < 1) {
          throw invalidArgument(`getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount})`);
        }
        return { sheet: this._use(), rect: parseRect(rectAddress(rect)) };
      },
      { parent: this._id, method: "getRangeByIndexes", args: [startRow, startColumn, rowCount, columnCount], version: "1.7" },
    );
  }

  /** Excel returns A1 for an empty sheet. */
  getUsedRange(valuesOnly = false): Range {
    return new Range(
      this.context,
      () => {
        const sheet = this._use();
        return { sheet, rect: sheet.usedRect(valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 } };
      },
      { parent: this._id, method: "getUsedRange", args: [valuesOnly] },
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(
      this.context,
      (): RangeRef | null => {
        const sheet = this._use();
        const rect = sheet.usedRect(valuesOnly);
        return rect ? { sheet, rect } : null;
      },
      { parent: this._id, method: "getUsedRangeOrNullObject", args: [valuesOnly], version: "1.4" },
    );
  }

  get freezePanes(): WorksheetFreezePanes {
    return this._nav("freezePanes", () => new WorksheetFreezePanes(this.context, () => this._use()));
  }

  get pageLayout(): PageLayout {
    return this._nav("pageLayout", () => new PageLayout(this.context, () => this._use()));
  }

  get tables(): TableCollection {
    return this._nav("tables", () => new TableCollection(this.context, () => ({ model: this.model, sheet: this._use() })));
  }

  get charts(): ChartCollection {
    return this._nav("charts", () => new ChartCollection(this.context, () => this._use()));
  }

  activate(): void {
    this._call("activate", [], (t) => (this.model.activeSheet = t));
  }

  delete(): void {
    this._call("delete", [], (t) => this.model.deleteSheet(t));
  }
}

export class WorksheetCollection extends ClientCollection<WorkbookModel, SheetModel, Worksheet> {
  _list(t: WorkbookModel): SheetModel[] {
    return t.sheets;
  }
  _wrap(m: SheetModel): Worksheet {
    return new Worksheet(this.context, () => m);
  }

  add(name?: string): Worksheet {
    return new Worksheet(this.context, () => this._use().addSheet(name), { parent: this._id, method: "add", args: [name ?? null] });
  }

  getItem(key: string): Worksheet {
    return new Worksheet(
      this.context,
      () => {
        const s = this._use().sheet(key) ?? this._use().sheets.find((x) => x.id === key);
        if (!s) throw itemNotFound(`worksheet "${key}"`);
        return s;
      },
      { parent: this._id, method: "getItem", args: [key] },
    );
  }

  getItemOrNullObject(key: string): Worksheet {
    return new Worksheet(
      this.context,
      () => this._use().sheet(key) ?? this._use().sheets.find((x) => x.id === key) ?? null,
      { parent: this._id, method: "getItemOrNullObject", args: [key], version: "1.4" },
    );
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, () => this._use().activeSheet ?? this._use().sheets[0], { parent: this._id, method: "getActiveWorksheet", args: [] });
  }
}

export class WorksheetFreezePanes extends ClientObject<SheetModel> {
  _scalars(): string[] {
    return [];
  }
  _read(_t: SheetModel, name: string): unknown {
    return this._unknown(name);
  }
  freezeRows(count = 1): void {
    this._call("freezeRows", [count], (t) => {
      t.frozenRows = count;
      t.frozenColumns = 0;
    }, "1.7");
  }
  freezeColumns(count = 1): void {
    this._call("freezeColumns", [count], (t) => {
      t.frozenColumns = count;
      t.frozenRows = 0;
    }, "1.7");
  }
  unfreeze(): void {
    this._call("unfreeze", [], (t) => {
      t.frozenRows = 0;
      t.frozenColumns = 0;
    }, "1.7");
  }
}
