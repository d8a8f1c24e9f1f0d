// Russian wording shared by the summary sheet and the collegium document.

import { formatRu } from "../dates";
import type { CheckDirective } from "../check/types";
import { daysRu } from "../check/ru-text";
import type { LateOrg } from "./summarise";

const KIND_RU: Record<CheckDirective["kind"], string> = {
  date: "",
  period: "",
  ongoing: "постоянно",
  recurring: "периодически",
  none: "не указан",
};

/** The deadline as the collegium reads it: «15.03.2024», «постоянно», «продлён до 30.06.2024 (было 15.03.2024)». */
export function deadlineRu(d: CheckDirective): string {
  const repeats = d.kind === "ongoing" || d.kind === "recurring";
  const own = d.controlDate ? formatRu(d.controlDate) : (repeats && d.deadlineRaw?.trim()) || KIND_RU[d.kind] || "не указан";
  return d.extendedTo ? `продлён до ${formatRu(d.extendedTo)} (было: ${own})` : own;
}

/** «СОШ № 3 (12 дней)»; organisations joined by commas. */
export function lateOrgsRu(orgs: LateOrg[]): string {
  return orgs.map((o) => (o.days !== null ? `${o.name} (${daysRu(o.days)})` : o.name)).join(", ");
}

/** A directive's text cut to a readable length for a table cell. */
export function shortText(text: string, max = 160): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}
