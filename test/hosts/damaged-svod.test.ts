// A свод she damaged by hand — a key header renamed, a table converted to a range, a table
// deleted with its sheet left — on both hosts: every command that writes (and «Бланки», which
// would make wrong files) stops before writing anything and names what to restore; a key
// header renamed in place is recognised and the command works as before.
import assert from "node:assert/strict";
import type ExcelJS from "exceljs";
import { createWorkbook } from "../../src/app/create-workbook";
import { importResolution } from "../../src/app/import-resolution";
import { ingestReports } from "../../src/app/ingest-reports";
import { addOrganisations } from "../../src/app/organisations";
import { makeReportFiles } from "../../src/app/report-templates";
import { runCheck } from "../../src/app/check";
import { runSummary } from "../../src/app/summary";
import type { WorkbookPort } from "../../src/core/workbook/port";
import { DIRECTIVES, ORGANISATIONS, REPORTS, WORKBOOK_TABLES } from "../../src/core/workbook/schema";
import { FileWorkbookPort } from "../../src/hosts/file";
import { findTable } from "../../src/hosts/file/excel-tables";
import { OfficeWorkbookPort, type ExcelRun } from "../../src/hosts/office";
import { StandInHandle } from "../support/excel-standin";
import { TEST_ORGS } from "../support/orgs";
import { syntheticResolution } from "../support/synthetic-resolution";

const NOW = "2024-09-02T10:00";
const LATER = "2024-12-31T16:00";
const RESOLUTION = { text: syntheticResolution(6), sourceName: "резолюция.txt" };

/** A host holding a свод, with the damage she can do to it by hand in Excel. */
interface Host {
  port: WorkbookPort;
  renameHeader(table: string, from: string, to: string): Promise<void>;
  /** «Преобразовать в диапазон»: the table is gone, its cells stay. */
  convertToRange(table: string): Promise<void>;
  /** The table deleted with its cells; the sheet stays, empty. */
  deleteTable(table: string): Promise<void>;
  /** Every sheet, table and cell value, to tell that nothing was written. */
  snapshot(): Promise<string>;
  sheetNames(): string[];
}

async function build(port: WorkbookPort): Promise<void> {
  await createWorkbook(port, NOW);
  await addOrganisations(port, TEST_ORGS, NOW);
  await importResolution(port, RESOLUTION, NOW);
}

async function fileHost(): Promise<Host> {
  const first = FileWorkbookPort.create();
  await build(first);
  let port = await FileWorkbookPort.open(await first.save());
  const table = (name: string) => findTable(port.workbook, name)!;
  const sheetOf = (t: ReturnType<typeof table>) => t.sheet as ExcelJS.Worksheet & { removeTable(name: string): void };
  // What she did is saved in Excel and opened again by the command.
  const reopen = async () => {
    port = await FileWorkbookPort.open(await port.save());
  };
  return {
    get port() {
      return port;
    },
    async renameHeader(name, from, to) {
      const t = table(name);
      for (let c = t.range.left; c <= t.range.right; c++) {
        const cell = t.sheet.getCell(t.range.top, c);
        if (cell.value !== from) continue;
        cell.value = to;
        t.model.columns[c - t.range.left].name = to;
      }
      await reopen();
    },
    async convertToRange(name) {
      const t = table(name);
      sheetOf(t).removeTable(t.model.name);
      await reopen();
    },
    async deleteTable(name) {
      const t = table(name);
      sheetOf(t).removeTable(t.model.name);
      for (let r = t.range.top; r <= t.range.bottom; r++) for (let c = t.range.left; c <= t.range.right; c++) t.sheet.getCell(r, c).value = null;
      await reopen();
    },
    async snapshot() {
      return JSON.stringify(
        port.workbook.worksheets.map((s) => ({
          name: s.name,
          tables: (s as unknown as { getTables(): { table: { name: string; tableRef: string } }[] }).getTables().map((x) => [x.table.name, x.table.tableRef]),
          values: s.getSheetValues(),
        })),
      );
    },
    sheetNames: () => port.workbook.worksheets.map((s) => s.name),
  };
}

async function standInHost(): Promise<Host> {
  const h = new StandInHandle();
  const port = new OfficeWorkbookPort(h.run as unknown as ExcelRun, (v) => h.supports(v));
  await build(port);
  const table = (name: string) => h.model.table(name)!;
  return {
    port,
    async renameHeader(name, from, to) {
      const t = table(name);
      for (let c = 0; c < t.width; c++) if (t.sheet.value(t.top, t.left + c) === from) t.sheet.touch(t.top, t.left + c).value = to;
    },
    async convertToRange(name) {
      h.model.tables.splice(h.model.tables.indexOf(table(name)), 1);
    },
    async deleteTable(name) {
      const t = table(name);
      h.model.tables.splice(h.model.tables.indexOf(t), 1);
      t.sheet.clear(t.rect, "All");
    },
    async snapshot() {
      return JSON.stringify({
        sheets: h.model.sheets.map((s) => [s.name, [...s.cells]]),
        tables: h.model.tables.map((t) => [t.name, t.sheet.name, t.rect]),
      });
    },
    sheetNames: () => h.model.sheets.map((s) => s.name),
  };
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

const HOSTS: [string, () => Promise<Host>][] = [
  ["file host", fileHost],
  ["Excel stand-in", standInHost],
];

for (const [hostName, makeHost] of HOSTS) {
  describe(`a damaged свод on the ${hostName}`, () => {
    for (const damage of DAMAGES) {
      const commands = (Object.keys(RUN) as Command[]).filter((c) => READS[c].includes(damage.table) && (c !== "init" || damage.sheet));
      it(`${damage.title}: ${commands.join(", ")} stop, write nothing and say what to restore`, async () => {
        const host = await makeHost();
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
      const host = await makeHost();
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
