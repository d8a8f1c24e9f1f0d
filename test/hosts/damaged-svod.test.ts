// A свод she damaged by hand — a key header renamed, a table converted to a range, a table
// deleted with its sheet left — on both hosts: every command that writes (and «Бланки», which
// would make wrong files) stops before writing anything and names what to restore; a key
// header renamed in place is recognised and the command works as before.
import assert from "node:assert/strict";
import { createWorkbook } from "../../src/app/create-workbook";
import { importResolution } from "../../src/app/import-resolution";
import { ingestReports } from "../../src/app/ingest-reports";
import { addOrganisations } from "../../src/app/organisations";
import { makeReportFiles } from "../../src/app/report-templates";
import { runCheck } from "../../src/app/check";
import { runSummary } from "../../src/app/summary";
import type { WorkbookPort } from "../../src/core/workbook/port";
import { DIRECTIVES, ORGANISATIONS, REPORTS, WORKBOOK_TABLES } from "../../src/core/workbook/schema";
import { HOSTS, type Host } from "./hosts-under-test";
import { TEST_ORGS } from "../support/orgs";
import { syntheticResolution } from "../support/synthetic-resolution";

const NOW = "2024-09-02T10:00";
const LATER = "2024-12-31T16:00";
const RESOLUTION = { text: syntheticResolution(6), sourceName: "резолюция.txt" };

async function build(port: WorkbookPort): Promise<void> {
  await createWorkbook(port, NOW);
  await addOrganisations(port, TEST_ORGS, NOW);
  await importResolution(port, RESOLUTION, NOW);
}

type Command = "init" | "import" | "ingest" | "check" | "summary" | "templates" | "orgs";

const RUN: Record<Command, (port: WorkbookPort) => Promise<unknown>> = {
  init: (port) => createWorkbook(port, LATER),
  import: (port) => importResolution(port, RESOLUTION, LATER),
  ingest: (port) => ingestReports(port, [{ name: "Отчёт_ОО-01_2024-Q4.xlsx", bytes: new Uint8Array([80, 75, 3, 4]) }], LATER),
  check: (port) => runCheck(port, "2024-12-31", LATER),
  summary: (port) => runSummary(port, "2024-Q4", "2024-12-31", LATER),
  templates: (port) => makeReportFiles(port, "2024-Q4", LATER),
  orgs: (port) => addOrganisations(port, TEST_ORGS, LATER),
};

/** The tables each command reads before it writes (and «Создать свод» makes every missing one). */
const READS: Record<Command, string[]> = {
  init: WORKBOOK_TABLES.map((t) => t.name),
  import: ["Документы", "Поручения", "Адресаты", "Организации", "Журнал", "Настройки"],
  ingest: ["Поручения", "Организации", "Адресаты", "Отчёты", "Журнал", "Настройки"],
  check: ["Поручения", "Отчёты", "Организации", "Адресаты", "Документы", "Контроль", "Журнал", "Настройки"],
  summary: ["Поручения", "Отчёты", "Организации", "Адресаты", "Документы", "Контроль", "Журнал", "Настройки"],
  templates: ["Поручения", "Организации", "Адресаты"],
  orgs: ["Организации", "Журнал"],
};

interface Damage {
  title: string;
  table: string;
  /** Sheet damage: «Создать свод» meets it too; header damage only commands reading the table do. */
  sheet: boolean;
  apply(host: Host): Promise<void>;
  message: RegExp;
}

const DAMAGES: Damage[] = [
  {
    title: "«Код» renamed in «Организации» where its place does not tell (its neighbour renamed too)",
    table: "Организации",
    sheet: false,
    apply: async (host) => {
      await host.renameHeader("Организации", "Код", "Код организации");
      await host.renameHeader("Организации", "Краткое наименование", "Название");
    },
    message: /В таблице «Организации» нет столбца «Код»: верните заголовок «Код»/,
  },
  {
    title: "«Ключ» renamed in «Поручения» where its place does not tell (its neighbour renamed too)",
    table: "Поручения",
    sheet: false,
    apply: async (host) => {
      await host.renameHeader("Поручения", "Ключ", "Номер");
      await host.renameHeader("Поручения", "Документ", "Решение");
    },
    message: /В таблице «Поручения» нет столбца «Ключ»: верните заголовок «Ключ»/,
  },
  ...["Поручения", "Организации", "Отчёты"].flatMap((table): Damage[] => [
    {
      title: `«${table}» converted to a range`,
      table,
      sheet: true,
      apply: (host) => host.convertToRange(table),
      message: new RegExp(`На листе «${table}» нет таблицы «${table}»: похоже, её преобразовали в обычный диапазон или удалили`),
    },
    {
      title: `the table «${table}» deleted, its sheet left`,
      table,
      sheet: true,
      apply: (host) => host.deleteTable(table),
      message: new RegExp(`На листе «${table}» нет таблицы «${table}»`),
    },
  ]),
];

for (const [hostName, makeHost] of HOSTS) {
  describe(`a damaged свод on the ${hostName}`, () => {
    for (const damage of DAMAGES) {
      const commands = (Object.keys(RUN) as Command[]).filter((c) => READS[c].includes(damage.table) && (c !== "init" || damage.sheet));
      it(`${damage.title}: ${commands.join(", ")} stop, write nothing and say what to restore`, async () => {
        const host = await makeHost(build);
        await damage.apply(host);
        const sheets = host.sheetNames();
        const before = await host.snapshot();
        for (const command of commands) {
          await assert.rejects(RUN[command](host.port), (e: Error) => {
            assert.match(e.message, damage.message, `${command}: ${e.message}`);
            assert.match(e.message, /Команда остановлена: в своде ничего не изменено\.$/);
            return true;
          });
          assert.equal(await host.snapshot(), before, `${command} wrote to the свод`);
          assert.deepEqual(host.sheetNames(), sheets, `${command} made a sheet («${damage.table} (2)»?)`);
        }
      });
    }

    it("a key header renamed in its place is recognised: no duplicates, no rows without keys", async () => {
      const host = await makeHost(build);
      await host.renameHeader("Организации", "Код", "Код организации");
      await host.renameHeader("Поручения", "Ключ", "Номер поручения");
      await host.renameHeader("Отчёты", "Код организации", "Школа");
      const read = async () => (await host.port.readTables([ORGANISATIONS, DIRECTIVES, REPORTS])) as Map<string, { rows: Record<string, unknown>[] }>;
      const before = await read();
      const orgs = await addOrganisations(host.port, TEST_ORGS, LATER);
      assert.deepEqual(orgs, { added: 0, updated: 0 });
      const imported = await importResolution(host.port, RESOLUTION, LATER);
      assert.equal(imported.added, 0);
      const after = await read();
      assert.equal(after.get("Организации")!.rows.length, TEST_ORGS.length);
      assert.deepEqual(after.get("Организации")!.rows.map((r) => r.code), TEST_ORGS.map((o) => o.code));
      assert.equal(after.get("Поручения")!.rows.length, before.get("Поручения")!.rows.length);
      assert.ok(after.get("Поручения")!.rows.every((r) => String(r.key ?? "").startsWith(imported.documentId)));
      // Her header stays as she wrote it.
      assert.match(await host.snapshot(), /Код организации/);
    });
  });
}
