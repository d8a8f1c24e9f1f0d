// The pure parts of the Office host: value conversion, header matching, chunking, write plans.
import assert from "node:assert/strict";
import { DIRECTIVES } from "../../../src/core/workbook/schema";
import { fromExcel, textForExcel, toExcel } from "../../../src/hosts/office/cells";
import { a1, headerKey, locateColumns, numberFormatFor } from "../../../src/hosts/office/layout";
import { jsonBytes, packChunks, sliceRows } from "../../../src/hosts/office/payload";
import { firstWindowRows, GUESS_BYTES_PER_CELL, isPayloadLimitError, planReadChunks, READ_BUDGET_BYTES, splitRefused } from "../../../src/hosts/office/read-plan";
import { chartSize, planSheet } from "../../../src/hosts/office/sheet-layout";
import { planTableWrite, runs } from "../../../src/hosts/office/table-writes";

describe("Office host planning", () => {
  it("converts values both ways: serial dates, text plain in text columns and quoted elsewhere, empty as null", () => {
    assert.equal(toExcel("2024-10-01", "date"), 45566);
    assert.equal(toExcel("2024-10-01", "date", true), 45566 - 1462, "1904 date system");
    assert.equal(fromExcel(45566 - 1462, "date", true), "2024-10-01");
    assert.equal(toExcel("в течение года", "date"), "в течение года");
    assert.equal(toExcel("01.10.2024 или позже", "number"), "'01.10.2024 или позже");
    assert.equal(toExcel("1.1 раза", "number"), "'1.1 раза", "a General cell would take it for a number: quoted");
    assert.equal(toExcel("75,5", "number"), 75.5);
    assert.equal(toExcel("=HYPERLINK(\"x\")", "text"), "=HYPERLINK(\"x\")", "a text column (format @) takes it as text: no apostrophe");
    assert.equal(toExcel("1.1", "text"), "1.1");
    assert.equal(toExcel("2024-Q3", "text"), "2024-Q3");
    assert.equal(toExcel("Обеспечить участие", "longtext"), "Обеспечить участие");
    assert.equal(toExcel(null, "text"), "");
    assert.equal(textForExcel("'уже с апострофом"), "''уже с апострофом");
    assert.equal(fromExcel(45566, "date"), "2024-10-01");
    assert.equal(fromExcel("01.10.2024", "date"), "2024-10-01");
    assert.equal(fromExcel(45566.5, "datetime"), "2024-10-01T12:00");
    assert.equal(fromExcel(12, "text"), "12");
    assert.equal(fromExcel("", "number"), null);
    assert.equal(numberFormatFor("date"), "dd.mm.yyyy");
  });

  it("matches headers regardless of case, spaces and ё", () => {
    assert.equal(headerKey("  Срок  продлён до "), headerKey("срок продлен до"));
    const headers = DIRECTIVES.columns.map((c) => c.header.toUpperCase()).reverse();
    const { positions, missing } = locateColumns(DIRECTIVES, headers.slice(0, -1));
    assert.equal(positions.get(DIRECTIVES.columns[DIRECTIVES.columns.length - 1].id), 0);
    assert.deepEqual(missing, ["key"]);
    assert.equal(a1(0, 27, 2, 2), "AB1:AC2");
  });

  it("measures UTF-8 JSON and packs chunks under the budget", () => {
    assert.equal(jsonBytes(["ж"]), 6);
    const chunks = packChunks([{ bytes: 60 }, { bytes: 50 }, { bytes: 40 }, { bytes: 200 }], 100);
    assert.deepEqual(chunks.map((c) => c.length), [1, 2, 1]);
    const slices = sliceRows(Array.from({ length: 10 }, () => ["x".repeat(100)]), 350);
    assert.ok(slices.length > 1);
    assert.equal(slices.reduce((n, s) => n + s.rows.length, 0), 10);
  });

  it("plans one range per run of changed rows and block of columns, and rows.add for new rows", () => {
    assert.deepEqual(runs([1, 2, 3, 7, 8]), [{ start: 1, length: 3 }, { start: 7, length: 2 }]);
    const rows = Array.from({ length: 6 }, (_, i) => ({ key: `k${i}`, status: "Новый", note: null }));
    const positions = new Map([["key", 0], ["status", 1], ["note", 3]]);
    const ops = planTableWrite(
      { table: DIRECTIVES, rows, columns: ["key", "status", "note"], changed: [0, 1, 3] },
      { headerRow: 0, firstColumn: 0, width: 5, existingRows: 4, blankPlaceholder: false, positions },
    );
    const sets = ops.filter((o) => o.kind === "set");
    assert.deepEqual(sets.map((o) => (o.kind === "set" ? [o.row, o.col, o.values.length, o.values[0].length] : [])), [
      [1, 0, 2, 2],
      [1, 3, 2, 1],
      [4, 0, 1, 2],
      [4, 3, 1, 1],
    ]);
    const appended = ops.filter((o) => o.kind === "append");
    assert.equal(appended.length, 1);
    assert.deepEqual(appended[0].values, [["k4", "Новый", "", "", ""], ["k5", "Новый", "", "", ""]]);
  });

  it("lays out a summary sheet with each chart on empty rows below its block, series by header", () => {
    const plan = planSheet(
      {
        name: "Сводка",
        title: "Сводка",
        blocks: [
          {
            title: "А",
            headers: ["Школа", "На контроле", "Доля"],
            types: ["text", "integer", "percent"],
            rows: [["ОО-1", 4, 0.5], ["ОО-2", 2, 1]],
            chart: { kind: "bar", title: "Доля в срок", series: [2] },
          },
          {
            title: "Б",
            headers: ["Показатель", "Цель", "Район"],
            types: ["text", "number", "number"],
            rows: [["Охват", 75, 70]],
            chart: { kind: "column", title: "Цель и район", series: [1, 2, 2, 0, 9] },
          },
        ],
      },
      true,
    );
    assert.equal(plan.charts.length, 2);
    const [bar, column] = plan.charts;
    assert.deepEqual(bar.series, [{ name: "Доля", values: "C5:C6" }], "only the requested column, not B");
    assert.equal(bar.categories, "A5:A6");
    assert.equal(bar.anchor, "A8", "one blank row under the block's last row (6)");
    assert.equal(bar.legend, false);
    assert.deepEqual(column.series, [{ name: "Цель", values: "B27" }, { name: "Район", values: "C27" }], "column 0 and unknown columns are no series; repeats count once");
    assert.equal(column.categories, "A27");
    assert.equal(column.legend, true);
    // The second block starts below the rows kept for the first chart.
    const secondTitle = plan.cells.find((c) => c.values[0][0] === "Б")!;
    const titleRow = Number(secondTitle.address.slice(1));
    assert.ok(titleRow > 8 + bar.height / 15, `block «Б» at row ${titleRow} is under the chart`);
    assert.deepEqual(plan.formats[0], { address: "A5:C6", formats: [["@", "0", "0.0%"], ["@", "0", "0.0%"]] });
    assert.equal(planSheet({ name: "С", title: "С", blocks: [] }, false).charts.length, 0);
  });

  it("plans no chart without the series API, and keeps the blocks together", () => {
    const block = { title: "А", headers: ["Школа", "Доля"], types: ["text" as const, "percent" as const], rows: [["ОО-1", 0.5] as (string | number)[]], chart: { kind: "bar" as const, title: "Доля", series: [1] } };
    const plan = planSheet({ name: "С", title: "С", blocks: [block, { ...block, title: "Б" }] }, false);
    assert.equal(plan.charts.length, 0);
    assert.equal(plan.cells.find((c) => c.values[0][0] === "Б")!.address, "A7");
    const nothingYet = planSheet({ name: "С", title: "С", blocks: [{ ...block, rows: [["ОО-1", null], ["ОО-2", null]] }] }, true);
    assert.equal(nothingYet.charts.length, 0, "no empty chart before any school has reported");
  });

  it("sizes bar charts by categories and column charts by points", () => {
    assert.ok(chartSize("bar", 40, 1).height > chartSize("bar", 4, 1).height);
    assert.ok(chartSize("bar", 400, 1).height <= 640, "a huge district still gets a chart of sane size");
    assert.ok(chartSize("column", 10, 2).width > chartSize("column", 2, 2).width);
  });

  it("plans reads: a first window covering an ordinary свод, chunks of ~4 MB after it", () => {
    const widths = [21, 14, 8, 9, 11, 7, 3];
    assert.ok(firstWindowRows(widths) >= 2500, "a check over 2,500 reports reads in one sync");
    assert.ok(firstWindowRows(widths) * 73 * GUESS_BYTES_PER_CELL <= READ_BUDGET_BYTES);
    const chunks = planReadChunks([
      { rows: 100, read: 100, bytesPerRow: 500 },
      { rows: 10_000, read: 32, bytesPerRow: 1_000 },
    ]);
    assert.ok(chunks.every((c) => c.table === 1 && c.bytes <= READ_BUDGET_BYTES));
    assert.equal(chunks[0].start, 32);
    assert.equal(chunks.reduce((n, c) => n + c.rows, 0), 10_000 - 32, "every row not yet read, once");
    assert.equal(chunks.length, 3);
    const halves = splitRefused([{ table: 0, start: 10, rows: 5, bytes: 3_000_000 }, { table: 1, start: 7, rows: 1, bytes: 3_000_000 }]);
    assert.deepEqual(halves.map((c) => [c.start, c.rows, c.bytes]), [[10, 3, 3_000_000], [13, 2, 3_000_000], [7, 1, 6_000_000]]);
    assert.equal(packChunks(halves, READ_BUDGET_BYTES).length, 3, "refused chunks go into separate syncs");
    assert.equal(isPayloadLimitError({ code: "ResponsePayloadSizeLimitExceeded" }), true);
    assert.equal(isPayloadLimitError({ code: "ItemNotFound" }), false);
  });
});
