// The stand-in must fail where Excel fails: unloaded reads, writes before sync, bad sizes.
// These tests read unloaded and unsynced properties on purpose, which the Office lint forbids.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
import assert from "node:assert/strict";
import { installExcelStandIn, StandInHandle } from "../../support/excel-standin";

type Ctx = Excel.RequestContext;
const runOf = (h: StandInHandle) => h.run as unknown as <T>(batch: (c: Ctx) => Promise<T>) => Promise<T>;
const code = (e: unknown) => (e as { code?: string }).code;

describe("Excel stand-in", () => {
  let h: StandInHandle;
  let run: ReturnType<typeof runOf>;
  beforeEach(() => {
    h = new StandInHandle();
    run = runOf(h);
  });

  it("throws PropertyNotLoaded for a property never loaded, and before the load is synced", async () => {
    await run(async (c) => {
      const range = c.workbook.worksheets.getItem("Лист1").getRange("A1:B2");
      assert.throws(() => range.values, (e) => code(e) === "PropertyNotLoaded");
      range.load("values");
      assert.throws(() => range.values, (e) => code(e) === "PropertyNotLoaded");
      await c.sync();
      assert.deepEqual(range.values, [["", ""], ["", ""]]);
      assert.throws(() => range.address, (e) => code(e) === "PropertyNotLoaded");
    });
  });

  it("accepts the string, array and object forms of load, nested paths and collection items", async () => {
    await run(async (c) => {
      const sheet = c.workbook.worksheets.getItem("Лист1");
      const a = sheet.getRange("B2:C3").load("address, rowCount");
      const b = sheet.getRange("B2").load(["columnCount"]);
      const d = sheet.getRange("B2").load({ select: "rowIndex", expand: "format" });
      const e = sheet.getRange("B2").load("format/columnWidth, format/font/bold");
      const sheets = c.workbook.worksheets.load("items/name");
      await c.sync();
      assert.equal(a.address, "Лист1!B2:C3");
      assert.equal(a.rowCount, 2);
      assert.equal(b.columnCount, 1);
      assert.equal(d.rowIndex, 1);
      assert.equal(d.format.columnWidth, 48, "expand loads the navigation property's scalars");
      assert.equal(e.format.columnWidth, 48);
      assert.equal(e.format.font.bold, false);
      assert.throws(() => e.format.wrapText, (x) => code(x) === "PropertyNotLoaded");
      assert.deepEqual(sheets.items.map((s) => s.name), ["Лист1"]);
    });
  });

  it("applies queued writes only at sync", async () => {
    await run(async (c) => {
      const range = c.workbook.worksheets.getItem("Лист1").getRange("A1:B1");
      range.values = [["Поручение", 5]];
      range.numberFormat = [["@", "0.0"]];
      range.format.font.bold = true;
      assert.deepEqual(h.sheetValues("Лист1"), [], "nothing written before sync");
      await c.sync();
      assert.deepEqual(h.sheetValues("Лист1"), [["Поручение", 5]]);
      assert.deepEqual(h.sheetText("Лист1"), [["Поручение", "5.0"]]);
      assert.equal(h.cell("Лист1", "A1")?.bold, true);
    });
  });

  it("rejects the sync with Office.js error codes and keeps what ran before the failure", async () => {
    await assert.rejects(
      run(async (c) => {
        c.workbook.worksheets.getItem("Лист1").getRange("A1").values = [["до ошибки"]];
        c.workbook.worksheets.getItem("Нет такого").getRange("A1").values = [[1]];
        await c.sync();
      }),
      (e) => code(e) === "ItemNotFound",
    );
    assert.deepEqual(h.sheetValues("Лист1"), [["до ошибки"]]);
    await assert.rejects(
      run(async (c) => {
        c.workbook.worksheets.getItem("Лист1").getRange("A1:C1").values = [[1, 2]];
      }),
      (e) => code(e) === "InvalidArgument",
    );
  });

  it("exposes isNullObject only after load and sync", async () => {
    await run(async (c) => {
      const missing = c.workbook.tables.getItemOrNullObject("Поручения");
      const present = c.workbook.worksheets.getItemOrNullObject("Лист1");
      missing.load("name");
      present.load("name");
      assert.throws(() => missing.isNullObject, (e) => code(e) === "PropertyNotLoaded");
      await c.sync();
      assert.equal(missing.isNullObject, true);
      assert.equal(present.isNullObject, false);
      assert.equal(present.name, "Лист1");
    });
  });

  it("enters values the way Excel takes typed text", async () => {
    await run(async (c) => {
      const sheet = c.workbook.worksheets.getItem("Лист1");
      sheet.getRange("B1:B2").numberFormat = [["@"], ["@"]];
      sheet.getRange("A1:A8").values = [["=1+1"], ["'=1+1"], ["+ОО"], ["-5"], ["@SUM(A1)"], ["0,5"], ["12"], ["01.10.2024"]];
      sheet.getRange("B1:B2").values = [["12"], ["=2+2"]];
      await c.sync();
      sheet.getRange("A1:A2").values = [[null], [""]];
    });
    const col = (a: string) => h.cell("Лист1", a);
    assert.equal(col("A1")?.formula, "=1+1");
    assert.equal(col("A1")?.value, 2, "null leaves a cell unchanged");
    assert.equal(col("A2")?.value, "", "an empty string clears a cell");
    assert.equal(col("A3")?.formula, "=+ОО");
    assert.equal(col("A3")?.value, "#NAME?");
    assert.equal(col("A4")?.value, -5);
    assert.equal(col("A5")?.formula, "=SUM(A1)");
    assert.equal(col("A6")?.value, "0,5");
    assert.equal(col("A7")?.value, 12);
    assert.equal(h.sheetText("Лист1")[7][0], "01.10.2024");
    assert.equal(typeof col("A8")?.value, "number", "a date typed as text becomes a serial");
    assert.equal(col("B1")?.value, "12", "a text-formatted cell keeps digits as text");
    assert.equal(col("B2")?.formula, undefined, "a text-formatted cell keeps «=2+2» as text (KB 141765)");
    assert.equal(col("B2")?.value, "=2+2");
  });

  it("in a text-formatted cell takes a leading apostrophe as a prefix, or keeps it under textCellsKeepApostrophe", async () => {
    for (const [keep, stored] of [[false, "2024-Q3"], [true, "'2024-Q3"]] as const) {
      const standIn = new StandInHandle({ textCellsKeepApostrophe: keep });
      await standIn.run(async (c) => {
        const sheet = c.workbook.worksheets.getItem("Лист1");
        sheet.getRange("A1").numberFormat = [["@"]];
        sheet.getRange("A1:B1").values = [["'2024-Q3", "'2024-Q3"]];
      });
      assert.equal(standIn.cell("Лист1", "A1")?.value, stored);
      assert.equal(standIn.cell("Лист1", "B1")?.value, "2024-Q3", "a General cell always takes it as a prefix");
    }
  });

  it("puts values written over filtered-out rows into the wrong rows, as reported (office-js#224)", async () => {
    await run(async (c) => {
      const sheet = c.workbook.worksheets.getItem("Лист1");
      sheet.getRange("A1:B4").values = [["Отметка", "Дни"], ["Просрочено", 1], ["В срок", 2], ["Просрочено", 3]];
      const t = sheet.tables.add("A1:B4", true);
      t.columns.getItemAt(0).filter.applyValuesFilter(["Просрочено"]);
      const body = t.getDataBodyRange().load("rowHidden");
      await c.sync();
      assert.equal(body.rowHidden, null, "some rows hidden");
      sheet.getRange("B2:B3").values = [[10], [20]];
      await c.sync();
      t.clearFilters();
      body.load("rowHidden");
      await c.sync();
      assert.equal(body.rowHidden, false, "clearFilters shows every row again");
    });
    assert.deepEqual(h.sheetValues("Лист1").map((r) => r[1]), ["Дни", 10, 2, 20], "the second value skipped the hidden row 3");
  });

  it("models a totals row, a switched-off header row and the 1904 date system", async () => {
    const standIn = new StandInHandle({ tablesWithTotalsRow: true, date1904: true });
    await standIn.run(async (c) => {
      const sheet = c.workbook.worksheets.getItem("Лист1");
      sheet.getRange("A1:B1").values = [["Ключ", "Срок"]];
      const t = sheet.tables.add("A1:B1", true);
      t.rows.add(undefined, [["к1", 0], ["к2", 1462]]);
      const date = c.workbook.functions.date(1904, 1, 1).load("value");
      await c.sync();
      assert.equal(date.value, 0, "DATE(1904,1,1) is serial 0 in the 1904 system");
      t.showHeaders = false;
      const header = t.getHeaderRowRange().load("values");
      await assert.rejects(c.sync(), (e) => code(e) === "InvalidOperation", "no header range while it is off");
      void header;
    });
    const values = standIn.sheetValues("Лист1");
    assert.deepEqual(values.map((r) => r[0]), ["", "к1", "к2", "Итог"], "rows added above the totals row; header emptied");
    standIn.sheet("Лист1").touch(1, 1).numberFormat = "dd.mm.yyyy";
    assert.equal(standIn.sheetText("Лист1")[1][1], "01.01.1904");
  });

  it("refuses a request over 5 MB before applying any of it", async () => {
    const big = Array.from({ length: 200 }, () => ["ж".repeat(15_000)]);
    await assert.rejects(
      run(async (c) => {
        c.workbook.worksheets.getItem("Лист1").getRange("A1:A200").values = big;
        await c.sync();
      }),
      (e) => code(e) === "RequestPayloadSizeLimitExceeded",
    );
    assert.deepEqual(h.sheetValues("Лист1"), []);
    assert.ok(h.syncPayloadBytes[0] > 5_000_000);
  });

  it("counts one round trip per non-empty sync, with Excel.run's closing sync", async () => {
    await run(async (c) => {
      await c.sync();
      c.workbook.worksheets.getItem("Лист1").getRange("A1").values = [[1]];
    });
    assert.equal(h.syncCount, 1);
    assert.equal(h.syncPayloadBytes.length, 1);
    assert.ok(h.syncPayloadBytes[0] > 10);
    assert.equal(h.sheetValues("Лист1")[0][0], 1);
  });

  it("makes a table from a header row with one blank body row that rows.add fills", async () => {
    await run(async (c) => {
      const sheet = c.workbook.worksheets.add("Данные");
      sheet.getRange("A1:B1").values = [["Код", "Дата"]];
      const table = sheet.tables.add("A1:B1", true);
      table.name = "Данные";
      table.getDataBodyRange().numberFormat = [["@", "dd.mm.yyyy"]];
      const rows = table.rows.load("count");
      await c.sync();
      assert.equal(rows.count, 1, "Excel keeps one body row");
      table.rows.add(undefined, [["01", 45566], ["02", 45567]]);
    });
    await assert.rejects(
      run(async (c) => {
        c.workbook.tables.getItem("Данные").rows.add(undefined, [["без даты"]]);
      }),
      (e) => code(e) === "InvalidArgument",
    );
    const t = h.tableValues("Данные");
    assert.deepEqual(t.headers, ["Код", "Дата"]);
    assert.deepEqual(t.rows, [["01", 45566], ["02", 45567]], "the blank row was filled, not left above the data");
    assert.equal(h.sheetText("Данные")[2][1], "02.10.2024", "an added row inherits the column's date format");
  });

  it("fails APIs above the configured ExcelApi version and reports it through isSetSupported", async () => {
    const target: Record<string, unknown> = {};
    const old = installExcelStandIn(target, { maxExcelApi: "1.5" });
    const office = target.Office as typeof Office;
    assert.equal(office.context.requirements.isSetSupported("ExcelApi", "1.4"), true);
    assert.equal(office.context.requirements.isSetSupported("ExcelApi", "1.6"), false);
    assert.deepEqual(await office.onReady(), { host: "Excel", platform: "OfficeOnline" });
    await assert.rejects(
      runOf(old)(async (c) => c.workbook.worksheets.getItem("Лист1").freezePanes.freezeRows(1)),
      (e) => code(e) === "ApiNotFound",
    );
    assert.equal(new StandInHandle().supports("1.12"), true);
    assert.equal(new StandInHandle().supports("1.13"), false);
  });

  it("records frozen rows, widths, conditional formats and charts", async () => {
    await run(async (c) => {
      const sheet = c.workbook.worksheets.getItem("Лист1");
      sheet.getRange("A1:B3").values = [["Школа", "Доля"], ["ОО-1", 0.5], ["ОО-2", 0.7]];
      sheet.freezePanes.freezeRows(1);
      sheet.getRange("A1").format.columnWidth = 120;
      const cf = sheet.getRange("A2:A3").conditionalFormats.add("ContainsText");
      cf.textComparison.format.fill.color = "#FFC7CE";
      cf.textComparison.rule = { operator: "Contains", text: "ОО-2" };
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B3"), "Columns");
      chart.title.text = "Доля по школам";
      chart.setPosition("D2", "K16");
    });
    const s = h.sheet("Лист1");
    assert.equal(s.frozenRows, 1);
    assert.equal(s.columnWidths.get(0), 120);
    assert.deepEqual(s.conditionalFormats[0].rule, { operator: "Contains", text: "ОО-2" });
    assert.equal(s.conditionalFormats[0].fill, "#FFC7CE");
    assert.equal(s.charts[0].title, "Доля по школам");
    assert.deepEqual(s.charts[0].position, { startCell: "D2", endCell: "K16" });
  });

  it("refuses a response over 5 MB and delivers none of what that sync loaded", async () => {
    const big = Array.from({ length: 60 }, () => ["ж".repeat(30_000)]);
    for (let i = 0; i < 2; i++) {
      await run(async (c) => {
        c.workbook.worksheets.getItem("Лист1").getRange(`A${i * 60 + 1}:A${i * 60 + 60}`).values = big;
      });
    }
    h.resetCounters();
    await run(async (c) => {
      const sheet = c.workbook.worksheets.getItem("Лист1");
      const all = sheet.getRange("A1:A120").load("values");
      const small = sheet.getRange("B1").load("address");
      await assert.rejects(c.sync(), (e) => code(e) === "ResponsePayloadSizeLimitExceeded");
      assert.throws(() => all.values, (e) => code(e) === "PropertyNotLoaded");
      assert.throws(() => small.address, (e) => code(e) === "PropertyNotLoaded", "nothing of a refused sync is delivered");
      const half = sheet.getRange("A1:A60").load("values");
      await c.sync();
      assert.equal(half.values.length, 60);
    });
    assert.equal(h.refusedResponses, 1);
    assert.equal(h.syncResponseBytes.length, 1);
    assert.ok(h.syncResponseBytes[0] > 3_000_000 && h.syncResponseBytes[0] <= 5_000_000, `${h.syncResponseBytes[0]} bytes`);
  });

  it("guesses series from one range the way Excel does: every column of it becomes a series", async () => {
    await run(async (c) => {
      const sheet = c.workbook.worksheets.getItem("Лист1");
      sheet.getRange("A1:C3").values = [["Школа", "На контроле", "Доля"], ["ОО-1", 4, 0.5], ["ОО-2", 2, 1]];
      sheet.charts.add("BarClustered", sheet.getRange("A1:C3"), "Columns");
    });
    const [chart] = h.charts("Лист1");
    assert.deepEqual(chart.series.map((x) => x.name), ["На контроле", "Доля"]);
    assert.deepEqual(chart.series[1], { name: "Доля", values: [0.5, 1], categories: ["ОО-1", "ОО-2"] });
  });

  it("sets chart series exactly through the ExcelApi 1.7 series API, applied at sync", async () => {
    await run(async (c) => {
      const sheet = c.workbook.worksheets.getItem("Лист1");
      sheet.getRange("A1:D3").values = [["Школа", "На контроле", "Цель", "Район"], ["ОО-1", 4, 75, 70], ["ОО-2", 2, 80, 90]];
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("C2:C3"), "Columns");
      const first = chart.series.getItemAt(0);
      first.name = "Цель";
      first.setXAxisValues(sheet.getRange("A2:A3"));
      const second = chart.series.add("Район");
      second.setValues(sheet.getRange("D2:D3"));
      second.setXAxisValues(sheet.getRange("A2:A3"));
      assert.throws(() => first.name, (e) => code(e) === "PropertyNotLoaded");
      assert.equal(h.sheet("Лист1").charts.length, 0, "nothing happens before sync");
      const all = chart.series.load("items/name");
      await c.sync();
      assert.deepEqual(all.items.map((x) => x.name), ["Цель", "Район"]);
      await assert.rejects(
        (async () => {
          chart.series.getItemAt(5).load("name");
          await c.sync();
        })(),
        (e) => code(e) === "ItemNotFound",
      );
    });
    await assert.rejects(
      run(async (c) => {
        const sheet = c.workbook.worksheets.getItem("Лист1");
        sheet.charts.add("BarClustered", sheet.getRange("B2:B3"), "Columns").series.getItemAt(0).setValues(sheet.getRange("B2:C3"));
      }),
      (e) => code(e) === "InvalidArgument",
      "a 2-D range cannot be one series",
    );
    const [chart] = h.charts("Лист1");
    assert.deepEqual(chart.series, [
      { name: "Цель", values: [75, 80], categories: ["ОО-1", "ОО-2"] },
      { name: "Район", values: [70, 90], categories: ["ОО-1", "ОО-2"] },
    ]);
  });

  it("refuses the chart series API on Excel older than ExcelApi 1.7", async () => {
    const old = new StandInHandle({ maxExcelApi: "1.6" });
    await assert.rejects(
      runOf(old)(async (c) => {
        const sheet = c.workbook.worksheets.getItem("Лист1");
        sheet.getRange("A1:B2").values = [["ОО-1", 1], ["ОО-2", 2]];
        sheet.charts.add("BarClustered", sheet.getRange("B1:B2"), "Columns").series.getItemAt(0).setXAxisValues(sheet.getRange("A1:A2"));
      }),
      (e) => code(e) === "ApiNotFound",
    );
    await assert.rejects(
      runOf(old)(async (c) => {
        const sheet = c.workbook.worksheets.getItem("Лист1");
        sheet.charts.add("BarClustered", sheet.getRange("B1:B2"), "Columns").series.add("Ещё");
      }),
      (e) => code(e) === "ApiNotFound",
    );
  });
});
