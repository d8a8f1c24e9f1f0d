// The Office host against the Excel stand-in: what a methodologist sees in the свод, and the
// number and size of round trips (bounded whatever the number of rows).
import assert from "node:assert/strict";
import type { Row, TableWrite } from "../../../src/core/workbook/port";
import { CONTROL, DIRECTIVES, JOURNAL, WORKBOOK_TABLES } from "../../../src/core/workbook/schema";
import { planUpsert } from "../../../src/core/workbook/upsert";
import { OfficeWorkbookPort, type ExcelRun } from "../../../src/hosts/office";
import { summarySheet } from "../../../src/core/summary";
import { scenarioSummary } from "../../core/summary/scenario";
import { measureOfficeImport, STAND_IN_VARIANTS, StandInHandle, syntheticDirective, type StandInOptions } from "../../support/excel-standin";

function setupWith(options: StandInOptions) {
  const h = new StandInHandle(options);
  const port = new OfficeWorkbookPort(h.run as unknown as ExcelRun, (v) => h.supports(v));
  return { h, port, run: h.run as unknown as ExcelRun };
}

async function importDirectives(port: OfficeWorkbookPort, incoming: Row[]) {
  const read = (await port.readTables([DIRECTIVES])).get(DIRECTIVES.name)!;
  const plan = planUpsert(DIRECTIVES, read.rows, incoming, read.missingColumns);
  await port.writeTables([plan.write]);
  return plan;
}

// Every test runs against each stand-in variant (an Excel behaviour Microsoft leaves open or a
// workbook setting); the size tests, which no variant changes, run once.
for (const variant of STAND_IN_VARIANTS) describe(`OfficeWorkbookPort (stand-in: ${variant.name})`, () => portTests(variant.name, variant.options));

