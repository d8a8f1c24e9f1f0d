// What keeps a write from damaging the свод in a real Excel: filters, what Excel actually stored,
// a failure halfway through a command, cell-edit mode, a switched-off header row, the request limit.
import assert from "node:assert/strict";
import type { Row, TableWrite } from "../../../src/core/workbook/port";
import { DIRECTIVES, JOURNAL } from "../../../src/core/workbook/schema";
import { planUpsert } from "../../../src/core/workbook/upsert";
import { excelRun, OfficeWorkbookPort, type ExcelRun, type ExcelRunner } from "../../../src/hosts/office";
import { userMessage } from "../../../src/taskpane/user-message";
import { installExcelStandIn, StandInHandle, syntheticDirective, type StandInOptions } from "../../support/excel-standin";

function setup(options: StandInOptions = {}) {
  const h = new StandInHandle(options);
  const notices: string[] = [];
  const port = new OfficeWorkbookPort(h.run as unknown as ExcelRun, (v) => h.supports(v), { notify: (t) => notices.push(t) });
  return { h, port, notices, run: h.run as unknown as ExcelRun };
}

async function upsertDirectives(port: OfficeWorkbookPort, incoming: Row[]): Promise<TableWrite> {
  const read = (await port.readTables([DIRECTIVES])).get(DIRECTIVES.name)!;
  return planUpsert(DIRECTIVES, read.rows, incoming, read.missingColumns).write;
}

async function journalLine(port: OfficeWorkbookPort, line: Row): Promise<TableWrite> {
  const read = (await port.readTables([JOURNAL])).get(JOURNAL.name)!;
  return planUpsert(JOURNAL, read.rows, [line], read.missingColumns).write;
}

const failed = (p: Promise<unknown>) => p.then(() => assert.fail("the write should have failed"), (e: unknown) => e);

