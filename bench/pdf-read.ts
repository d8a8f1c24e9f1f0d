// The time to read a 20-page PDF resolution (its text layer through pdf.js), the PDF made by
// LibreOffice from a long generated text. Needs soffice; pdf.js's own loading is not counted.
import { readResolutionFile } from "../src/formats/resolution-text";
import { throughLibreOffice } from "../test/support/libreoffice";

export async function pdfRead(): Promise<Record<string, number | null>> {
  const items = Array.from({ length: 320 }, (_, i) =>
    `${i + 1}. Руководителям общеобразовательных организаций обеспечить участие обучающихся в мероприятии № ${i + 1} муниципального плана и представить отчёт в управление образования. Срок: до ${String((i % 28) + 1).padStart(2, "0")}.12.2025`,
  );
  const text = ["РЕШЕНИЕ коллегии управления образования", "от 01.09.2025 № 7", "", "Коллегия РЕШИЛА:", ...items].join("\n");
  const pdf = throughLibreOffice("long.txt", new TextEncoder().encode(text), "pdf");
  await readResolutionFile(pdf, "warm-up.pdf"); // loads pdf.js
  const started = performance.now();
  const { text: read } = await readResolutionFile(pdf, "long.pdf");
  const ms = performance.now() - started;
  if (!read.includes("320. Руководителям")) throw new Error("the PDF's last item was not read");
  return { pdfRead20PagesMs: Math.round(ms) };
}
