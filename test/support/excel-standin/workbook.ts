// context.workbook: worksheets and tables.
import type { StandInRequestContext } from "./context";
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
  getActiveWorksheet(): Worksheet {
    return this.worksheets.getActiveWorksheet();
  }
}
