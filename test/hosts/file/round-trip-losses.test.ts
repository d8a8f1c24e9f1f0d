// The standalone page warns before she saves a book whose charts or validation lists the
// file host would drop; a свод the add-in made itself loses nothing.
import assert from "node:assert/strict";
import ExcelJS from "exceljs";
import { strToU8, unzipSync, zipSync } from "fflate";
import { WORKBOOK_TABLES } from "../../../src/core/workbook/schema";
import { FileWorkbookPort } from "../../../src/hosts/file";

async function bookWithValidation(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Лист1");
  ws.getCell("A1").value = "да";
  ws.getCell("A1").dataValidation = { type: "list", allowBlank: true, formulae: ['"да,нет"'] };
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("FileWorkbookPort: what a round trip would lose", () => {
  it("names validation lists and charts of a book made in Excel", async () => {
    const files = unzipSync(await bookWithValidation());
    files["xl/charts/chart1.xml"] = strToU8("<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"/>");
    const port = await FileWorkbookPort.open(zipSync(files));
    assert.deepEqual(port.losses, ["списки и проверки данных в ячейках", "диаграммы"]);
  });

  it("finds nothing to lose in a свод the add-in made", async () => {
    const made = FileWorkbookPort.create();
    await made.ensureTables(WORKBOOK_TABLES);
    const reopened = await FileWorkbookPort.open(await made.save());
    assert.deepEqual(reopened.losses, []);
  });
});
