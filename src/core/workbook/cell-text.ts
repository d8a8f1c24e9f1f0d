// What a text typed into a typed column of the свод means, decided once for both hosts (the
// Office host and the file host call these from their cell codecs, the table codecs from
// tables/codecs.ts), so the same свод reads the same in Excel, the standalone page and the CLI.
//
// The reading is Russian-locale and deliberately narrow:
// - numbers: «1234,5», «1234.5», «1 234,5» (spaces or no-break spaces between groups of three),
//   a sign, and a trailing «%» meaning percent points («75 %» = 75, as targets are stated);
//   «1e3» is text, never exponent notation: a methodologist does not type 10³ that way;
// - dates: ISO «2024-10-01» and ДД.ММ.ГГГГ («1.10.2024» too); date-times add « ЧЧ:ММ»;
// - yes/no: «да»/«нет» in any case and spacing; anything else is not an answer.
import { isValidDate, isoDate, ruDateToIso } from "../dates";
import type { CellValue } from "./port";
import type { ColumnType } from "./schema";

const SPACES = /[\s\u00a0\u202f]+/g;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?$/;

/** A number typed as text, or null when the text is not one (then it stays text). */
export function numberFromText(text: string): number | null {
  let t = text.trim();
  if (t.endsWith("%")) t = t.slice(0, -1).trimEnd();
  if (!PLAIN_NUMBER.test(t) && !GROUPED_NUMBER.test(t)) return null;
  const n = Number(t.replace(SPACES, "").replace(",", "."));
  return Number.isFinite(n) ? n : null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATETIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;
const RU_DATETIME = /^(\S+)\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** An ISO date from «2024-10-01» or «01.10.2024»; null otherwise. */
export function dateFromText(text: string): string | null {
  const t = text.trim();
  const iso = ISO_DATE.exec(t);
  if (iso) return isValidDate(+iso[1], +iso[2], +iso[3]) ? isoDate(+iso[1], +iso[2], +iso[3]) : null;
  return ruDateToIso(t);
}

/**
 * An ISO date-time «2024-10-01T14:30» from «01.10.2024 14:30» or ISO; a date alone gives the
 * ISO date. Null otherwise.
 */
export function dateTimeFromText(text: string): string | null {
  const t = text.trim();
  const iso = ISO_DATETIME.exec(t);
  const ru = iso ? null : RU_DATETIME.exec(t);
  const m = iso ?? ru;
  if (!m) return dateFromText(t);
  const date = dateFromText(m[1]);
  const [h, mi, s] = [Number(m[2]), Number(m[3]), m[4] === undefined ? null : Number(m[4])];
  if (!date || h > 23 || mi > 59 || (s !== null && s > 59)) return null;
  const time = `${String(h).padStart(2, "0")}:${m[3]}${s ? `:${m[4]}` : ""}`;
  return `${date}T${time}`;
}

/** The ISO date (or date-time, in a datetime column) a text in a date column holds; null when none. */
export function dateText(text: string, type: "date" | "datetime"): string | null {
  if (type === "datetime") return dateTimeFromText(text);
  return dateFromText(text) ?? dateTimeFromText(text)?.slice(0, 10) ?? null;
}

/** How the свод writes yes and no. */
export function yesNoText(v: boolean): string {
  return v ? "да" : "нет";
}

/** «да» → true, «нет» → false (any case, spaces around); null for anything else. */
export function yesNoFromText(text: string): boolean | null {
  const t = text.trim().replace(SPACES, " ").toLowerCase();
  if (t === "да") return true;
  if (t === "нет") return false;
  return null;
}

/**
 * What a text a user typed into a column of `type` holds, as the core stores it: a number in
 * number columns, an ISO date in date columns, the text itself otherwise and when it is not
 * readable as the column's type (she sees her text, and the check says what it cannot read).
 * A blank text is an empty cell in typed columns.
 */
export function typedText(text: string, type: ColumnType): CellValue {
  switch (type) {
    case "number":
    case "integer":
      return text.trim() === "" ? null : (numberFromText(text) ?? text.trim());
    case "date":
    case "datetime":
      return text.trim() === "" ? null : (dateText(text, type) ?? text.trim());
    default:
      return text;
  }
}
