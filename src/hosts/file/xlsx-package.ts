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
function roundTripLosses(names: string[], worksheets: string[]): string[] {
  const losses = LOST_PARTS.filter(([re]) => names.some((n) => re.test(n))).map(([, what]) => what);
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
  const { files, names } = unzip(bytes, (n) => TABLE_PART.test(n) || WORKSHEET_PART.test(n));
  if (!names.some((n) => /^xl\/workbook\.xml$/i.test(n))) throw new WorkbookFileError(NOT_XLSX);

  const sheets = Object.entries(files).filter(([path]) => WORKSHEET_PART.test(path));
  const losses = roundTripLosses(
    names,
    sheets.map(([, data]) => strFromU8(data)),
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
  if (!rewritten.size) return { bytes, tables, losses };

  const all = unzip(bytes, () => true).files;
  for (const [path, xml] of rewritten) all[path] = strToU8(xml);
  return { bytes: zipSync(all, { level: 1 }), tables, losses };
}
