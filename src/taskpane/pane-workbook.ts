// The workbook the pane works on, whichever host holds it: the live Excel workbook (Office.js)
// or an .xlsx file opened in the browser (exceljs). Sections get this and never ask which.
import type { WorkbookPort } from "../core/workbook/port";
import { UserFacingError } from "./user-message";

export interface PaneWorkbook {
  kind: "excel" | "file";
  /** The open workbook; null in file mode while no file is open or created. */
  port: WorkbookPort | null;
  /** The workbook «Создать свод» builds on: in file mode a new empty book when none is open. */
  portForCreate(): Promise<WorkbookPort>;
  /** Called after a use case wrote to the workbook (file mode then offers «Скачать свод»). */
  changed(): void;
}

export const NO_WORKBOOK_MESSAGE = "Сначала откройте файл свода (.xlsx) или нажмите «Создать свод».";

/** The open workbook, or a Russian error telling her to open or create one. */
export function requirePort(workbook: PaneWorkbook): WorkbookPort {
  if (!workbook.port) throw new UserFacingError(NO_WORKBOOK_MESSAGE);
  return workbook.port;
}
