// Reporting periods are quarters written `2024-Q1`.
import { isoDate, lastDayOfMonth } from "./dates";

export interface Quarter {
  year: number;
  q: 1 | 2 | 3 | 4;
}

const PERIOD = /^(\d{4})-Q([1-4])$/;

export function parsePeriod(text: string): Quarter | null {
  const m = PERIOD.exec(text.trim().toUpperCase());
  return m ? { year: Number(m[1]), q: Number(m[2]) as Quarter["q"] } : null;
}

export function periodId(p: Quarter): string {
  return `${p.year}-Q${p.q}`;
}

export function periodStart(p: Quarter): string {
  return isoDate(p.year, (p.q - 1) * 3 + 1, 1);
}

export function periodEnd(p: Quarter): string {
  return lastDayOfMonth(p.year, p.q * 3);
}

export function periodOf(iso: string): Quarter {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return { year, q: (Math.floor((month - 1) / 3) + 1) as Quarter["q"] };
}

const ROMAN = ["I", "II", "III", "IV"];

/** «I квартал 2024 г.» */
export function periodLabel(p: Quarter): string {
  return `${ROMAN[p.q - 1]} квартал ${p.year} г.`;
}
