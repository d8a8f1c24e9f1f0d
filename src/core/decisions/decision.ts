// A collegium's decision on one directive, as she writes it: «снять с контроля», «продлить
// срок до 01.06.2025», «оставить на контроле». Read leniently (case, «ё», extra words).

import { isValidDate, ruDateToIso } from "../dates";

export type Decision = { kind: "remove" } | { kind: "extend"; to: string } | { kind: "keep" };

export interface DecisionLine {
  /** «Ключ» of the directive in «Поручения». */
  directiveKey: string;
  decision: Decision;
}

/** Russian text → decision; null when it says none of the three. */
export function parseDecision(text: string): Decision | null {
  const t = text.toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim();
  if (!t) return null;
  if (/^снять/.test(t)) return { kind: "remove" };
  if (/^продлить/.test(t)) {
    const m = /(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(t);
    if (!m || !isValidDate(+m[3], +m[2], +m[1])) return null;
    const iso = ruDateToIso(`${m[1].padStart(2, "0")}.${m[2].padStart(2, "0")}.${m[3]}`);
    return iso ? { kind: "extend", to: iso } : null;
  }
  if (/^оставить/.test(t)) return { kind: "keep" };
  return null;
}

/** The decision as the pane and the journal say it. */
export function decisionRu(d: Decision, formatDate: (iso: string) => string): string {
  if (d.kind === "remove") return "снять с контроля";
  if (d.kind === "extend") return `продлить срок до ${formatDate(d.to)}`;
  return "оставить на контроле";
}
