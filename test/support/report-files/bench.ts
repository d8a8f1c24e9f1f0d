// Benchmark for `npm run bench`: ingest nFiles generated report files of rowsPerFile rows,
// and load the same files with exceljs alone in the same run, for comparison.
import ExcelJS from "exceljs";
import { ingestReports } from "../../../src/app/ingest-reports";
import type { Row } from "../../../src/core/workbook/port";
import { DIRECTIVES } from "../../../src/core/workbook/schema";
import { makeReportTemplate } from "../../../src/formats/report-template";
import { HEADER_ROW, TEMPLATE_COLUMNS } from "../../../src/formats/report-template";
import { districtPort, NOW, PERIOD } from "./district";

export interface IngestBench {
  ingestMs: number;
  exceljsLoadMs: number;
  peakRssMB: number;
}

const col = (f: string) => TEMPLATE_COLUMNS.findIndex((c) => c.field === f) + 1;

/** What a school types into each row of the bench's template: text as schools type it, or typed values. */
export type BenchValues = "asText" | "typed";

/**
 * A district свод with rowsPerFile directives and one school's report on all of them,
 * filled in (every third row «в работе»). Shared by the .xlsx and .ods benches.
 */
export async function filledBenchReport(rowsPerFile: number, values: BenchValues): Promise<{ port: ReturnType<typeof districtPort>; filled: Uint8Array }> {
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
    ws.getCell(r, col("actual")).value = values === "asText" ? "75,5 %" : 75.5;
    ws.getCell(r, col("doneDate")).value = values === "asText" ? "01.03.2024" : new Date(Date.UTC(2024, 2, 1));
    ws.getCell(r, col("whatDone")).value = `Сделано по пункту ${i + 1}`;
  }
  return { port, filled: new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer) };
}

export async function benchIngest(nFiles: number, rowsPerFile: number): Promise<IngestBench> {
  // One filled file, read as nFiles files: every file is read for real.
  const { port, filled } = await filledBenchReport(rowsPerFile, "asText");
  const files = Array.from({ length: nFiles }, (_, i) => ({ name: `Отчёт_ОО-01_${PERIOD}_${i}.xlsx`, bytes: filled }));

  let peak = process.memoryUsage().rss;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  await ingestReports(port, files, NOW);
  const ingestMs = performance.now() - t0;
  const t1 = performance.now();
  for (const f of files) await new ExcelJS.Workbook().xlsx.load(f.bytes as unknown as ArrayBuffer, { ignoreNodes: ["dataValidations"] } as never);
  const exceljsLoadMs = performance.now() - t1;
  clearInterval(sample);
  peak = Math.max(peak, process.resourceUsage().maxRSS * 1024);
  return { ingestMs, exceljsLoadMs, peakRssMB: peak / 1048576 };
}
