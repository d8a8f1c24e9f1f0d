// Child of the time-zone test: dates through the file host and the clock, printed as JSON.
// The parent runs it under several TZ values; date-only values must come out the same.
import ExcelJS from "exceljs";
import { createWorkbook } from "../../src/app/create-workbook";
import { localIso } from "../../src/core/dates";
import { JOURNAL, WORKBOOK_TABLES } from "../../src/core/workbook/schema";
import { FileWorkbookPort } from "../../src/hosts/file";
import { fromExcel, toExcel } from "../../src/hosts/file/cell-values";

async function throughXlsx(values: ExcelJS.CellValue[], numFmt: string): Promise<ExcelJS.CellValue[]> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Даты");
  values.forEach((v, i) => {
    ws.getCell(i + 1, 1).value = v;
    ws.getCell(i + 1, 1).numFmt = numFmt;
  });
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return values.map((_, i) => back.getWorksheet("Даты")!.getCell(i + 1, 1).value);
}

void (async () => {
  const dates = ["2024-01-01", "2024-03-31", "2024-10-27", "2024-12-31"];
  const dateCells = await throughXlsx(dates.map((d) => toExcel(d, "date")), "dd.mm.yyyy");
  const times = ["2024-03-31T23:30", "2024-04-01T00:15", "2024-10-27T02:30"];
  const timeCells = await throughXlsx(times.map((t) => toExcel(t, "datetime")), "dd.mm.yyyy hh:mm");
  // A date another program stored from a JS Date at UTC midnight (as exceljs does).
  const jsDates = await throughXlsx([new Date(Date.UTC(2024, 2, 31))], "dd.mm.yyyy");

  const port = FileWorkbookPort.create();
  await createWorkbook(port, "2024-03-31T23:30:00");
  const reopened = await FileWorkbookPort.open(await port.save());
  const journalAt = (await reopened.readTables(WORKBOOK_TABLES)).get(JOURNAL.name)!.rows[0].at;

  process.stdout.write(
    JSON.stringify({
      serial: toExcel("2024-03-31", "date"),
      fromSerial: fromExcel(45382, "date"),
      dates: dateCells.map((v) => fromExcel(v, "date")),
      times: timeCells.map((v) => fromExcel(v, "datetime")),
      jsDates: jsDates.map((v) => fromExcel(v, "date")),
      journalAt,
      clock: localIso(new Date(Date.UTC(2024, 2, 31, 20, 0, 0))),
    }),
  );
})();
