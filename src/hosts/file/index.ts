// The exceljs file host: a WorkbookPort over an .xlsx in memory.
export { FileWorkbookPort } from "./file-workbook-port";
export { WorkbookFileError } from "./errors";
