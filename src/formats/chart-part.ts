// The summary's charts, one writer for every file that shows them: which charts a sheet's
// blocks ask for (the same series the Office host draws: a block's requested columns over its
// column 0), and the DrawingML chart part (`c:chartSpace`) an .xlsx holds in xl/charts/. The
// part carries both the cell references and a cache of the values, so Excel and LibreOffice
// draw it at once and edit it as their own chart. The .docx draws the same ChartData
// (src/formats/docx-chart.ts).
import type { SheetBlock, SheetContent } from "../core/workbook/port";

export interface ChartSeriesData {
  name: string;
  /** The block's column the values come from. */
  column: number;
  values: (number | null)[];
}

export interface ChartData {
  /** «bar»: horizontal bars, one per organisation; «column»: vertical columns. */
  kind: "bar" | "column";
  title: string;
  /** Index of the block in SheetContent.blocks. */
  block: number;
  categories: string[];
  series: ChartSeriesData[];
  /** Values are shares (0.8 = 80 %). */
  percent: boolean;
}

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/** Size in points: bars grow downwards with the categories, columns sideways (as the Office host sizes them). */
export function chartSize(kind: ChartData["kind"], categories: number, series: number): { width: number; height: number } {
  if (kind === "bar") return { width: 480, height: clamp(90 + categories * series * 18, 220, 640) };
  return { width: clamp(200 + categories * series * 40, 420, 900), height: 280 };
}

/** The chart a block asks for; null when it asks none or has nothing to plot yet. */
export function blockChart(block: SheetBlock, index: number): ChartData | null {
  const cols = block.headers.length;
  if (!block.chart || !block.rows.length) return null;
  const columns = [...new Set(block.chart.series)].filter((c) => Number.isInteger(c) && c > 0 && c < cols);
  if (!columns.length) return null;
  // No school has reported yet: an empty chart says nothing.
  if (!block.rows.some((r) => columns.some((c) => typeof r[c] === "number"))) return null;
  return {
    kind: block.chart.kind,
    title: block.chart.title,
    block: index,
    categories: block.rows.map((r) => String(r[0] ?? "")),
    series: columns.map((c) => ({ name: block.headers[c], column: c, values: block.rows.map((r) => (typeof r[c] === "number" ? r[c] : null)) })),
    percent: columns.every((c) => block.types[c] === "percent"),
  };
}

export function sheetCharts(content: SheetContent): ChartData[] {
  return content.blocks.map(blockChart).filter((c): c is ChartData => c !== null);
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** `'Сводка 2024-Q4'!$A$10:$A$22`. */
export function sheetRef(sheet: string, col: number, firstRow: number, rows: number): string {
  const letters = (c: number) => {
    let s = "";
    for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  const c = letters(col);
  return `'${sheet.replace(/'/g, "''")}'!$${c}$${firstRow + 1}:$${c}$${firstRow + rows}`;
}

export interface ChartCells {
  sheet: string;
  /** 0-based row of the block's first data row. */
  firstRow: number;
}

const C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const COLOURS = ["4472C4", "ED7D31", "A5A5A5", "FFC000"];

function richTitle(text: string, size = 1200): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="ru-RU" sz="${size}" b="1"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
  );
}

