// Benchmark for `npm run bench`: ingest nFiles school reports saved by LibreOffice as .ods
// (one filled template of rowsPerFile rows, converted once by one soffice run).
import ExcelJS from "exceljs";
import { ingestReports } from "../../../src/app/ingest-reports";
import type { Row } from "../../../src/core/workbook/port";
import { DIRECTIVES } from "../../../src/core/workbook/schema";
import { HEADER_ROW, makeReportTemplate, TEMPLATE_COLUMNS } from "../../../src/formats/report-template";
import { convertWithLibreOffice } from "../libreoffice";
import { districtPort, NOW, PERIOD } from "./district";

const col = (f: string) => TEMPLATE_COLUMNS.findIndex((c) => c.field === f) + 1;

export async function benchIngestOds(nFiles: number, rowsPerFile: number): Promise<{ ingestMs: number; accepted: number }> {
  const port = districtPort();
  const directives: Row[] = Array.from({ length: rowsPerFile }, (_, i) => ({
    key: `Б-1/${i + 1}`, documentId: "Б-1", n: String(i + 1), text: `Поручение ${i + 1}`, addressees: "ОО-01, ОО-02",
    deadlineRaw: "до 31.12.2024", controlDate: "2024-12-31", indicator: "Доля", targetValue: 75, unit: "%", onControl: "да",
  }));
  port.tables.set(DIRECTIVES.name, directives);
  const template = await makeReportTemplate({
    orgCode: "ОО-01", orgName: "Школа", period: PERIOD, reportDate: NOW.slice(0, 10),
    directives: directives.map((d) => ({ key: String(d.key), n: String(d.n), text: String(d.text), deadline: "до 31.12.2024", indicator: "Доля", target: 75, unit: "%" })),
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  for (let i = 0; i < rowsPerFile; i++) {
    const r = HEADER_ROW + 1 + i;
    ws.getCell(r, col("status")).value = i % 3 ? "выполнено" : "в работе";
    ws.getCell(r, col("actual")).value = 75.5;
    ws.getCell(r, col("doneDate")).value = new Date(Date.UTC(2024, 2, 1));
    ws.getCell(r, col("whatDone")).value = `Сделано по пункту ${i + 1}`;
  }
  const name = `Отчёт_ОО-01_${PERIOD}.xlsx`;
  const filled = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const ods = convertWithLibreOffice([{ name, bytes: filled }], "ods").get(name)!;
  const files = Array.from({ length: nFiles }, (_, i) => ({ name: `Отчёт_ОО-01_${PERIOD}_${i}.ods`, bytes: ods }));
  const t0 = performance.now();
  const result = await ingestReports(port, files, NOW);
  return { ingestMs: performance.now() - t0, accepted: result.files.filter((f) => f.outcome !== "refused").length };
}