describe("Office host: writes that cannot damage the свод", () => {
  it("clears a filter on the table before writing, so values land in their own rows, and says so", async () => {
    const { h, port, notices, run } = setup();
    await port.ensureTables([DIRECTIVES]);
    const rows: Row[] = Array.from({ length: 6 }, (_, i) => ({ ...syntheticDirective(i), status: i % 2 ? "Просрочено" : "На контроле" }));
    await port.writeTables([await upsertDirectives(port, rows)]);
    // The methodologist shows only overdue directives.
    await run(async (c) => {
      c.workbook.tables.getItem("Поручения").columns.getItem("Статус").filter.applyValuesFilter(["Просрочено"]);
    });
    assert.equal(h.sheet("Поручения").hiddenRows.size, 3);

    await port.writeTables([await upsertDirectives(port, rows.map((r, i) => ({ ...r, status: `Выполнено ${i + 1}` })))]);
    const body = h.tableObjects("Поручения");
    assert.deepEqual(
      body.map((r) => [r["Ключ"], r["Статус"]]),
      rows.map((r, i) => [r.key, `Выполнено ${i + 1}`]),
      "each status in its own row",
    );
    assert.equal(h.sheet("Поручения").hiddenRows.size, 0, "the filter is off");
    assert.equal(notices.length, 1);
    assert.match(notices[0], /^В таблице «Поручения» был включён фильтр: «Сводка» сняла его перед записью/);
  });

  it("leaves the свод as it was when the second of several write syncs fails, notes it in «Журнал» and tells the user", async () => {
    const { h, port } = setup();
    await port.ensureTables([DIRECTIVES, JOURNAL]);
    const first = [0, 1, 2].map((i) => syntheticDirective(i));
    await port.writeTables([await upsertDirectives(port, first), await journalLine(port, { at: "2024-10-01T09:00", action: "Импорт", source: "первое.docx", added: 3, updated: 0, refused: 0, details: null })]);
    const directivesBefore = h.tableObjects("Поручения");
    const journalBefore = h.tableObjects("Журнал");

    // About 9 MB: one directive changed, 997 new, in three write syncs of ~4 MB.
    const incoming = Array.from({ length: 1000 }, (_, i) => (i === 1 ? { ...syntheticDirective(1), status: "Выполнено" } : syntheticDirective(i, i < 3 ? 400 : 4000)));
    const write = await upsertDirectives(port, incoming);
    const journal = await journalLine(port, { at: "2024-10-02T09:00", action: "Импорт", source: "второе.docx", added: 997, updated: 1, refused: 0, details: null });
    h.resetCounters();
    // Sync 1 learns the tables, 2 reads the row to be changed, 3 writes the first ~4 MB, 4 fails.
    h.failSync(4, "AccessDenied", "Access denied (injected).");
    const error = await failed(port.writeTables([write, journal]));

    assert.ok(h.syncPayloadBytes[2] > 3_000_000, "the first write sync carried data before the failure");
    assert.deepEqual(h.tableObjects("Поручения"), directivesBefore, "«Поручения» exactly as before");
    const journalAfter = h.tableObjects("Журнал");
    assert.deepEqual(journalAfter.slice(0, journalBefore.length), journalBefore);
    assert.equal(journalAfter.length, journalBefore.length + 1, "one «Журнал» row for the failed command");
    const note = journalAfter[journalAfter.length - 1];
    assert.equal(note["Источник"], "второе.docx");
    assert.equal(note["Добавлено"], 0);
    assert.match(String(note["Подробности"]), /^Не выполнено: .*AccessDenied.*Свод оставлен как был\.$/);
    assert.equal(
      userMessage(error),
      "Excel не разрешает изменить книгу. Проверьте, не защищён ли лист или книга, и повторите действие. Изменения этой команды отменены: свод остался как был.",
    );
  });

  it("stops with a Russian message, the свод unchanged, when Excel stores a key other than the one written", async () => {
    // Something in Excel (AutoCorrect, a calculated column) changes one key, whichever form it is sent in.
    const { h, port } = setup({ autoCorrect: (t) => t.replace(/^('?)РЕЗ-2024-08\/2$/, "$1РЕЗ-2024-08/2 (исправлено)") });
    await port.ensureTables([DIRECTIVES]);
    const error = await failed(port.writeTables([await upsertDirectives(port, [0, 1, 2].map((i) => syntheticDirective(i)))]));
    const left = h.tableValues("Поручения").rows;
    assert.equal(left.length, 1, "the table is back to its one empty row");
    assert.ok(left[0].every((v) => v === ""), "no value of the command stayed");
    assert.deepEqual((await port.readTables([DIRECTIVES])).get("Поручения")!.rows, []);
    assert.equal(
      userMessage(error),
      "Excel сохранил в таблице «Поручения» не то, что записала «Сводка»: строка 3, столбец «Ключ» — записано «РЕЗ-2024-08/2», в ячейке «РЕЗ-2024-08/2 (исправлено)». " +
        "Продолжать с такими ключами и текстами нельзя. Проверьте формат столбца (для текста — «Текстовый») и повторите действие. Изменения этой команды отменены: свод остался как был.",
    );
  });

  it("keeps «1.1» text in a text column the user reformatted as General (rewritten quoted after the read-back)", async () => {
    for (const keep of [false, true]) {
      const { h, port, run } = setup({ textCellsKeepApostrophe: keep });
      await port.ensureTables([DIRECTIVES]);
      const n = DIRECTIVES.columns.findIndex((c) => c.id === "n");
      await run(async (c) => {
        c.workbook.tables.getItem("Поручения").getDataBodyRange().getColumn(n).numberFormat = [["General"]];
      });
      await port.writeTables([await upsertDirectives(port, [syntheticDirective(0), syntheticDirective(1)])]);
      assert.deepEqual(h.tableObjects("Поручения").map((r) => r["№ п."]), ["1.1", "1.2"], `textCellsKeepApostrophe: ${keep}`);
      const back = (await port.readTables([DIRECTIVES])).get("Поручения")!.rows;
      assert.deepEqual(back.map((r) => r.n), ["1.1", "1.2"]);
    }
  });

  it("says Excel is busy with a cell edit, under either documented error code", async () => {
    for (const code of ["InvalidOperation", "InvalidOperationInCellEditMode"] as const) {
      const { h, port } = setup();
      await port.ensureTables([DIRECTIVES]);
      const write = await upsertDirectives(port, [syntheticDirective(0)]);
      h.cellEditMode = true;
      h.cellEditCode = code;
      for (const attempt of [port.readTables([DIRECTIVES]), port.writeTables([write])]) {
        assert.match(userMessage(await failed(attempt)), /^Excel занят редактированием ячейки\. Завершите ввод \(Enter или Esc\) и повторите действие\./, code);
      }
      h.cellEditMode = false;
      assert.deepEqual(h.tableObjects("Поручения"), []);
    }
  });

  it("waits for the cell edit to end (delayForCellEdit) where Excel supports it, ExcelApi 1.11", async () => {
    for (const [api, works] of [["1.11", true], ["1.10", false]] as const) {
      const target: { Excel?: ExcelRunner } = {};
      const h = installExcelStandIn(target, { maxExcelApi: api });
      const port = new OfficeWorkbookPort(excelRun(target.Excel!, (v) => h.supports(v)), (v) => h.supports(v));
      h.cellEditMode = true;
      const result = await port.ensureTables([DIRECTIVES]).then(() => "created", (e: unknown) => userMessage(e));
      assert.equal(result === "created", works, `ExcelApi ${api}: ${result}`);
    }
  });

  it("stops in Russian when a table's header row is switched off, before writing anything", async () => {
    const { h, port, run } = setup();
    await port.ensureTables([DIRECTIVES]);
    const write = await upsertDirectives(port, [syntheticDirective(0)]);
    await run(async (c) => {
      c.workbook.tables.getItem("Поручения").showHeaders = false;
    });
    const message = /^В таблице «Поручения» выключена строка заголовков, а «Сводка» находит столбцы по заголовкам\. Включите её/;
    assert.match(userMessage(await failed(port.readTables([DIRECTIVES]))), message);
    assert.match(userMessage(await failed(port.writeTables([write]))), message);
    assert.equal(h.model.table("Поручения")!.isPlaceholderBlank(), true, "nothing written");
  });

  it("keeps the old summary sheet when writing the new one fails halfway", async () => {
    const { h, port } = setup({ sheets: ["Лист1", "Сводка 2024-Q3"] });
    const content = (title: string) => ({
      name: "Сводка 2024-Q3",
      title,
      blocks: [{ title: "Исполнение", headers: ["Организация", "Выполнено"], types: ["text" as const, "integer" as const], rows: [["ОО-1", 3] as (string | number)[]] }],
    });
    await port.writeSheet(content("Первая сводка"));
    const before = h.sheetValues("Сводка 2024-Q3");
    h.resetCounters();
    h.failSync(2, "AccessDenied");
    const error = await failed(port.writeSheet(content("Вторая сводка")));
    assert.deepEqual(h.model.sheets.map((s) => s.name), ["Лист1", "Сводка 2024-Q3"], "no half-written sheet left");
    assert.deepEqual(h.sheetValues("Сводка 2024-Q3"), before);
    assert.match(userMessage(error), /^Excel не разрешает изменить книгу\..* Изменения этой команды отменены: свод остался как был\.$/);
    await port.writeSheet(content("Вторая сводка"));
    assert.equal(h.sheetValues("Сводка 2024-Q3")[0][0], "Вторая сводка");
    assert.deepEqual(h.model.sheets.map((s) => s.name), ["Лист1", "Сводка 2024-Q3"]);
  });

  it("splits a write Excel refuses as too large and sends it again in smaller syncs", async () => {
    const { h, port } = setup({ maxRequestBytes: 600_000 });
    await port.ensureTables([DIRECTIVES]);
    const rows = Array.from({ length: 1000 }, (_, i) => syntheticDirective(i));
    const write = await upsertDirectives(port, rows);
    h.resetCounters();
    await port.writeTables([write]);
    assert.ok(h.syncPayloadBytes.some((b) => b > 600_000), "a sync was refused");
    assert.deepEqual(h.tableObjects("Поручения").map((r) => r["Ключ"]), rows.map((r) => r.key), "every row once, in order");
  });
});