/** A `c:chartSpace` part for xl/charts/chartN.xml, referring to the block's cells with their values cached. */
export function chartPartXml(chart: ChartData, cells: ChartCells): string {
  const n = chart.categories.length;
  const format = chart.percent ? "0%" : "General";
  const cat =
    `<c:cat><c:strRef><c:f>${escapeXml(sheetRef(cells.sheet, 0, cells.firstRow, n))}</c:f><c:strCache><c:ptCount val="${n}"/>` +
    chart.categories.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join("") +
    `</c:strCache></c:strRef></c:cat>`;
  const series = chart.series
    .map((s, i) => {
      const pts = s.values.map((v, j) => (v === null ? "" : `<c:pt idx="${j}"><c:v>${v}</c:v></c:pt>`)).join("");
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${COLOURS[i % COLOURS.length]}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
        `<c:dLbls><c:numFmt formatCode="${format}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
        `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"/></a:pPr><a:endParaRPr lang="ru-RU"/></a:p></c:txPr>` +
        `<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
        cat +
        `<c:val><c:numRef><c:f>${escapeXml(sheetRef(cells.sheet, s.column, cells.firstRow, n))}</c:f><c:numCache><c:formatCode>${format}</c:formatCode>` +
        `<c:ptCount val="${n}"/>${pts}</c:numCache></c:numRef></c:val></c:ser>`
      );
    })
    .join("");
  const axisText = `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"/></a:pPr><a:endParaRPr lang="ru-RU"/></a:p></c:txPr>`;
  // Bars list the first organisation at the top, as the table does.
  const catOrientation = chart.kind === "bar" ? "maxMin" : "minMax";
  const legend = chart.series.length > 1 ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">` +
    `<c:lang val="ru-RU"/><c:roundedCorners val="0"/>` +
    `<c:chart>${richTitle(chart.title)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="${chart.kind === "bar" ? "bar" : "col"}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="60"/><c:axId val="50010"/><c:axId val="50020"/></c:barChart>` +
    `<c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="${catOrientation}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${chart.kind === "bar" ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/>${axisText}<c:crossAx val="50020"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/>${chart.percent ? `<c:max val="1"/>` : ""}<c:min val="0"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${chart.kind === "bar" ? "b" : "l"}"/><c:majorGridlines/><c:numFmt formatCode="${format}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/>${axisText}<c:crossAx val="50010"/><c:crosses val="${chart.kind === "bar" ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"><a:latin typeface="Calibri"/></a:defRPr></a:pPr><a:endParaRPr lang="ru-RU"/></a:p></c:txPr>` +
    `</c:chartSpace>`
  );
}

/** Where a chart sits on the sheet: cells (0-based) and offsets in EMU, as a two-cell anchor wants them. */
export interface ChartAnchor {
  from: { col: number; colOff: number; row: number; rowOff: number };
  to: { col: number; colOff: number; row: number; rowOff: number };
}

const EMU_PER_POINT = 12700;
const EMU_PER_PIXEL = 9525;

/**
 * The anchor of a chart of `width`×`height` points at column 0 of `row`, over columns of the
 * given widths (characters, Excel's unit) and rows of the default 15 points.
 */
export function chartAnchor(row: number, size: { width: number; height: number }, columnWidths: number[]): ChartAnchor {
  let left = size.width * EMU_PER_POINT;
  let col = 0;
  for (;;) {
    // Excel's column width in pixels: characters × 7 + 5 (Calibri 11).
    const w = Math.round((columnWidths[col] ?? 9.14) * 7 + 5) * EMU_PER_PIXEL;
    if (left <= w) break;
    left -= w;
    col++;
  }
  const rowEmu = 15 * EMU_PER_POINT;
  const tall = size.height * EMU_PER_POINT;
  return {
    from: { col: 0, colOff: 0, row, rowOff: 0 },
    to: { col, colOff: Math.round(left), row: row + Math.floor(tall / rowEmu), rowOff: tall % rowEmu },
  };
}

/**
 * Names of the charts Сводка draws start with this: a свод opened again recognises them as its
 * own and keeps them (they are remade whenever the sheet is), where other charts are lost.
 */
export const OWN_CHART_PREFIX = "Сводка: ";

/** A drawing part (xl/drawings/drawingN.xml) holding charts by relationship id. */
export function drawingPartXml(charts: { anchor: ChartAnchor; relId: string; name: string }[]): string {
  const pos = (p: ChartAnchor["from"]) => `<xdr:col>${p.col}</xdr:col><xdr:colOff>${p.colOff}</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>${p.rowOff}</xdr:rowOff>`;
  const frames = charts
    .map(
      (c, i) =>
        `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${pos(c.anchor.from)}</xdr:from><xdr:to>${pos(c.anchor.to)}</xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(OWN_CHART_PREFIX + c.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C_NS}">` +
        `<c:chart xmlns:c="${C_NS}" r:id="${c.relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
    )
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${A_NS}" xmlns:r="${R_NS}">${frames}</xdr:wsDr>`
  );
}

export const CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const CHART_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
export const DRAWING_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";

/** Pixels of a chart in the .docx from its size in points. */
export const pointsToPixels = (points: number) => Math.round((points * EMU_PER_POINT) / EMU_PER_PIXEL);
