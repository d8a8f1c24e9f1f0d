// Looks inside the .xlsx package before exceljs does, for three reasons:
// - to refuse what is not a workbook (empty, old .xls, encrypted, random bytes, zip bombs)
//   with a Russian sentence instead of a zip library's English;
// - exceljs misreads table parts written by Excel: a missing `headerRowCount` (Excel's
//   default, 1) becomes "no header row", and filter buttons are mapped by position instead of
//   `colId`; we read those attributes ourselves and fix the models after loading;
// - exceljs refuses to load a table with some active filters (`top10`, `dynamicFilter`, …),
//   which methodologists leave on all the time; we drop active filter criteria from table
//   parts (the rows they hid are shown again on load).
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from "fflate";
import {
  CHART_CONTENT_TYPE,
  CHART_REL_TYPE,
  DRAWING_CONTENT_TYPE,
  DRAWING_REL_TYPE,
  drawingPartXml,
  OWN_CHART_PREFIX,
  type ChartAnchor,
} from "../../formats/chart-part";
import { WorkbookFileError } from "./errors";

/** Largest total unpacked size accepted; a свод of thousands of rows is a few megabytes. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

export interface TablePartInfo {
  name: string;
  headerRow: boolean;
  /** Whether the table shows filter buttons at all. */
  autoFilter: boolean;
  /** Column indexes (0-based) whose filter button is hidden. */
  hiddenButtons: Set<number>;
  /** The table had active filter criteria, now removed. */
  hadFilters: boolean;
}

export interface InspectedPackage {
  /** Bytes to hand to exceljs: the input, or a repacked copy with filter criteria removed. */
  bytes: Uint8Array;
  /** Table parts by lower-cased table name. */
  tables: Map<string, TablePartInfo>;
  /** Russian names of what the book holds that exceljs does not keep when the file is saved again. */
  losses: string[];
  /** Charts Сводка drew, by sheet: kept when the book is saved again (exceljs would drop them). */
  ownCharts: SheetCharts[];
}

// Parts exceljs drops on a round trip (it loads with `ignoreNodes: ['dataValidations']` too).
const LOST_PARTS: [RegExp, string][] = [
  [/^xl\/charts\/chart/i, "диаграммы"],
  [/^xl\/pivotTables\//i, "сводные таблицы"],
  [/^xl\/slicers\//i, "срезы"],
  [/^xl\/vbaProject\.bin$/i, "макросы"],
];
const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;

/** What a round trip through exceljs would lose, for a warning before she saves. */
function roundTripLosses(names: string[], worksheets: string[], kept: Set<string>): string[] {
  const losses = LOST_PARTS.filter(([re]) => names.some((n) => re.test(n) && !kept.has(n))).map(([, what]) => what);
  if (worksheets.some((xml) => xml.includes("<dataValidation"))) losses.unshift("списки и проверки данных в ячейках");
  return losses;
}

const NOT_XLSX = "Файл не похож на книгу Excel (.xlsx). Откройте его в Excel и сохраните как «Книга Excel (*.xlsx)».";

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

function checkSignature(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new WorkbookFileError("Файл пуст (0 байт): это не книга Excel.");
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    throw new WorkbookFileError(
      "Файл в старом формате Excel (.xls) или защищён паролем. Откройте его в Excel, снимите пароль и сохраните как «Книга Excel (*.xlsx)».",
    );
  if (!startsWith(bytes, [0x50, 0x4b])) throw new WorkbookFileError(NOT_XLSX);
}

function unzip(bytes: Uint8Array, wanted: (name: string) => boolean): { files: Unzipped; names: string[] } {
  let total = 0;
  const names: string[] = [];
  try {
    const files = unzipSync(bytes, {
      filter(f) {
        names.push(f.name);
        total += f.originalSize;
        if (total > MAX_UNPACKED_BYTES)
          throw new WorkbookFileError("Файл слишком большой для свода (больше 200 МБ в распакованном виде) или повреждён.");
        return wanted(f.name);
      },
    });
    return { files, names };
  } catch (e) {
    if (e instanceof WorkbookFileError) throw e;
    throw new WorkbookFileError("Файл повреждён или загружен не полностью: архив книги Excel не читается.");
  }
}

const TABLE_PART = /^xl\/tables\/[^/]+\.xml$/i;

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, "&");
}

