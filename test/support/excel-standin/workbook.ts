// context.workbook: worksheets and tables.
import type { StandInRequestContext } from "./context";
import { DATE_1904_OFFSET } from "./entry";
import type { WorkbookModel } from "./model";
import { ClientObject } from "./proxy";
import { TableCollection } from "./table";
import { Worksheet, WorksheetCollection } from "./worksheet";

export class Workbook extends ClientObject<WorkbookModel> {
  constructor(context: StandInRequestContext) {
    super(context, () => context.engine.model);
  }
  _scalars(): string[] {
    return [];
  }
  _read(_t: WorkbookModel, name: string): unknown {
    return this._unknown(name);
  }
  get worksheets(): WorksheetCollection {
    return this._nav("worksheets", () => new WorksheetCollection(this.context, () => this._use()));
  }
  get tables(): TableCollection {
    return this._nav("tables", () => new TableCollection(this.context, () => ({ model: this._use(), sheet: null })));
  }
  get functions(): Functions {
    return this._nav("functions", () => new Functions(this.context, () => this._use()));
  }
  getActiveWorksheet(): Worksheet {
    return this.worksheets.getActiveWorksheet();
  }
}

/** workbook.functions (ExcelApi 1.2): only DATE, evaluated in the workbook's date system. */
export class Functions extends ClientObject<WorkbookModel> {
  _scalars(): string[] {
    return [];
  }
  _read(_t: WorkbookModel, name: string): unknown {
    return this._unknown(name);
  }
  date(year: number, month: number, day: number): FunctionResult {
    return new FunctionResult(
      this.context,
      () => {
        const serial = Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
        const value = this._use().rules.date1904 ? serial - DATE_1904_OFFSET : serial;
        return { value: value < 0 ? null : value, error: value < 0 ? "#NUM!" : null };
      },
      { parent: this._id, method: "date", args: [year, month, day], version: "1.2" },
    );
  }
}

export class FunctionResult extends ClientObject<{ value: number | null; error: string | null }> {
  _scalars(): string[] {
    return ["value", "error"];
  }
  _read(t: { value: number | null; error: string | null }, name: string): unknown {
    if (name === "value") return t.value;
    if (name === "error") return t.error;
    return this._unknown(name);
  }
  get value(): number | null {
    return this._get("value");
  }
  get error(): string | null {
    return this._get("error");
  }
}
