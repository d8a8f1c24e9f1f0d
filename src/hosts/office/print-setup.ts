// Print setup of the sheets the add-in makes in Excel (ExcelApi 1.9 pageLayout): A4, fitted
// to the page width, landscape where wide, the header row on every page. Printing is a
// convenience: it runs in a sync of its own after the sheet exists, and when Excel refuses a
// setting (a printer without A4, a host without ExcelApi 1.9) the command still succeeds.
import { PRINT_MARGINS, type SheetPrint } from "../../core/workbook/print-layout";
import type { ApiSupport } from "./office-port";

const POINTS_PER_INCH = 72;

/** Fit every column on one page width, as many pages down as needed (fitToHeight="0" in the file). */
const FIT_WIDTH: Excel.PageLayoutZoomOptions = { horizontalFitToPages: 1, verticalFitToPages: 0 };
/**
 * The reference does not say whether `verticalFitToPages: 0` is accepted; where it is not,
 * the width alone is set.
 */
const FIT_WIDTH_ONLY: Excel.PageLayoutZoomOptions = { horizontalFitToPages: 1 };

function queue(sheet: Excel.Worksheet, print: SheetPrint, zoom: Excel.PageLayoutZoomOptions, paper: boolean): void {
  const layout = sheet.pageLayout;
  layout.orientation = print.landscape ? "Landscape" : "Portrait";
  if (paper) layout.paperSize = "A4";
  layout.zoom = zoom;
  layout.leftMargin = PRINT_MARGINS.left * POINTS_PER_INCH;
  layout.rightMargin = PRINT_MARGINS.right * POINTS_PER_INCH;
  layout.topMargin = PRINT_MARGINS.top * POINTS_PER_INCH;
  layout.bottomMargin = PRINT_MARGINS.bottom * POINTS_PER_INCH;
  layout.headerMargin = PRINT_MARGINS.header * POINTS_PER_INCH;
  layout.footerMargin = PRINT_MARGINS.footer * POINTS_PER_INCH;
  if (print.titleRows) layout.setPrintTitleRows(`$${print.titleRows[0]}:$${print.titleRows[1]}`);
}

/**
 * Sets up printing of `sheets` (already synced into existence). Tries everything, then without
 * the automatic page count, then without the paper size; gives up silently after that.
 * One sync when Excel accepts the first attempt.
 */
export async function setUpPrinting(context: Excel.RequestContext, sheets: { sheet: Excel.Worksheet; print: SheetPrint }[], supports: ApiSupport): Promise<void> {
  if (!sheets.length || !supports("1.9")) return;
  const attempts: [Excel.PageLayoutZoomOptions, boolean][] = [
    [FIT_WIDTH, true],
    [FIT_WIDTH_ONLY, true],
    [FIT_WIDTH_ONLY, false],
  ];
  for (const [zoom, paper] of attempts) {
    for (const s of sheets) queue(s.sheet, s.print, zoom, paper);
    try {
      // At most three attempts, whatever the number of sheets or rows.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      return;
    } catch {
      // The next attempt asks for less.
    }
  }
}
