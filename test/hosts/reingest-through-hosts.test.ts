// Re-loading school files through both hosts (the file saved and opened again between loads,
// as the CLI does): the same file after her hand correction changes no stored cell, «Получено»
// included; a school's corrected file changes only what the school changed.
import assert from "node:assert/strict";
import { createWorkbook } from "../../src/app/create-workbook";
import { ingestReports } from "../../src/app/ingest-reports";
import type { Row, WorkbookPort } from "../../src/core/workbook/port";
import { DIRECTIVES, ORGANISATIONS, REPORTS, SETTINGS } from "../../src/core/workbook/schema";
import { planUpdate, planUpsert } from "../../src/core/workbook/upsert";
import { TEST_ORGS } from "../support/orgs";
import { filledReport } from "../support/report-files/altered";
import { DIRECTIVE_ROWS, NOW, PERIOD } from "../support/report-files/district";
import { HOSTS, type Host } from "./hosts-under-test";

const LATER = "2024-04-08T09:30";
const done = (over: Record<string, unknown> = {}) => ({ status: "выполнено", actual: 80, doneDate: new Date(Date.UTC(2024, 1, 20)), whatDone: "Открыты 3 кружка", evidence: "https://school1.example/news", ...over });
const FILLS = [done(), done({ actual: null }), done({ actual: null, status: "выполняется", doneDate: null })];

async function district(port: WorkbookPort): Promise<void> {
  await createWorkbook(port, NOW.slice(0, 16));
  const read = await port.readTables([DIRECTIVES, ORGANISATIONS, SETTINGS]);
  const orgs = TEST_ORGS.map((o) => ({ code: o.code, shortName: o.shortName, fullName: o.fullName, type: o.type, groups: o.groups.join(", "), aliases: o.aliases.join(", ") }));
  await port.writeTables([
    planUpsert(DIRECTIVES, read.get(DIRECTIVES.name)!.rows, DIRECTIVE_ROWS).write,
    planUpsert(ORGANISATIONS, read.get(ORGANISATIONS.name)!.rows, orgs).write,
    planUpdate(SETTINGS, read.get(SETTINGS.name)!.rows, (r) => (/период/i.test(String(r.name)) ? { value: PERIOD } : null), ["value"]).write,
  ]);
}

async function reports(host: Host): Promise<Row[]> {
  return (await host.port.readTables([REPORTS])).get(REPORTS.name)!.rows;
}

/** She types 85 over the school's 80 in «Фактическое значение» of Р-1/1. */
async function correctByHand(host: Host): Promise<void> {
  const rows = await reports(host);
  await host.port.writeTables([planUpdate(REPORTS, rows, (r) => (r.directiveKey === "Р-1/1" ? { actual: 85 } : null), ["actual"]).write]);
  await host.reopen();
}

for (const [hostName, makeHost] of HOSTS) {
  describe(`re-loading school files on the ${hostName}`, () => {
    it("the same file after her correction changes nothing; a corrected file changes only the school's cell", async () => {
      const host = await makeHost(district);
      const original = await filledReport("ОО-01", FILLS);
      await ingestReports(host.port, [{ name: "Отчёт_ОО-01.xlsx", bytes: original }], NOW.slice(0, 16));
      await host.reopen();
      await correctByHand(host);

      const before = await host.snapshot();
      const again = await ingestReports(host.port, [{ name: "Отчёт_ОО-01.xlsx", bytes: original }], LATER);
      assert.equal(again.added + again.updated, 0);
      await host.reopen();
      assert.equal(await host.snapshot(), before, "no cell of any sheet changed, «Получено» and «Журнал» included");

      const rowsBefore = await reports(host);
      const fills = [...FILLS];
      fills[1] = done({ actual: null, evidence: "https://school1.example/meeting" });
      const corrected = await filledReport("ОО-01", fills);
      const res = await ingestReports(host.port, [{ name: "Отчёт_ОО-01_v2.xlsx", bytes: corrected }], LATER);
      assert.equal(res.updated, 1);
      await host.reopen();
      const rows = await reports(host);
      const byKey = (list: Row[], k: string) => list.find((r) => r.directiveKey === k)!;
      assert.equal(byKey(rows, "Р-1/1").actual, 85, "her correction stays");
      assert.deepEqual(byKey(rows, "Р-1/1"), byKey(rowsBefore, "Р-1/1"));
      assert.deepEqual(byKey(rows, "Р-1/3"), byKey(rowsBefore, "Р-1/3"));
      assert.equal(byKey(rows, "Р-1/2").evidence, "https://school1.example/meeting");
      assert.equal(byKey(rows, "Р-1/2").receivedAt, LATER);
      assert.equal(byKey(rows, "Р-1/2").whatDone, byKey(rowsBefore, "Р-1/2").whatDone);

      fills[0] = done({ actual: 90 });
      const third = await ingestReports(host.port, [{ name: "Отчёт_ОО-01_v3.xlsx", bytes: await filledReport("ОО-01", fills) }], LATER);
      await host.reopen();
      assert.equal(byKey(await reports(host), "Р-1/1").actual, 90, "the school's new value wins");
      assert.match(third.files[0].notes!.join("\n"), /Р-1\/1: школа изменила «Фактическое значение» — записано её новое значение «90» вместо исправленного в своде «85»/);
    });
  });
}
