// Core values ↔ exceljs cell values, by column type. The core speaks ISO strings for dates;
// the sheet holds real Excel dates (serial numbers with a date format), so filters and
// sorting work. Text is always written as a string, never as a formula.
import type { CellValue as ExcelValue } from "exceljs";
// What a typed-in text means in a number or date column is decided in the core (cell-text.ts),
// the same for the Office host.
import { isoToSerial, serialToIso, serialToIsoDateTime } from "../../core/dates";
import { dateText, numberFromText, typedText } from "../../core/workbook/cell-text";
import type { CellValue } from "../../core/workbook/port";
import { numberFormatFor } from "../../core/workbook/columns";
import type { ColumnType } from "../../core/workbook/schema";

/** Number format per column type; undefined keeps Excel's «Общий». */
export const numFmtFor = (type: ColumnType): string | undefined => (type === "number" ? undefined : numberFormatFor(type));

/** Days between the 1900 and 1904 date systems. */
const DATE1904_OFFSET = 1462;
/** Excel refuses cells longer than this (the file needs repair). */
const MAX_CELL_CHARS = 32767;
// Characters XML 1.0 forbids; exceljs would write them as is and break the file.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function safeText(s: string): string {
  const clean = s.replace(XML_INVALID, "");
  return clean.length > MAX_CELL_CHARS ? clean.slice(0, MAX_CELL_CHARS - 1) + "…" : clean;
}

/** Core value → what exceljs stores in the cell. */
export function toExcel(v: CellValue | undefined, type: ColumnType, date1904 = false): ExcelValue {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "boolean") return v;
  switch (type) {
    case "text":
    case "longtext":
      return safeText(String(v));
    case "date":
    case "datetime": {
      if (typeof v === "number") return v;
      const serial = isoToSerial(dateText(v, type) ?? v.trim());
      if (serial === null) return safeText(v);
      return date1904 ? serial - DATE1904_OFFSET : serial;
    }
    case "number":
    case "integer": {
      if (typeof v === "number") return v;
      return numberFromText(v) ?? safeText(v);
    }
  }
}

/** Unwraps rich text, hyperlinks and formulas to the value a user sees. */
function plain(v: ExcelValue | undefined): string | number | boolean | Date | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== "object" || v instanceof Date) return v;
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("hyperlink" in v) return plain(v.text as ExcelValue);
  if ("formula" in v || "sharedFormula" in v) return plain((v as { result?: ExcelValue }).result);
  if ("error" in v) return null;
  return null;
}

function dateToIso(d: Date, withTime: boolean): string {
  // exceljs builds Dates from serials in UTC; round to the second against float noise.
  const iso = new Date(Math.round(d.getTime() / 1000) * 1000).toISOString();
  if (!withTime) return iso.slice(0, 10);
  return iso.slice(17, 19) === "00" ? iso.slice(0, 16) : iso.slice(0, 19);
}

/** exceljs cell value → core value for a column of `type`. */
export function fromExcel(raw: ExcelValue | undefined, type: ColumnType, date1904 = false): CellValue {
  const v = plain(raw);
  if (v === null) return null;
  if (typeof v === "boolean") return v;
  switch (type) {
    case "text":
    case "longtext":
      if (v instanceof Date) return dateToIso(v, v.getUTCHours() + v.getUTCMinutes() + v.getUTCSeconds() > 0);
      return typeof v === "number" ? String(v) : v === "" ? null : v;
    case "date":
      if (v instanceof Date) return dateToIso(v, false);
      if (typeof v === "number") return serialToIso(v, date1904) ?? v;
      return typedText(v, "date");
    case "datetime":
      if (v instanceof Date) return dateToIso(v, true);
      if (typeof v === "number") {
        const iso = serialToIsoDateTime(date1904 ? v + DATE1904_OFFSET : v);
        return iso ?? v;
      }
      return typedText(v, "datetime");
    case "number":
    case "integer":
      if (v instanceof Date) return dateToIso(v, false);
      if (typeof v === "number") return v;
      return typedText(v, type);
  }
}