/** Reads one table part; returns the info and the XML without filter criteria. */
export function readTablePart(xml: string): { info: TablePartInfo; xml: string } | null {
  const open = /<(?:\w+:)?table\b[^>]*>/.exec(xml)?.[0];
  if (!open) return null;
  const name = decodeXml(attr(open, "name") ?? attr(open, "displayName") ?? "");
  const filter = /<((?:\w+:)?autoFilter)\b([^>]*?)(\/>|>([\s\S]*?)<\/\1>)/.exec(xml);
  const hiddenButtons = new Set<number>();
  let hadFilters = false;
  let cleaned = xml;
  if (filter) {
    const body = filter[4] ?? "";
    for (const m of body.matchAll(/<(?:\w+:)?filterColumn\b([^>]*?)(\/>|>([\s\S]*?)<\/(?:\w+:)?filterColumn>)/g)) {
      const colId = Number(attr(m[1], "colId"));
      if (attr(m[1], "hiddenButton") === "1" || attr(m[1], "hiddenButton") === "true") hiddenButtons.add(colId);
      if (m[3] && m[3].trim()) hadFilters = true;
    }
    if (body.trim()) cleaned = xml.replace(filter[0], `<${filter[1]}${filter[2].replace(/\s+$/, "")}/>`);
  }
  const headerRowCount = attr(open, "headerRowCount");
  return {
    info: { name, headerRow: headerRowCount === undefined || headerRowCount !== "0", autoFilter: !!filter, hiddenButtons, hadFilters },
    xml: cleaned,
  };
}

/** Checks the bytes and prepares them for exceljs; throws WorkbookFileError with a Russian message. */
export function inspectPackage(bytes: Uint8Array): InspectedPackage {
  checkSignature(bytes);
  const { files, names } = unzip(bytes, (n) => TABLE_PART.test(n) || WORKSHEET_PART.test(n) || CHART_PARTS.test(n));
  if (!names.some((n) => /^xl\/workbook\.xml$/i.test(n))) throw new WorkbookFileError(NOT_XLSX);

  const sheets = Object.entries(files).filter(([path]) => WORKSHEET_PART.test(path));
  const own = ownChartsOf(files);
  const losses = roundTripLosses(
    names,
    sheets.map(([, data]) => strFromU8(data)),
    own.parts,
  );
  const tables = new Map<string, TablePartInfo>();
  const rewritten = new Map<string, string>();
  for (const [path, data] of Object.entries(files)) {
    if (!TABLE_PART.test(path)) continue;
    const xml = strFromU8(data);
    const part = readTablePart(xml);
    if (!part) continue;
    tables.set(part.info.name.toLowerCase(), part.info);
    if (part.xml !== xml) rewritten.set(path, part.xml);
  }
  if (!rewritten.size) return { bytes, tables, losses, ownCharts: own.sheets };

  const all = unzip(bytes, () => true).files;
  for (const [path, xml] of rewritten) all[path] = strToU8(xml);
  return { bytes: zipSync(all, { level: 1 }), tables, losses, ownCharts: own.sheets };
}

// ---- Charts: exceljs writes none, so the saved package gets them here. ----

export interface SheetCharts {
  sheetName: string;
  charts: { xml: string; anchor: ChartAnchor; name: string }[];
}

