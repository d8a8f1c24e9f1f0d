// Adds organisations to `Организации` by code; existing rows are updated, nothing is deleted.
import type { Organisation } from "../core/model";
import { organisationToRow } from "../core/organisations";
import type { WorkbookPort } from "../core/workbook/port";
import { JOURNAL, ORGANISATIONS } from "../core/workbook/schema";
import { planUpsert } from "../core/workbook/upsert";

export async function addOrganisations(
  port: WorkbookPort,
  orgs: Organisation[],
  nowIso: string,
  source = "",
  refused: { count: number; details: string } = { count: 0, details: "" },
): Promise<{ added: number; updated: number }> {
  const tables = await port.readTables([ORGANISATIONS]);
  const plan = planUpsert(ORGANISATIONS, tables.get(ORGANISATIONS.name)?.rows ?? [], orgs.map(organisationToRow));
  const line = { at: nowIso, action: "Список организаций", source, added: plan.added, updated: plan.updated, refused: refused.count, details: refused.details };
  await port.writeTables([plan.write], [{ table: JOURNAL, rows: [line] }]);
  return { added: plan.added, updated: plan.updated };
}
