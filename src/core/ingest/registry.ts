// The registry as ingestion and the report files need it, from rows of «Поручения»,
// «Организации» and «Настройки» (see src/core/workbook/schema.ts).

import { formatRu } from "../dates";
import type { Row } from "../workbook/port";
import { DirectivesTable } from "../workbook/tables/directives";
import { OrganisationsTable } from "../workbook/tables/organisations";
import type { KnownOrganisation } from "./identity";
import type { KnownDirective } from "./read-report";

export interface RegistryDirective extends KnownDirective {
  text: string;
  deadline: string;
  indicator: string;
  target: number | null;
}

const str = (v: unknown): string => (v === null || v === undefined ? "" : String(v).trim());

export function directivesFromRows(rows: Row[]): RegistryDirective[] {
  return rows
    .map((row) => DirectivesTable.read(row))
    .filter((r) => r.key)
    .map((r) => ({
      key: r.key,
      n: r.n,
      text: r.text,
      unit: r.unit,
      addressees: r.addressees,
      onControl: r.onControl,
      deadline: r.deadlineRaw || formatRu(r.controlDate),
      indicator: r.indicator,
      target: r.targetValue,
    }));
}

export function organisationsFromRows(rows: Row[]): KnownOrganisation[] {
  return rows
    .map((row) => OrganisationsTable.read(row))
    .filter((r) => r.code)
    .map((r) => ({ code: r.code, shortName: r.shortName, fullName: r.fullName, aliases: r.aliases }));
}

/** The current period from «Настройки»: the row whose name mentions «период». */
export function currentPeriodFromSettings(rows: Row[]): string | null {
  const row = rows.find((r) => /период/i.test(str(r.name)));
  const v = str(row?.value).toUpperCase();
  return /^\d{4}-Q[1-4]$/.test(v) ? v : null;
}
