// Calendar arithmetic on ISO dates (UTC, no time zones) and Excel serials.
// Excel's 1900 system counts 1900-03-01 as 61 because it keeps the fictitious 1900-02-29;
// every date the add-in handles is later than that, so serial = days since 1899-12-30.

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?/;

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** True when y-m-d is a real calendar date. */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function lastDayOfMonth(year: number, month: number): string {
  return isoDate(year, month, daysInMonth(year, month));
}

function isoToUtcMs(iso: string): number | null {
  const m = ISO_DATETIME.exec(iso) ?? ISO_DATE.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidDate(y, mo, d)) return null;
  const h = m[4] ? Number(m[4]) : 0;
  const mi = m[5] ? Number(m[5]) : 0;
  const s = m[6] ? Number(m[6]) : 0;
  return Date.UTC(y, mo - 1, d, h, mi, s);
}

/** ISO date or date-time → Excel serial (1900 system); null if not a date. */
export function isoToSerial(iso: string): number | null {
  const ms = isoToUtcMs(iso);
  if (ms === null) return null;
  const serial = (ms - EPOCH_1900) / DAY_MS;
  return ISO_DATE.test(iso) ? Math.round(serial) : Math.round(serial * 86400) / 86400;
}

/** Excel serial → ISO date (time dropped); `date1904` for workbooks in the 1904 system. */
export function serialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  const ms = (date1904 ? EPOCH_1904 : EPOCH_1900) + Math.floor(serial + 1e-9) * DAY_MS;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Excel serial → ISO date-time `YYYY-MM-DDTHH:MM`. */
export function serialToIsoDateTime(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_466) return null;
  const ms = EPOCH_1900 + Math.round(serial * 86400) * 1000;
  return new Date(ms).toISOString().slice(0, 16);
}

/** «01.10.2023» or «1.10.2023» → ISO; null when it is not a real date in that form. */
export function ruDateToIso(text: string): string | null {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
  if (!m || !isValidDate(+m[3], +m[2], +m[1])) return null;
  return isoDate(+m[3], +m[2], +m[1]);
}

/** ISO → ДД.ММ.ГГГГ as Russian users read dates; partial dates as ММ.ГГГГ or ГГГГ. */
export function formatRu(iso: string | null | undefined): string {
  if (!iso) return "";
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  if (m[3]) return `${m[3]}.${m[2]}.${m[1]}`;
  if (m[2]) return `${m[2]}.${m[1]}`;
  return m[1];
}

export function addDays(iso: string, days: number): string {
  const ms = isoToUtcMs(iso);
  if (ms === null) throw new Error(`not an ISO date: ${iso}`);
  return new Date(ms + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  const x = isoToUtcMs(a.slice(0, 10));
  const y = isoToUtcMs(b.slice(0, 10));
  if (x === null || y === null) throw new Error(`not ISO dates: ${a}, ${b}`);
  return Math.round((y - x) / DAY_MS);
}

/** Mon–Fri days in (a, b]; negative when b < a. Public holidays are not known here. */
export function workingDaysBetween(a: string, b: string): number {
  const sign = a <= b ? 1 : -1;
  const [from, to] = sign > 0 ? [a, b] : [b, a];
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
    const wd = new Date(isoToUtcMs(d)!).getUTCDay();
    if (wd !== 0 && wd !== 6) count++;
  }
  return sign * count;
}

/**
 * The one clock format: `moment` as local wall-clock time in ISO form without a zone
 * («2024-04-03T06:00:00»). The свод shows times to the methodologist as her own clock says,
 * and «today» is the first ten characters — never UTC, which is yesterday in Vladivostok at
 * 06:00. The CLI and the pane read the moment once per command and pass the string in.
 */
export function localIso(moment: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return (
    `${String(moment.getFullYear()).padStart(4, "0")}-${p(moment.getMonth() + 1)}-${p(moment.getDate())}` +
    `T${p(moment.getHours())}:${p(moment.getMinutes())}:${p(moment.getSeconds())}`
  );
}
