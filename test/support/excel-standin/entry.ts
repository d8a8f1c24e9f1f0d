// How Excel turns a value written through range.values / range.formulas into cell content.
// These are the rules that make mistakes visible:
// - null in a 2-D array leaves the cell unchanged; "" clears it;
// - in a cell formatted as text ("@") what is entered is stored as text (Microsoft KB 141765:
//   "anything that is entered is displayed as text"), "=1+1" included; whether Excel then keeps a
//   leading apostrophe literally is documented nowhere, so it is a rule (textKeepsApostrophe);
// - elsewhere "=…" is a formula; "+x"/"-x" followed by a letter, "(" or "=", and "@…" are taken as
//   formulas the way Excel takes them when typed; a leading apostrophe keeps the rest as text;
// - in a cell not formatted as text ("@"), a numeric string becomes a number and a
//   ДД.ММ.ГГГГ string becomes a date serial (what a Russian-locale Excel does when typing);
// - more than 32,767 characters in a cell is refused.
import { invalidArgument } from "./errors";

export type Scalar = string | number | boolean;

export interface CellContent {
  value: Scalar;
  formula?: string;
  /** The text was entered with a leading apostrophe. */
  quotePrefix?: boolean;
  /** A number format Excel applies by itself (a typed date gets a date format). */
  impliedFormat?: string;
}

/** Workbook-wide behaviours Microsoft does not pin down (or that a workbook can switch). */
export interface EntryRules {
  /** In an "@" cell a leading apostrophe is stored as a character, not taken as a prefix. */
  textKeepsApostrophe?: boolean;
  /** The workbook counts dates from 01.01.1904 (serial 0), not 1900 (serial 1 = 01.01.1900). */
  date1904?: boolean;
  /** Something in Excel changes entered text (AutoCorrect, a calculated column): what a cell gets instead. */
  autoCorrect?: (text: string) => string;
}

/** Days between the two date systems' serials of the same day. */
export const DATE_1904_OFFSET = 1462;

export const MAX_CELL_CHARS = 32_767;
const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?%?$/;
const RU_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const FORMULA_LIKE = /^[+-]\s*[\p{L}(=_$]/u;

/** Returns the new content, or "unchanged" for null/undefined. */
export function enterValue(raw: unknown, numberFormat: string, rules: EntryRules = {}): CellContent | "unchanged" {
  let input = raw;
  if (input === null || input === undefined) return "unchanged";
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw invalidArgument(`${input} is not a number Excel can store`);
    return { value: input };
  }
  if (typeof input === "boolean") return { value: input };
  // Office.js serialises a Date through JSON: Excel receives an ISO string, not a date.
  if (input instanceof Date) return enterValue(input.toJSON(), numberFormat, rules);
  if (typeof input !== "string") throw invalidArgument(`a cell value cannot be ${Object.prototype.toString.call(input)}`);
  if (input.length > MAX_CELL_CHARS) throw invalidArgument(`a cell holds at most ${MAX_CELL_CHARS} characters`);
  if (rules.autoCorrect) input = rules.autoCorrect(input as string);
  if (typeof input !== "string") return { value: String(input) };
  if (input === "") return { value: "" };
  if (numberFormat === "@") {
    if (input.startsWith("'") && !rules.textKeepsApostrophe) return { value: input.slice(1), quotePrefix: true };
    return { value: input };
  }
  if (input.startsWith("'")) return { value: input.slice(1), quotePrefix: true };
  if (input.startsWith("=") && input.length > 1) return formula(input);
  if (input.startsWith("@") && input.length > 1) return formula(`=${input.slice(1)}`);
  if (FORMULA_LIKE.test(input)) return formula(`=${input}`);
  if (NUMERIC.test(input)) {
    const pct = input.endsWith("%");
    const n = Number(pct ? input.slice(0, -1) : input);
    return pct ? { value: n / 100, impliedFormat: "0%" } : { value: n };
  }
  const d = RU_DATE.exec(input);
  if (d) {
    const ms = Date.UTC(Number(d[3]), Number(d[2]) - 1, Number(d[1]));
    const back = new Date(ms);
    if (back.getUTCDate() === Number(d[1]) && back.getUTCMonth() === Number(d[2]) - 1) {
      const serial = Math.round((ms - Date.UTC(1899, 11, 30)) / 86_400_000);
      return { value: rules.date1904 ? serial - DATE_1904_OFFSET : serial, impliedFormat: "dd.mm.yyyy" };
    }
  }
  return { value: input };
}

function formula(text: string): CellContent {
  return { value: evaluate(text.slice(1)), formula: text };
}

/** Evaluates plain arithmetic ("1+1", "-(2*3)"); anything else shows #NAME? like an unknown name. */
export function evaluate(expr: string): Scalar {
  let i = 0;
  const s = expr.replace(/\s+/g, "");
  const peek = () => s[i];
  const num = (): number => {
    if (peek() === "(") {
      i++;
      const v = sum();
      if (peek() !== ")") throw new Error("paren");
      i++;
      return v;
    }
    if (peek() === "-" || peek() === "+") {
      const sign = s[i++] === "-" ? -1 : 1;
      return sign * num();
    }
    const m = /^\d+\.?\d*(?:[eE][+-]?\d+)?/.exec(s.slice(i));
    if (!m) throw new Error("number");
    i += m[0].length;
    return Number(m[0]);
  };
  const product = (): number => {
    let v = num();
    while (peek() === "*" || peek() === "/") {
      const op = s[i++];
      const r = num();
      v = op === "*" ? v * r : v / r;
    }
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (peek() === "+" || peek() === "-") {
      const op = s[i++];
      const r = product();
      v = op === "+" ? v + r : v - r;
    }
    return v;
  };
  try {
    const v = sum();
    if (i !== s.length) return "#NAME?";
    return Number.isFinite(v) ? v : "#DIV/0!";
  } catch {
    return "#NAME?";
  }
}
