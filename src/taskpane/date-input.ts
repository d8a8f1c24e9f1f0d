// Dates typed by the methodologist: ДД.ММ.ГГГГ whatever the browser's language (a native date
// field would show 12/27/2024 in an English browser).
import { formatRu, isoDate, isValidDate } from "../core/dates";

/** ISO date of «27.12.2024» (also «27.12.24», «1.2.2025», spaces around); null when it is not a date. */
export function parseRuDate(text: string): string | null {
  const m = /^\s*(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{2}|\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [day, month] = [Number(m[1]), Number(m[2])];
  const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return isValidDate(year, month, day) ? isoDate(year, month, day) : null;
}

export function dateText(iso: string): string {
  return formatRu(iso);
}

/** The Russian sentence for a date that cannot be read. */
export function badDateMessage(text: string): string {
  return text.trim() ? `Дата «${text.trim()}» не распознана: укажите её как ДД.ММ.ГГГГ, например 27.12.2024.` : "Укажите дату в поле «По состоянию на» (ДД.ММ.ГГГГ).";
}
