// The Excel stand-in: the part of the Excel JavaScript API Svodka uses, strict where Excel
// is strict (load before read, writes applied at sync, 5 MB requests and responses, typing
// rules, API versions), with charts whose series can be read back as a reader sees them.
export { installExcelStandIn, StandInHandle, compareVersions, STAND_IN_VARIANTS, type StandInOptions, type RunFunction, type RunOptions, type ChartView } from "./install";
export { StandInError, type StandInErrorCode } from "./errors";
export type { Cell, ChartModel, ChartSeriesModel, ConditionalFormatModel, SheetModel, TableModel, WorkbookModel } from "./model";
export { charsToPoints } from "./range";
export { measureOfficeImport, syntheticDirective, type ImportMeasure } from "./measure";
