// The Office.js host: the WorkbookPort over the live workbook.
export { OfficeWorkbookPort, type ApiSupport, type ExcelRun } from "./office-port";