function relTarget(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

const relsPathOf = (part: string) => part.replace(/([^/]+)$/, "_rels/$1.rels");

const EMPTY_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;

function addRel(rels: string, id: string, type: string, target: string): string {
  return rels.replace(/<\/Relationships>\s*$/, `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`);
}

/** Worksheet children that must come after <drawing> (CT_Worksheet's order). */
const AFTER_DRAWING = /<(?:legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/;

/**
 * Adds each sheet's charts to a saved package: a drawing part per sheet, a chart part per
 * chart, their relationships and content types. Sheets that already have a drawing (pictures)
 * or that are not found are left as they are.
 */
export function insertCharts(bytes: Uint8Array, sheets: SheetCharts[]): Uint8Array {
  const files = unzipSync(bytes);
  const text = (path: string) => (files[path] ? strFromU8(files[path]) : null);
  const workbook = text("xl/workbook.xml");
  const workbookRels = text("xl/_rels/workbook.xml.rels");
  let types = text("[Content_Types].xml");
  if (!workbook || !workbookRels || !types) return bytes;
  const sheetRelIds = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attr(m[0], "name");
    const id = attr(m[0], "r:id");
    if (name !== undefined && id) sheetRelIds.set(decodeXml(name), id);
  }
  const targets = new Map<string, string>();
  for (const m of workbookRels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (id && target) targets.set(id, relTarget("xl/workbook.xml", target));
  }
  const free = (pattern: (n: number) => string, from = 1) => {
    let n = from;
    while (files[pattern(n)]) n++;
    return n;
  };
  let chartNo = 0;
  for (const sheet of sheets) {
    const relId = sheetRelIds.get(sheet.sheetName);
    const sheetPath = relId ? targets.get(relId) : undefined;
    const sheetXml = sheetPath ? text(sheetPath) : null;
    if (!sheetPath || !sheetXml || /<drawing\b/.test(sheetXml) || !sheet.charts.length) continue;

    const drawingNo = free((n) => `xl/drawings/drawing${n}.xml`);
    const drawingPath = `xl/drawings/drawing${drawingNo}.xml`;
    let drawingRels = EMPTY_RELS;
    const frames = sheet.charts.map((c, i) => {
      chartNo = free((n) => `xl/charts/chart${n}.xml`, chartNo + 1);
      const chartPath = `xl/charts/chart${chartNo}.xml`;
      files[chartPath] = strToU8(c.xml);
      types = types!.replace(/<\/Types>\s*$/, `<Override PartName="/${chartPath}" ContentType="${CHART_CONTENT_TYPE}"/></Types>`);
      drawingRels = addRel(drawingRels, `rId${i + 1}`, CHART_REL_TYPE, `../charts/chart${chartNo}.xml`);
      return { anchor: c.anchor, relId: `rId${i + 1}`, name: c.name };
    });
    files[drawingPath] = strToU8(drawingPartXml(frames));
    files[relsPathOf(drawingPath)] = strToU8(drawingRels);
    types = types.replace(/<\/Types>\s*$/, `<Override PartName="/${drawingPath}" ContentType="${DRAWING_CONTENT_TYPE}"/></Types>`);

    const sheetRelsPath = relsPathOf(sheetPath);
    const sheetRels = text(sheetRelsPath) ?? EMPTY_RELS;
    let drawingRelId = "rIdSvodkaDrawing";
    while (sheetRels.includes(`Id="${drawingRelId}"`)) drawingRelId += "1";
    files[sheetRelsPath] = strToU8(addRel(sheetRels, drawingRelId, DRAWING_REL_TYPE, `../drawings/drawing${drawingNo}.xml`));
    let xml = sheetXml;
    const root = /<worksheet\b[^>]*>/.exec(xml)![0];
    if (!/\sxmlns:r=/.test(root)) xml = xml.replace(root, root.replace(/>$/, ` xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`));
    const drawingTag = `<drawing r:id="${drawingRelId}"/>`;
    const after = AFTER_DRAWING.exec(xml);
    xml = after ? xml.slice(0, after.index) + drawingTag + xml.slice(after.index) : xml.replace(/<\/worksheet>\s*$/, `${drawingTag}</worksheet>`);
    files[sheetPath] = strToU8(xml);
  }
  files["[Content_Types].xml"] = strToU8(types);
  return zipSync(files, { level: 6 });
}

/** Parts read to find the charts Сводка drew: the workbook, relationships, drawings, charts. */
const CHART_PARTS = /^xl\/(?:workbook\.xml|_rels\/workbook\.xml\.rels|worksheets\/_rels\/[^/]+\.rels|drawings\/(?:_rels\/)?[^/]+|charts\/chart\d+\.xml)$/i;

function relsOf(xml: string | null, base: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of (xml ?? "").matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (id && target && attr(m[0], "TargetMode") !== "External") out.set(id, relTarget(base, target));
  }
  return out;
}

