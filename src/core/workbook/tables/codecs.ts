// The column codecs of the свод's tables: how each kind of cell is read leniently (users type
// into these tables: «Да », «75,5», «01.10.2024») and written the one way the add-in writes it.
// Typed-in text is read by the same rules the hosts use (../cell-text.ts).
import { serialToIso, serialToIsoDateTime } from "../../dates";
import { dateFromText, dateTimeFromText, numberFromText, yesNoFromText, yesNoText } from "../cell-text";
import type { CellValue } from "../port";
import type { ColumnOwner } from "../schema";
import { column, type Codec, type ColumnDef } from "./define";

/** A cell as trimmed text; blank → "". */
export function cellText(v: CellValue | undefined): string {
  return v === null || v === undefined ? "" : String(v).trim();
}

const textCodec = (type: "text" | "longtext"): Codec<string> => ({
  type,
  read: cellText,
  write: (v) => v,
});

/** Short text (stored as text, never a formula). */
export const text = (header: string, width: number, owner?: ColumnOwner): ColumnDef<string> => column(textCodec("text"), header, width, owner);

/** A cell as the host gave it (a number or a date stays one), for values each row reads its own way. */
export const raw = (header: string, width: number, owner?: ColumnOwner): ColumnDef<CellValue> =>
  column({ type: "text", read: (v) => v ?? null, write: (v) => v }, header, width, owner);

/** Wrapped text. */
export const longtext = (header: string, width: number, owner?: ColumnOwner): ColumnDef<string> =>
  column(textCodec("longtext"), header, width, owner);

/** Items of a list cell, trimmed, blanks dropped. */
function items(v: CellValue | undefined, separators: RegExp): string[] {
  return cellText(v)
    .split(separators)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * A list written «a; b» and read split on `separators` (by default «;» and line breaks, so a
 * name holding a comma stays whole).
 */
export function list(
  header: string,
  width: number,
  options: { owner?: ColumnOwner; separators?: RegExp; joiner?: string; type?: "text" | "longtext" } = {},
): ColumnDef<string[]> {
  const separators = options.separators ?? /[;\n]/;
  const joiner = options.joiner ?? "; ";
  return column({ type: options.type ?? "longtext", read: (v) => items(v, separators), write: (v) => v.join(joiner) }, header, width, options.owner);
}

/** Organisation codes «ОО-01, ОО-02», each once, read split on commas, «;» and line breaks (or `separators`). */
export function codes(header: string, width: number, options: { owner?: ColumnOwner; separators?: RegExp } = {}): ColumnDef<string[]> {
  const separators = options.separators ?? /[,;\n]/;
  return column({ type: "longtext", read: (v) => [...new Set(items(v, separators))], write: (v) => v.join(", ") }, header, width, options.owner);
}

/** «да»/«нет» as a boolean; blank or anything else reads as `otherwise`; null writes a blank. */
export function yesNo(header: string, width: number, options: { owner?: ColumnOwner; otherwise: boolean }): ColumnDef<boolean>;
export function yesNo(header: string, width: number, options?: { owner?: ColumnOwner }): ColumnDef<boolean | null>;
export function yesNo(header: string, width: number, options: { owner?: ColumnOwner; otherwise?: boolean } = {}): ColumnDef<boolean | null> {
  const otherwise = options.otherwise ?? null;
  return column(
    {
      type: "text",
      read: (v) => (typeof v === "boolean" ? v : (yesNoFromText(cellText(v)) ?? otherwise)),
      write: (v) => (v === null ? "" : yesNoText(v)),
    },
    header,
    width,
    options.owner,
  );
}

/** An enumeration shown as Russian labels, read in any case; anything else reads as `otherwise`. */
export function choice<E extends string>(header: string, width: number, labels: Record<E, string>, otherwise: NoInfer<E>, owner?: ColumnOwner): ColumnDef<E> {
  const byLabel = new Map(Object.entries(labels).map(([e, ru]) => [String(ru).toLowerCase(), e as E]));
  return column(
    {
      type: "text",
      read: (v) => byLabel.get(cellText(v).replace(/\s+/g, " ").toLowerCase()) ?? otherwise,
      write: (v) => labels[v],
    },
    header,
    width,
    owner,
  );
}

/** A date as an ISO string; text that is no date reads as null. */
export function date(header: string, width: number, owner?: ColumnOwner): ColumnDef<string | null> {
  return column({ type: "date", read: readDate, write: (v) => v }, header, width, owner);
}

/** A date-time as an ISO string «2024-10-01T14:30»; text that is none reads as null. */
export function datetime(header: string, width: number, owner?: ColumnOwner): ColumnDef<string | null> {
  return column({ type: "datetime", read: readDateTime, write: (v) => v }, header, width, owner);
}

/** A number (typed text read by the hosts' rules, «75 %» as 75); anything else reads as null. */
export function number(header: string, width: number, owner?: ColumnOwner): ColumnDef<number | null> {
  return column({ type: "number", read: readNumber, write: (v) => v }, header, width, owner);
}

/** A whole number; a fraction typed in is kept as typed. */
export function integer(header: string, width: number, owner?: ColumnOwner): ColumnDef<number | null> {
  return column({ type: "integer", read: readNumber, write: (v) => v }, header, width, owner);
}

export function readNumber(v: CellValue | undefined): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string") return null;
  return numberFromText(v);
}

/** ISO date of a cell: an ISO date or date-time (cut to the day), ДД.ММ.ГГГГ [ЧЧ:ММ], or a serial. */
export function readDate(v: CellValue | undefined): string | null {
  if (typeof v === "number") return serialToIso(v);
  const t = cellText(v);
  if (/^\d{4}-\d{2}-\d{2}/.test(t)) return dateFromText(t.slice(0, 10));
  return dateTimeFromText(t)?.slice(0, 10) ?? null;
}

/** ISO date-time of a cell as the hosts give it, or read from «01.10.2024 14:30»; a date alone stays a date. */
export function readDateTime(v: CellValue | undefined): string | null {
  if (typeof v === "number") return serialToIsoDateTime(v);
  const t = cellText(v);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(t)) return t;
  return dateTimeFromText(t);
}
