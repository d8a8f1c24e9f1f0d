// The Excel stand-in: the part of the Excel JavaScript API Svodka uses, strict where Excel
// is strict (load before read, writes applied at sync, 5 MB requests, typing rules).
export { installExcelStandIn, StandInHandle, compareVersions, type StandInOptions, type RunFunction } from "./install";
export { StandInError, type StandInErrorCode } from "./errors";
export type { Cell, ChartModel, ConditionalFormatModel, SheetModel, TableModel, WorkbookModel } from "./model";
export { charsToPoints } from "./range";
export { measureOfficeImport, syntheticDirective, type ImportMeasure } from "./measure";
