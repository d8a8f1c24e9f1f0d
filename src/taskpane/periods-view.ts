// The quarters the pane offers in its period lists: the current one and the few before it,
// shown as «I квартал 2024 г.» with the value the use cases take («2024-Q1»).
import { parsePeriod, periodId, periodLabel, periodOf, type Quarter } from "../core/periods";

export interface PeriodOption {
  value: string;
  label: string;
}

/** How many quarters before the current one the lists offer. */
export const PREVIOUS_QUARTERS = 4;

function previous(q: Quarter): Quarter {
  return q.q === 1 ? { year: q.year - 1, q: 4 } : { year: q.year, q: (q.q - 1) as Quarter["q"] };
}

/** «I квартал 2024 г.» for «2024-Q1»; anything else as it is. */
export function periodText(period: string): string {
  const q = parsePeriod(period);
  return q ? periodLabel(q) : period;
}

/**
 * The current quarter of `todayIso` and PREVIOUS_QUARTERS before it, newest first, plus
 * `extra` periods (e.g. the one in «Настройки») when they are not among them.
 */
export function periodOptions(todayIso: string, extra: (string | null | undefined)[] = []): PeriodOption[] {
  const ids: string[] = [];
  let q = periodOf(todayIso);
  for (let i = 0; i <= PREVIOUS_QUARTERS; i++, q = previous(q)) ids.push(periodId(q));
  for (const e of extra) {
    const p = e ? parsePeriod(e) : null;
    if (p && !ids.includes(periodId(p))) ids.push(periodId(p));
  }
  return ids.sort((a, b) => b.localeCompare(a)).map((value) => ({ value, label: periodText(value) }));
}

/** The period a list starts on: the one in «Настройки», else the current quarter. */
export function defaultPeriod(todayIso: string, fromSettings: string | null): string {
  const p = fromSettings ? parsePeriod(fromSettings) : null;
  return periodId(p ?? periodOf(todayIso));
}
