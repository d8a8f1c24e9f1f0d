// What the methodologist proposes to the collegium for each directive: it follows the marks.

import type { DirectiveSummary } from "./summarise";

/** The blank she fills in by hand: the collegium, not Svodka, decides the new date. */
export const EXTEND_PROPOSAL = "продлить срок до __.__.____";

/**
 * «снять с контроля» only when every addressee is done, every target is reached and the work
 * does not repeat (a «постоянно» or quarterly directive stays on control however well it goes);
 * «продлить срок» only where an addressee is overdue, with a blank date for her to fill;
 * «оставить на контроле» otherwise.
 */
export function proposalFor(s: DirectiveSummary): string {
  if (s.outcome === "overdue") return EXTEND_PROPOSAL;
  const repeats = s.directive.kind === "ongoing" || s.directive.kind === "recurring";
  if ((s.outcome === "onTime" || s.outcome === "late") && !repeats && s.belowTarget === 0) return "снять с контроля";
  return "оставить на контроле";
}