function portTests(variant: string, base: StandInOptions) {
  const setup = (options: StandInOptions = {}) => setupWith({ ...base, ...options });
  const sizeIt = variant === "default" ? it : () => undefined;
  it("creates every table of the свод with Russian headers, formats, widths and a bold frozen header", async () => {
    const { h, port } = setup();
    const created = await port.ensureTables(WORKBOOK_TABLES);
    assert.deepEqual(created, WORKBOOK_TABLES.map((t) => t.name));
    for (const schema of WORKBOOK_TABLES) {
      const t = h.tableValues(schema.name);
      assert.equal(t.sheet, schema.name);
      assert.deepEqual(t.headers, schema.columns.map((c) => c.header));
    }
    const sheet = h.sheet("Поручения");
    assert.equal(sheet.frozenRows, 1);
    assert.equal(h.cell("Поручения", "A1")?.bold, true);
    const at = (id: string) => DIRECTIVES.columns.findIndex((c) => c.id === id);
    assert.equal(sheet.numberFormat(1, at("controlDate")), "dd.mm.yyyy");
    assert.equal(sheet.numberFormat(1, at("n")), "@");
    assert.equal(sheet.cell(1, at("text"))?.wrap, true, "long text wraps");
    assert.ok(sheet.columnWidths.get(at("text"))! > sheet.columnWidths.get(at("n"))!, "the text column is wider than № п.");
    assert.equal(h.sheet("Журнал").numberFormat(1, 0), "dd.mm.yyyy hh:mm");
    // Контроль colours its marks.
    const marks = h.sheet("Контроль").conditionalFormats;
    assert.equal(marks.length, CONTROL.highlights!.length);
    assert.deepEqual(marks[0].rule, { formula1: '="Просрочено"', operator: "EqualTo" });
    assert.equal(marks[0].fill, "#F8CBAD");

    h.resetCounters();
    assert.deepEqual(await port.ensureTables(WORKBOOK_TABLES), [], "nothing to create the second time");
    assert.equal(h.syncCount, 1);
  });

  it("still creates tables on an older Excel, without colours or frozen panes", async () => {
    const { h, port } = setup({ maxExcelApi: "1.5" });
    await port.ensureTables([CONTROL]);
    assert.deepEqual(h.tableValues("Контроль").headers, CONTROL.columns.map((c) => c.header));
    assert.equal(h.sheet("Контроль").conditionalFormats.length, 0);
    assert.equal(h.sheet("Контроль").frozenRows, 0);
  });

  it("reads back what it wrote: ISO dates, numbers, null for empty cells, nothing for the blank row", async () => {
    const { port } = setup();
    await port.ensureTables([DIRECTIVES, JOURNAL]);
    const empty = await port.readTables([DIRECTIVES, CONTROL]);
    assert.deepEqual(empty.get("Поручения"), { rows: [], missingColumns: [] });
    assert.equal(empty.get("Контроль"), null, "a table that does not exist reads as null");

    const rows = [syntheticDirective(0), syntheticDirective(1)];
    await importDirectives(port, rows);
    const journal: TableWrite = {
      table: JOURNAL,
      rows: [{ at: "2024-10-02T09:30", action: "Импорт", source: "резолюция.docx", added: 2, updated: 0, refused: 0, details: null }],
      columns: JOURNAL.columns.map((c) => c.id),
      changed: [],
    };
    await port.writeTables([journal]);
    const back = await port.readTables([DIRECTIVES, JOURNAL]);
    const got = back.get("Поручения")!.rows;
    assert.equal(got.length, 2);
    assert.equal(got[0].controlDate, "2024-10-01");
    assert.equal(got[0].targetValue, 75.5);
    assert.equal(got[0].n, "1.1", "№ п. stays text, not a number or a date");
    assert.equal(got[1].indicator, null);
    assert.equal(got[0].note, null);
    assert.equal(back.get("Журнал")!.rows[0].at, "2024-10-02T09:30");
  });

  it("writes dates as serials shown ДД.ММ.ГГГГ", async () => {
    const { h, port } = setup();
    await port.ensureTables([DIRECTIVES]);
    await importDirectives(port, [syntheticDirective(0), { ...syntheticDirective(1), controlDate: "2025-05-31" }]);
    const col = DIRECTIVES.columns.findIndex((c) => c.id === "controlDate");
    const sheet = h.sheet("Поручения");
    const serial = base.date1904 ? 45808 - 1462 : 45808;
    assert.equal(sheet.value(2, col), serial, "an integer serial in the workbook's date system, not a string or a local-time Date");
    assert.equal(h.sheetText("Поручения")[2][col], "31.05.2025");
    assert.equal(h.sheetText("Поручения")[1][col], "01.10.2024");
  });

  it("keeps text from outside as text: «=1+1», «+7 …», «-» lists and «@» stay as typed", async () => {
    const { h, port } = setup();
    await port.ensureTables([DIRECTIVES]);
    const hostile = ["=1+1", "+7 (900) 000-00-00", "- провести совещание", "@школа", "'цитата'", "12", "01.10.2024", "TRUE"];
    await importDirectives(port, hostile.map((text, i) => ({ ...syntheticDirective(i), text, person: text })));
    const col = DIRECTIVES.columns.findIndex((c) => c.id === "text");
    hostile.forEach((text, i) => {
      const cell = h.sheet("Поручения").cell(1 + i, col)!;
      assert.equal(cell.formula, undefined, `${text} must not become a formula`);
      assert.equal(cell.value, text);
    });
    const back = (await port.readTables([DIRECTIVES])).get("Поручения")!.rows;
    assert.deepEqual(back.map((r) => r.text), hostile);
  });

  it("re-import updates system columns, keeps the methodologist's note and «нет», adds no duplicates", async () => {
    const { h, port, run } = setup();
    await port.ensureTables([DIRECTIVES]);
    await importDirectives(port, [syntheticDirective(0), syntheticDirective(1), syntheticDirective(2)]);
    // The methodologist writes a note and takes row 2 off control, in Excel.
    const note = DIRECTIVES.columns.findIndex((c) => c.id === "note");
    const onControl = DIRECTIVES.columns.findIndex((c) => c.id === "onControl");
    await run(async (c) => {
      const ws = c.workbook.worksheets.getItem("Поручения");
      ws.getRangeByIndexes(2, note, 1, 1).values = [["Позвонить директору"]];
      ws.getRangeByIndexes(2, onControl, 1, 1).values = [["нет"]];
    });
    h.resetCounters();
    const again = [{ ...syntheticDirective(1), status: "Выполнено" }, syntheticDirective(0), syntheticDirective(3)];
    const plan = await importDirectives(port, again);
    assert.deepEqual([plan.added, plan.updated, plan.unchanged], [1, 1, 1]);
    const rows = h.tableObjects("Поручения");
    assert.equal(rows.length, 4);
    assert.equal(rows[1]["Статус"], "Выполнено");
    assert.equal(rows[1]["Примечание методиста"], "Позвонить директору");
    assert.equal(rows[1]["На контроле"], "нет");
    assert.equal(rows[3]["Ключ"], "РЕЗ-2024-08/4");
    // read 2; write: probe, snapshot of the changed row, the writes (read back in the same sync).
    assert.ok(h.syncCount <= 5, `read + write took ${h.syncCount} syncs`);
  });

  it("finds columns by header when users reorder them, add their own and rename the sheet", async () => {
    const { h, port, run } = setup();
    const headers = ["Моя отметка", ...DIRECTIVES.columns.map((c) => c.header).reverse()];
    await run(async (c) => {
      const ws = c.workbook.worksheets.add("Мои поручения");
      ws.getRange("A1").getResizedRange(0, headers.length - 1).values = [headers];
      const last = String.fromCharCode(64 + headers.length); // fewer than 26 columns
      const t = ws.tables.add(`A1:${last}1`, true);
      t.name = "Поручения";
      t.rows.add(undefined, [headers.map((hd) => (hd === "Ключ" ? "РЕЗ-1/1" : hd === "Моя отметка" ? "важно" : ""))]);
    });
    assert.deepEqual(await port.ensureTables([DIRECTIVES]), []);
    const plan = await importDirectives(port, [{ ...syntheticDirective(0), key: "РЕЗ-1/1" }, syntheticDirective(5)]);
    assert.deepEqual([plan.added, plan.updated], [1, 1]);
    const rows = h.tableObjects("Поручения");
    assert.equal(rows.length, 2);
    assert.equal(rows[0]["Моя отметка"], "важно", "a user's own column is left alone");
    assert.equal(rows[0]["Статус"], "На контроле");
    assert.equal(rows[1]["Ключ"], "РЕЗ-2024-08/6");
    assert.equal(rows[1]["Моя отметка"], "");
  });

  it("reports a column whose header the user deleted and never writes it", async () => {
    const { h, port, run } = setup();
    await port.ensureTables([DIRECTIVES]);
    await run(async (c) => {
      c.workbook.tables.getItem("Поручения").getHeaderRowRange().getCell(0, 8).values = [["Срок своими словами"]];
    });
    const read = (await port.readTables([DIRECTIVES])).get("Поручения")!;
    assert.deepEqual(read.missingColumns, ["deadlineKind"]);
    await importDirectives(port, [syntheticDirective(0)]);
    assert.equal(h.tableObjects("Поручения")[0]["Срок своими словами"], "");
  });

  sizeIt("imports 10 and 1,000 directives in the same small number of syncs, each under 4 MB", async () => {
    const small = await measureOfficeImport(10, base);
    const large = await measureOfficeImport(1000, base);
    assert.equal(large.handle.tableObjects("Поручения").length, 1000);
    assert.equal(small.syncs, large.syncs);
    // Creating the tables (3, the last one setting up printing), reading, snapshot and write.
    assert.ok(large.syncs <= 8, `${large.syncs} syncs`);
    for (const bytes of [...small.payloads, ...large.payloads]) assert.ok(bytes <= 4_000_000, `${bytes} bytes in one sync`);
  });

  sizeIt("splits a 20 MB write into several syncs, each under 4 MB, and loses no row", async () => {
    const { h, port } = setup();
    await port.ensureTables([DIRECTIVES]);
    h.resetCounters();
    const rows = Array.from({ length: 2600 }, (_, i) => syntheticDirective(i, 4000));
    await importDirectives(port, rows);
    const written = h.syncPayloadBytes.reduce((a, b) => a + b, 0);
    assert.ok(written > 20_000_000, `only ${written} bytes written`);
    assert.ok(h.syncCount >= 2 + 6, `${h.syncCount} syncs for ${written} bytes`);
    assert.ok(h.maxPayloadBytes <= 4_000_000, `${h.maxPayloadBytes} bytes in one sync`);
    const body = h.tableObjects("Поручения");
    assert.equal(body.length, 2600);
    assert.equal(body[2599]["Ключ"], "РЕЗ-2024-08/2600");
  });

  it("updates changed rows in place with one range write per run of rows", async () => {
    const { h, port } = setup();
    await port.ensureTables([DIRECTIVES]);
    await importDirectives(port, Array.from({ length: 300 }, (_, i) => syntheticDirective(i)));
    h.resetCounters();
    const changed = Array.from({ length: 300 }, (_, i) => (i >= 100 && i < 200 ? { ...syntheticDirective(i), status: "Просрочено" } : syntheticDirective(i)));
    const plan = await importDirectives(port, changed);
    assert.equal(plan.updated, 100);
    assert.equal(h.syncCount, 5, "read 2, then probe, snapshot and one write");
    const rows = h.tableObjects("Поручения");
    assert.equal(rows.filter((r) => r["Статус"] === "Просрочено").length, 100);
    assert.equal(rows[99]["Статус"], "На контроле");
    assert.equal(rows[100]["Статус"], "Просрочено");
  });

  it("says in Russian which table is missing when writing to it", async () => {
    const { port } = setup();
    await assert.rejects(
      port.writeTables([{ table: DIRECTIVES, rows: [syntheticDirective(0)], columns: ["key"], changed: [] }]),
      /Не найдена таблица «Поручения»/,
    );
  });

  it("writes the quarterly summary with title, formatted blocks and a chart, and replaces it in place", async () => {
    const { h, port } = setup({ sheets: ["Лист1", "Сводка 2024-Q3", "Поручения"] });
    const content = {
      name: "Сводка 2024-Q3",
      title: "Информация о ходе исполнения решений",
      subtitle: "по состоянию на 01.10.2024",
      blocks: [
        {
          title: "Исполнение по организациям",
          headers: ["Организация", "Выполнено", "Доля", "Срок"],
          types: ["text" as const, "integer" as const, "percent" as const, "date" as const],
          rows: [
            ["=ОО-1", 3, 0.75, "2024-10-01"],
            ["ОО-2", 1, 0.25, null],
          ],
          chart: { kind: "bar" as const, title: "Доля выполненных", series: [2] },
        },
      ],
    };
    await port.writeSheet(content);
    await port.writeSheet(content);
    assert.deepEqual(h.model.sheets.map((s) => s.name), ["Лист1", "Сводка 2024-Q3", "Поручения"], "replaced at the same position");
    const text = h.sheetText("Сводка 2024-Q3");
    assert.equal(text[0][0], "Информация о ходе исполнения решений");
    assert.equal(text[1][0], "по состоянию на 01.10.2024");
    assert.deepEqual(text[4], ["Организация", "Выполнено", "Доля", "Срок"]);
    assert.deepEqual(text[5], ["=ОО-1", "3", "75.0%", "01.10.2024"]);
    assert.equal(h.cell("Сводка 2024-Q3", "A5")?.bold, true);
    const sheet = h.sheet("Сводка 2024-Q3");
    const charts = h.charts("Сводка 2024-Q3");
    assert.equal(charts.length, 1, "one chart after two writes");
    assert.equal(charts[0].title, "Доля выполненных");
    assert.equal(charts[0].type, "BarClustered");
    assert.deepEqual(charts[0].series, [{ name: "Доля", values: [0.75, 0.25], categories: ["=ОО-1", "ОО-2"] }], "«Выполнено» is not plotted");
    assert.equal(h.model.activeSheet, sheet);
  });

  it("charts the quarterly summary with exactly the requested series, named by header, over the organisations", async () => {
    const { h, port } = setup();
    const content = summarySheet(scenarioSummary());
    await port.writeSheet(content);
    const charts = h.charts(content.name);
    const charted = content.blocks.filter((b) => b.chart);
    assert.equal(charts.length, charted.length);
    assert.ok(charts.length >= 2, "discipline and targets are charted");
    const text = h.sheetText(content.name);
    charted.forEach((block, k) => {
      const chart = charts[k];
      assert.equal(chart.title, block.chart!.title);
      assert.equal(chart.type, block.chart!.kind === "bar" ? "BarClustered" : "ColumnClustered");
      assert.deepEqual(chart.series.map((s) => s.name), block.chart!.series.map((c) => block.headers[c]));
      chart.series.forEach((s, i) => {
        const col = block.chart!.series[i];
        assert.deepEqual(s.categories, block.rows.map((r) => r[0]), `${chart.title}: categories from column 0`);
        assert.deepEqual(s.values, block.rows.map((r) => r[col] ?? ""), `${chart.title}: values of «${block.headers[col]}»`);
      });
      assert.equal(chart.legend, chart.series.length > 1, "a legend only when there is more than one series");
      // Anchored in column A on an empty row below the block: nothing of a table under it.
      const anchorRow = Number(/^A(\d+)$/.exec(chart.anchor ?? "")?.[1]) - 1;
      const blockTitleRow = text.findIndex((r) => r[0] === block.title);
      assert.ok(anchorRow > blockTitleRow + 1 + block.rows.length, `${chart.title} is below its block`);
      const coveredRows = Math.ceil(chart.height / 15);
      for (let r = anchorRow; r < Math.min(text.length, anchorRow + coveredRows); r++) {
        assert.ok(text[r].every((v) => v === ""), `row ${r + 1} under «${chart.title}» holds ${text[r].join("|")}`);
      }
      assert.ok(chart.width >= 360 && chart.height >= 200, `${chart.title} is ${chart.width}×${chart.height} pt`);
    });
    const discipline = charts.find((c) => c.title === "% исполнения в срок")!;
    assert.deepEqual(discipline.series.map((s) => s.name), ["% исполнения в срок"], "one series, not columns 1–9");
    assert.deepEqual(discipline.series[0].values, [1, 0.5, 0, 1]);
  });

  it("writes the summary without charts when Excel lacks the chart series API (ExcelApi 1.7)", async () => {
    const { h, port } = setup({ maxExcelApi: "1.6" });
    const content = summarySheet(scenarioSummary());
    await port.writeSheet(content);
    assert.equal(h.charts(content.name).length, 0);
    const text = h.sheetText(content.name);
    for (const block of content.blocks) assert.ok(text.some((r) => r[0] === block.title), `block «${block.title}» is written`);
  });

  it("reads an ordinary свод in two syncs, the values whole", async () => {
    const { h, port } = setup();
    await port.ensureTables([DIRECTIVES, JOURNAL, CONTROL]);
    await importDirectives(port, Array.from({ length: 500 }, (_, i) => syntheticDirective(i)));
    h.resetCounters();
    const read = await port.readTables([DIRECTIVES, JOURNAL, CONTROL]);
    assert.equal(h.syncCount, 2);
    assert.equal(read.get("Поручения")!.rows.length, 500);
    assert.equal(read.get("Поручения")!.rows[499].key, "РЕЗ-2024-08/500");
    assert.deepEqual(read.get("Журнал"), { rows: [], missingColumns: [] });
  });

  sizeIt("reads a 15 MB table in several syncs, every response under Excel's 5 MB", async () => {
    const { h, port } = setup();
    await port.ensureTables([DIRECTIVES]);
    const rows = Array.from({ length: 1900 }, (_, i) => syntheticDirective(i, 4000));
    await importDirectives(port, rows);
    h.resetCounters();
    const read = (await port.readTables([DIRECTIVES])).get("Поручения")!;
    const delivered = h.syncResponseBytes.reduce((a, b) => a + b, 0);
    assert.ok(delivered > 15_000_000, `only ${delivered} bytes read`);
    assert.ok(h.syncCount >= 5, `${h.syncCount} syncs`);
    assert.ok(h.maxResponseBytesSeen <= 4_200_000, `${h.maxResponseBytesSeen} bytes in one response`);
    assert.ok(h.refusedResponses <= 1, "at most the first, guessed window is refused");
    assert.equal(read.rows.length, 1900);
    read.rows.forEach((r, i) => assert.equal(r.key, `РЕЗ-2024-08/${i + 1}`));
    assert.equal(read.rows[1899].text, rows[1899].text);
  });

  sizeIt("re-reads in smaller chunks when rows further down are larger than the first ones", async () => {
    const { h, port } = setup();
    await port.ensureTables([DIRECTIVES]);
    const rows = Array.from({ length: 2400 }, (_, i) => syntheticDirective(i, i < 1800 ? 20 : 8000));
    await importDirectives(port, rows);
    h.resetCounters();
    const read = (await port.readTables([DIRECTIVES])).get("Поручения")!;
    assert.ok(h.refusedResponses >= 2, "the measured size was too small at least once after the guess");
    assert.ok(h.maxResponseBytesSeen <= 5_000_000);
    assert.equal(read.rows.length, 2400);
    assert.deepEqual(read.rows.map((r) => r.key), rows.map((r) => r.key));
    assert.equal(read.rows[2399].text, rows[2399].text);
  });
}
