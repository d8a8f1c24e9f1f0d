// Small helpers for the Russian texts the check and the summary show.

/** «1 день», «2 дня», «5 дней» — with the count. */
export function daysRu(n: number): string {
  return `${n} ${plural(n, "день", "дня", "дней")}`;
}

export function plural(n: number, one: string, few: string, many: string): string {
  const a = Math.abs(n) % 100;
  const b = a % 10;
  if (a > 10 && a < 20) return many;
  if (b === 1) return one;
  if (b >= 2 && b <= 4) return few;
  return many;
}

/** 75.5 → «75,5»; at most two decimals, no trailing zeros. */
export function numberRu(x: number): string {
  const rounded = Math.round(x * 100) / 100;
  return String(rounded).replace(".", ",");
}

/** A value with its unit: «75,5 %», «12 чел.». */
export function valueRu(x: number | null, unit: string | null): string {
  if (x === null) return "—";
  const u = (unit ?? "").trim();
  return u ? `${numberRu(x)} ${u}` : numberRu(x);
}

/** Share as a whole-percent string: «67 %»; «—» when there is nothing to divide by. */
export function percentRu(part: number, whole: number): string {
  if (whole <= 0) return "—";
  return `${Math.round((part / whole) * 100)} %`;
}
