// What the methodologist proposes to the collegium for each directive.

import { formatRu } from "../dates";
import { periodEnd, periodOf } from "../periods";
import type { DirectiveSummary } from "./summarise";

/**
 * Done by everyone (and not ongoing) → «снять с контроля»; overdue and never extended →
 * «продлить срок до» the end of the quarter after the report date's one; otherwise (work
 * goes on, or a deadline already extended is missed again) → «оставить на контроле».
 */
export function proposalFor(s: DirectiveSummary, asOf: string): string {
  if (s.outcome === "onTime" || s.outcome === "late") return "снять с контроля";
  if (s.outcome === "overdue" && !s.directive.extendedTo) return `продлить срок до ${formatRu(nextQuarterEnd(asOf))}`;
  return "оставить на контроле";
}

function nextQuarterEnd(asOf: string): string {
  const q = periodOf(asOf);
  return periodEnd(q.q === 4 ? { year: q.year + 1, q: 1 } : { year: q.year, q: (q.q + 1) as 2 | 3 | 4 });
}
