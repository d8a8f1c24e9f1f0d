// The summary's charts in the collegium .docx: the same ChartData as the sheet's chart parts
// (src/formats/chart-part.ts), drawn as a Word chart part by the docx library, with its data
// in an embedded workbook so that Word's «Изменить данные» opens it.
import { ChartRun } from "docx/charts";
import type { ChartData } from "./chart-part";

const FONT = { name: "Times New Roman", size: 8 };

/** «п. 3.1. Довести охват …» → «п. 3.1»: the number says which row of the target table it is. */
export function shortCategory(label: string): string {
  return /^(п\.\s?\d+(?:\.\d+)*)\.?\s/.exec(label)?.[1] ?? label;
}

export function docxChartRun(chart: ChartData, size: { width: number; height: number }): ChartRun {
  const numberFormat = chart.percent ? "0%" : "General";
  return new ChartRun({
    type: chart.kind,
    title: { text: chart.title, font: { name: FONT.name, size: 11, bold: true } },
    categories: chart.categories.map(shortCategory),
    series: chart.series.map((s) => ({ name: s.name, values: s.values })),
    legend: chart.series.length > 1 ? { position: "bottom", font: FONT } : false,
    // Bars list the first organisation at the top, as the table does.
    categoryAxis: { reverseOrder: chart.kind === "bar", font: FONT },
    valueAxis: { numberFormat, minimum: 0, ...(chart.percent ? { maximum: 1 } : {}), gridlines: true, font: FONT },
    dataLabels: { value: true, numberFormat, font: FONT },
    gapWidth: 60,
    transformation: size,
    altText: { name: chart.title, description: chart.title },
  });
}
