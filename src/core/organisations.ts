// Organisations as rows of `Организации` and back, through the table's definition.
import type { Organisation } from "./model";
import type { Row } from "./workbook/port";
import { OrganisationsTable } from "./workbook/tables/organisations";

export function organisationFromRow(r: Row): Organisation {
  return OrganisationsTable.read(r);
}

export function organisationToRow(o: Organisation): Row {
  return OrganisationsTable.write(o);
}

/** Display name of an organisation code for messages and reports. */
export function organisationName(code: string, orgs: Organisation[]): string {
  const o = orgs.find((x) => x.code === code);
  return o ? o.shortName || o.fullName || code : code;
}
