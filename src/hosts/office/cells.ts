// Values between the core (ISO dates, null for empty) and Excel cells (serials, "" for empty).
// Text is written so that Excel keeps it as text: anything Excel would take for a formula,
// a number or a date gets a leading apostrophe, which Excel stores as a prefix, not as text.
import { isoToSerial, ruDateToIso, serialToIso, serialToIsoDateTime } from "../../core/dates";
import type { CellValue } from "../../core/workbook/port";
import type { ColumnType } from "../../core/workbook/schema";

export type ExcelScalar = string | number | boolean;

const NEEDS_QUOTE = /^[=+\-@']|^\s*[+-]?(\d|\.\d)|^(true|false|истина|ложь)$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER_TEXT = /^[+-]?\d+(?:[.,]\d+)?$/;

/** Text as Excel must store it: quoted when Excel would otherwise read it as something else. */
export function textForExcel(text: string): string {
  return NEEDS_QUOTE.test(text) ? `'${text}` : text;
}

/** A core value for a cell of the given column type ("" clears the cell). */
export function toExcel(value: CellValue | undefined, type: ColumnType | "percent"): ExcelScalar {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "boolean") return value;
  switch (type) {
    case "date":
    case "datetime": {
      if (typeof value === "number") return value;
      const serial = isoToSerial(value);
      return serial === null ? textForExcel(value) : serial;
    }
    case "number":
    case "integer":
    case "percent": {
      if (typeof value === "number") return value;
      const n = NUMBER_TEXT.test(value.trim()) ? Number(value.trim().replace(",", ".")) : NaN;
      return Number.isFinite(n) ? n : textForExcel(value);
    }
    default:
      return typeof value === "number" ? textForExcel(String(value)) : textForExcel(value);
  }
}

/** A cell as read through range.values, back to the core's value for the column type. */
export function fromExcel(value: unknown, type: ColumnType): CellValue {
  if (value === null || value === undefined || value === "") return null;
  switch (type) {
    case "date":
    case "datetime": {
      if (typeof value === "number") return (type === "date" ? serialToIso(value) : serialToIsoDateTime(value)) ?? value;
      const text = String(value).trim();
      if (ISO_DATE.test(text)) return text;
      return ruDateToIso(text) ?? text;
    }
    case "number":
    case "integer": {
      if (typeof value === "number") return value;
      const text = String(value).trim();
      return NUMBER_TEXT.test(text) ? Number(text.replace(",", ".")) : text;
    }
    default:
      return typeof value === "string" ? value : String(value);
  }
}
