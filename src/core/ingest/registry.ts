// The registry as ingestion and the report files need it, from rows of «Поручения» and
// «Организации», read through their table definitions (src/core/workbook/tables/).

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
