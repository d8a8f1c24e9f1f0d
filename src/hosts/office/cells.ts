// Values between the core (ISO dates, null for empty) and Excel cells (serials, "" for empty).
//
// The quoting rule. Text columns of Svodka's tables are formatted as text ("@"), which is what
// keeps text text there (KB 141765: "anything that is entered is displayed as text"), so text
// goes into them as it is, never with an apostrophe: whether Excel keeps an apostrophe typed into
// an "@" cell as a character is documented nowhere. In General and number cells (titles, dates
// or numbers given as text) a text Excel would take for a formula, a number or a date gets a
// leading apostrophe, which Excel stores there as a prefix. The writer reads back what Excel
// stored and, for a cell that differs, tries the other form once (alternateForm) before stopping.
// What a typed-in text means in a number or date column is decided in the core (cell-text.ts),
// the same for the file host.
import { isoToSerial, serialToIso, serialToIsoDateTime } from "../../core/dates";
import { dateText, numberFromText, typedText } from "../../core/workbook/cell-text";
import type { CellValue } from "../../core/workbook/port";
import type { ColumnType } from "../../core/workbook/schema";
import { numberFormatFor } from "./layout";

export type ExcelScalar = string | number | boolean;

const NEEDS_QUOTE = /^[=+\-@']|^\s*[+-]?(\d|\.\d)|^(true|false|истина|ложь)$/i;

/** Days between the 1900 and the 1904 date systems' serials of the same day. */
export const DATE_1904_OFFSET = 1462;

/** Text for a General or number cell: quoted when Excel would otherwise read it as something else. */
export function textForExcel(text: string): string {
  return NEEDS_QUOTE.test(text) ? `'${text}` : text;
}

/** Whether a column type is laid out as a text column (format "@"): its text goes in unquoted. */
export function isTextColumn(type: ColumnType | "percent"): boolean {
  return type !== "percent" && numberFormatFor(type) === "@";
}

/**
 * The other way of sending a text to a text column, tried once when Excel stored something else
 * for the plain text: quoted, always (a text that starts with an apostrophe gets a second one).
 */
export function alternateForm(text: string): string {
  return `'${text}`;
}

/** A core value for a cell of the given column type ("" clears the cell); `date1904`: the workbook's date system. */
export function toExcel(value: CellValue | undefined, type: ColumnType | "percent", date1904 = false): ExcelScalar {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "boolean") return value;
  switch (type) {
    case "date":
    case "datetime": {
      if (typeof value === "number") return value;
      const serial = isoToSerial(dateText(value, type) ?? value.trim());
      return serial === null ? textForExcel(value) : date1904 ? serial - DATE_1904_OFFSET : serial;
    }
    case "number":
    case "integer":
    case "percent": {
      if (typeof value === "number") return value;
      return numberFromText(value) ?? textForExcel(value);
    }
    default: {
      const text = String(value);
      return isTextColumn(type) ? text : textForExcel(text);
    }
  }
}

/** A cell as read through range.values, back to the core's value for the column type. */
export function fromExcel(value: unknown, type: ColumnType, date1904 = false): CellValue {
  if (value === null || value === undefined || value === "") return null;
  // ИСТИНА/ЛОЖЬ she typed stay booleans, as in the file host: «На контроле» = ЛОЖЬ is «нет».
  if (typeof value === "boolean") return value;
  switch (type) {
    case "date":
    case "datetime": {
      if (typeof value === "number") {
        const serial = date1904 ? value + DATE_1904_OFFSET : value;
        return (type === "date" ? serialToIso(serial) : serialToIsoDateTime(serial)) ?? value;
      }
      return typedText(String(value), type);
    }
    case "number":
    case "integer": {
      if (typeof value === "number") return value;
      return typedText(String(value), type);
    }
    default:
      return typeof value === "string" ? value : String(value);
  }
}
