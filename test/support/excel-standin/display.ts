// What a cell shows (range.text): the value through its number format. Only the formats
// an add-in like Svodka uses are understood: General, "@", 0/0.0…, percents and date codes
// built from dd, mm, yyyy, hh, mm (minutes after hh).
import type { Scalar } from "./entry";

const EPOCH_1900 = Date.UTC(1899, 11, 30);

/** `date1904`: serials count from 01.01.1904 (the workbook's date system). */
export function displayText(value: Scalar, numberFormat: string, date1904 = false): string {
  if (typeof value === "boolean") return value ? "ИСТИНА" : "ЛОЖЬ";
  if (typeof value === "string") return value;
  const nf = numberFormat || "General";
  if (nf === "@") return String(value);
  if (/[dy]/i.test(nf) && !/^[#0.,%\s]*$/.test(nf)) return formatDate(date1904 ? value + 1462 : value, nf);
  if (nf.endsWith("%")) return `${(value * 100).toFixed(decimals(nf.slice(0, -1)))}%`;
  if (/^[#0,]*(\.0+)?$/.test(nf) && nf.includes("0")) return value.toFixed(decimals(nf));
  return String(Number(value.toPrecision(11)));
}

function decimals(nf: string): number {
  const dot = nf.indexOf(".");
  return dot < 0 ? 0 : nf.length - dot - 1;
}

function formatDate(serial: number, nf: string): string {
  const d = new Date(EPOCH_1900 + Math.round(serial * 86400) * 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  let afterHours = false;
  return nf.replace(/yyyy|yy|dd|d|mm|m|hh|h|ss/gi, (token) => {
    const t = token.toLowerCase();
    if (t === "yyyy") return pad(d.getUTCFullYear(), 4);
    if (t === "yy") return pad(d.getUTCFullYear() % 100);
    if (t === "dd") return pad(d.getUTCDate());
    if (t === "d") return String(d.getUTCDate());
    if (t === "hh" || t === "h") {
      afterHours = true;
      return t === "hh" ? pad(d.getUTCHours()) : String(d.getUTCHours());
    }
    if (t === "ss") return pad(d.getUTCSeconds());
    if (afterHours) return pad(d.getUTCMinutes());
    return t === "mm" ? pad(d.getUTCMonth() + 1) : String(d.getUTCMonth() + 1);
  });
}
