// Benchmark for `npm run bench`: ingest nFiles school reports saved by LibreOffice as .ods
// (one filled template of rowsPerFile rows, converted once by one soffice run).
import { ingestReports } from "../../../src/app/ingest-reports";
import { convertWithLibreOffice } from "../libreoffice";
import { filledBenchReport } from "./bench";
import { NOW, PERIOD } from "./district";

export async function benchIngestOds(nFiles: number, rowsPerFile: number): Promise<{ ingestMs: number; accepted: number }> {
  const { port, filled } = await filledBenchReport(rowsPerFile, "typed");
  const name = `Отчёт_ОО-01_${PERIOD}.xlsx`;
  const ods = convertWithLibreOffice([{ name, bytes: filled }], "ods").get(name)!;
  const files = Array.from({ length: nFiles }, (_, i) => ({ name: `Отчёт_ОО-01_${PERIOD}_${i}.ods`, bytes: ods }));
  const t0 = performance.now();
  const result = await ingestReports(port, files, NOW);
  return { ingestMs: performance.now() - t0, accepted: result.files.filter((f) => f.outcome !== "refused").length };
}
