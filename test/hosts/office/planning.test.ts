// The pure parts of the Office host: value conversion, header matching, chunking, write plans.
import assert from "node:assert/strict";
import { DIRECTIVES } from "../../../src/core/workbook/schema";
import { fromExcel, textForExcel, toExcel } from "../../../src/hosts/office/cells";
import { a1, headerKey, locateColumns, numberFormatFor } from "../../../src/hosts/office/layout";
import { jsonBytes, packChunks, sliceRows } from "../../../src/hosts/office/payload";
import { planSheet } from "../../../src/hosts/office/sheet-layout";
import { planTableWrite, runs } from "../../../src/hosts/office/table-writes";

describe("Office host planning", () => {
  it("converts values both ways: serial dates, quoted text, empty as null", () => {
    assert.equal(toExcel("2024-10-01", "date"), 45566);
    assert.equal(toExcel("в течение года", "date"), "в течение года");
    assert.equal(toExcel("75,5", "number"), 75.5);
    assert.equal(toExcel("=HYPERLINK(\"x\")", "text"), "'=HYPERLINK(\"x\")");
    assert.equal(toExcel("1.1", "text"), "'1.1");
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
    assert.equal(positions.get("note"), 0);
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

  it("lays out a summary sheet with charts beside the blocks", () => {
    const plan = planSheet(
      {
        name: "Сводка",
        title: "Сводка",
        blocks: [
          { title: "А", headers: ["Школа", "Доля"], types: ["text", "percent"], rows: [["ОО-1", 0.5]], chart: { kind: "column", title: "Доля", series: [1] } },
          { title: "Б", headers: ["Школа", "Доля"], types: ["text", "percent"], rows: [["ОО-2", 0.7]], chart: { kind: "bar", title: "Доля", series: [1] } },
        ],
      },
      true,
    );
    assert.equal(plan.charts.length, 2);
    assert.equal(plan.charts[0].from, "D3");
    assert.notEqual(plan.charts[1].from, plan.charts[0].from, "charts do not overlap");
    assert.deepEqual(plan.formats[0], { address: "A5:B5", formats: [["@", "0.0%"]] });
    assert.equal(planSheet({ name: "С", title: "С", blocks: [] }, false).charts.length, 0);
  });
});
