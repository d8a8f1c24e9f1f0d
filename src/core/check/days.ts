// Day counts for «дней просрочки». Working days are counted in closed form (whole weeks
// plus a remainder) because the check runs for every pair of a large свод and an overdue
// directive can be months late; the result equals workingDaysBetween in ../dates.

import { daysBetween } from "../dates";

/** Mon–Fri days in (a, b]; negative when b < a. Public holidays are not known. */
export function workingDaysFast(a: string, b: string): number {
  if (b < a) return -workingDaysFast(b, a);
  const total = daysBetween(a, b);
  // Day of week of `a`, 0 = Sunday (1970-01-01 was a Thursday).
  let weekday = (((daysBetween("1970-01-01", a) + 4) % 7) + 7) % 7;
  let count = Math.floor(total / 7) * 5;
  for (let i = 0; i < total % 7; i++) {
    weekday = (weekday + 1) % 7;
    if (weekday !== 0 && weekday !== 6) count++;
  }
  return count;
}

/** Days from `from` to `to`, calendar or working. */
export function dayCount(from: string, to: string, working: boolean): number {
  return working ? workingDaysFast(from, to) : daysBetween(from, to);
}
