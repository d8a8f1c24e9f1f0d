// The Office.js host: the WorkbookPort over the live workbook.
export { OfficeWorkbookPort, excelRun, type ApiSupport, type ExcelRun, type ExcelRunner, type OfficePortOptions } from "./office-port";
export { WriteLeftPartial, WriteRolledBack, StoredValueMismatch } from "./write-errors";
