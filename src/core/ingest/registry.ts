// The registry as ingestion and the report files need it, from rows of «Поручения»,
// «Организации» and «Настройки» (see src/core/workbook/schema.ts).

import { formatRu } from "../dates";
import type { Row } from "../workbook/port";
import type { KnownOrganisation } from "./identity";
import type { KnownDirective } from "./read-report";

export interface RegistryDirective extends KnownDirective {
  text: string;
  deadline: string;
  indicator: string;
  target: number | null;
}

const str = (v: unknown): string => (v === null || v === undefined ? "" : String(v).trim());

/** «ОО-01, ОО-02; ОО-03» → codes. */
export function splitCodes(v: unknown): string[] {
  return str(v)
    .split(/[,;\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function directivesFromRows(rows: Row[]): RegistryDirective[] {
  return rows
    .filter((r) => str(r.key))
    .map((r) => ({
      key: str(r.key),
      n: str(r.n),
      text: str(r.text),
      unit: str(r.unit),
      addressees: splitCodes(r.addressees),
      // «На контроле» is «да»/«нет»; anything but «нет» keeps the directive on control.
      onControl: str(r.onControl).toLowerCase() !== "нет",
      deadline: str(r.deadlineRaw) || formatRu(str(r.controlDate) || null),
      indicator: str(r.indicator),
      target: typeof r.targetValue === "number" ? r.targetValue : r.targetValue ? Number(String(r.targetValue).replace(",", ".")) || null : null,
    }));
}

export function organisationsFromRows(rows: Row[]): KnownOrganisation[] {
  return rows
    .filter((r) => str(r.code))
    .map((r) => ({ code: str(r.code), shortName: str(r.shortName), fullName: str(r.fullName), aliases: splitCodes(r.aliases) }));
}

/** The current period from «Настройки»: the row whose name mentions «период». */
export function currentPeriodFromSettings(rows: Row[]): string | null {
  const row = rows.find((r) => /период/i.test(str(r.name)));
  const v = str(row?.value).toUpperCase();
  return /^\d{4}-Q[1-4]$/.test(v) ? v : null;
}
