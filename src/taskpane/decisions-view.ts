// The «Решения коллегии» list: what she picked for each directive → the decisions to apply
// (plain functions, tested). An extension needs a date she typed.
import type { Decision, DecisionLine } from "../core/decisions/decision";
import { parseRuDate } from "./date-input";

export type DecisionChoiceKind = "" | "remove" | "extend" | "keep";

export interface DecisionChoice {
  kind: DecisionChoiceKind;
  /** ДД.ММ.ГГГГ, for «продлить срок до». */
  dateText: string;
}

export const DECISION_OPTIONS: { value: DecisionChoiceKind; label: string }[] = [
  { value: "", label: "— не рассматривалось" },
  { value: "remove", label: "снять с контроля" },
  { value: "extend", label: "продлить срок до…" },
  { value: "keep", label: "оставить на контроле" },
];

/** The proposal of the collegium document as a first choice («продлить срок до __.__.____» → extend, date blank). */
export function choiceFromProposal(proposal: string): DecisionChoice {
  if (proposal.startsWith("снять")) return { kind: "remove", dateText: "" };
  if (proposal.startsWith("продлить")) return { kind: "extend", dateText: "" };
  if (proposal.startsWith("оставить")) return { kind: "keep", dateText: "" };
  return { kind: "", dateText: "" };
}

export interface ChosenDecisions {
  lines: DecisionLine[];
  /** Russian: choices that cannot be applied yet (an extension without a date). */
  problems: string[];
}

export function chosenDecisions(choices: Map<string, DecisionChoice>, nOf: (key: string) => string): ChosenDecisions {
  const lines: DecisionLine[] = [];
  const problems: string[] = [];
  for (const [key, c] of choices) {
    let decision: Decision | null = null;
    if (c.kind === "remove" || c.kind === "keep") decision = { kind: c.kind };
    else if (c.kind === "extend") {
      const to = parseRuDate(c.dateText);
      if (to) decision = { kind: "extend", to };
      else problems.push(`П. ${nOf(key)}: укажите, до какой даты продлён срок (ДД.ММ.ГГГГ).`);
    }
    if (decision) lines.push({ directiveKey: key, decision });
  }
  return { lines, problems };
}