function anchorPoint(xml: string): ChartAnchor["from"] {
  const n = (tag: string) => Number(new RegExp(`<xdr:${tag}>(\\d+)</xdr:${tag}>`).exec(xml)?.[1] ?? 0);
  return { col: n("col"), colOff: n("colOff"), row: n("row"), rowOff: n("rowOff") };
}

/**
 * The charts Сводка drew (their frames named with OWN_CHART_PREFIX), by sheet, with their
 * anchors and chart parts; a drawing that holds anything else is not taken.
 */
function ownChartsOf(files: Unzipped): { sheets: SheetCharts[]; parts: Set<string> } {
  const text = (path: string) => (files[path] ? strFromU8(files[path]) : null);
  const parts = new Set<string>();
  const sheets: SheetCharts[] = [];
  const workbook = text("xl/workbook.xml");
  if (!workbook) return { sheets, parts };
  const workbookRels = relsOf(text("xl/_rels/workbook.xml.rels"), "xl/workbook.xml");
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attr(m[0], "name");
    const sheetPath = workbookRels.get(attr(m[0], "r:id") ?? "");
    const sheetXml = sheetPath ? text(sheetPath) : null;
    const drawingId = sheetXml ? /<drawing\b[^>]*\sr:id="([^"]+)"/.exec(sheetXml)?.[1] : undefined;
    if (name === undefined || !sheetPath || !drawingId) continue;
    const drawingPath = relsOf(text(relsPathOf(sheetPath)), sheetPath).get(drawingId);
    const drawing = drawingPath ? text(drawingPath) : null;
    if (!drawingPath || !drawing) continue;
    const chartRels = relsOf(text(relsPathOf(drawingPath)), drawingPath);
    const anchors = [...drawing.matchAll(/<xdr:(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/xdr:\1>/g)];
    const charts = anchors.map((a) => {
      const frameName = /<xdr:cNvPr\b[^>]*\sname="([^"]*)"/.exec(a[0])?.[1];
      const chartId = /<c:chart\b[^>]*\sr:id="([^"]+)"/.exec(a[0])?.[1];
      const chartPath = chartId ? chartRels.get(chartId) : undefined;
      const from = /<xdr:from>([\s\S]*?)<\/xdr:from>/.exec(a[0])?.[1];
      const to = /<xdr:to>([\s\S]*?)<\/xdr:to>/.exec(a[0])?.[1];
      const name = frameName === undefined ? "" : decodeXml(frameName);
      if (a[1] !== "twoCellAnchor" || !name.startsWith(OWN_CHART_PREFIX) || !chartPath || !text(chartPath) || !from || !to) return null;
      return { xml: text(chartPath)!, anchor: { from: anchorPoint(from), to: anchorPoint(to) }, name: name.slice(OWN_CHART_PREFIX.length), path: chartPath };
    });
    if (!charts.length || charts.some((c) => c === null)) continue;
    const own = charts as NonNullable<(typeof charts)[number]>[];
    own.forEach((c) => parts.add(c.path));
    sheets.push({ sheetName: decodeXml(name), charts: own.map(({ xml, anchor, name: title }) => ({ xml, anchor, name: title })) });
  }
  return { sheets, parts };
}
