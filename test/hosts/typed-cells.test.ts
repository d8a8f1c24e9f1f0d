// The same typed-in cell reads the same in Excel (Office host) and in the standalone page
// and the CLI (file host).
import assert from "node:assert/strict";
import type { ColumnType } from "../../src/core/workbook/schema";
import { DirectivesTable } from "../../src/core/workbook/tables/directives";
import { fromExcel as fromFile, toExcel as toFile } from "../../src/hosts/file/cell-values";
import { fromExcel as fromOffice, toExcel as toOffice } from "../../src/hosts/office/cells";

const TYPED: [string, ColumnType, string | number | null][] = [
  ["1 234,5", "number", 1234.5],
  ["1\u00a0234,5", "number", 1234.5],
  ["75,5", "number", 75.5],
  ["75 %", "number", 75],
  ["1e3", "number", "1e3"],
  ["около 80", "number", "около 80"],
  ["   ", "number", null],
  ["12", "integer", 12],
  ["01.10.2024", "date", "2024-10-01"],
  ["2024-10-01", "date", "2024-10-01"],
  ["01.10.2024 14:30", "date", "2024-10-01"],
  ["до конца года", "date", "до конца года"],
  ["01.10.2024 14:30", "datetime", "2024-10-01T14:30"],
  ["01.10.2024", "datetime", "2024-10-01"],
  ["Да", "text", "Да"],
  ["1 234,5", "text", "1 234,5"],
];

describe("both hosts read a typed-in cell the same", () => {
  for (const [typed, type, expected] of TYPED) {
    it(`«${typed}» in a ${type} column`, () => {
      assert.deepEqual(fromOffice(typed, type), expected, "Office host");
      assert.deepEqual(fromFile(typed, type), expected, "file host");
    });
  }

  it("read ИСТИНА/ЛОЖЬ as booleans, which a yes/no column reads as «да»/«нет»", () => {
    for (const type of ["text", "number"] as ColumnType[]) {
      assert.equal(fromOffice(false, type), false, `Office host, ${type}`);
      assert.equal(fromFile(false, type), false, `file host, ${type}`);
    }
    assert.equal(DirectivesTable.read({ onControl: fromOffice(false, "text") }).onControl, false);
    assert.equal(DirectivesTable.read({ onControl: fromFile(true, "text") }).onControl, true);
  });

  it("write the same typed text as the same number or date", () => {
    assert.equal(toOffice("1 234,5", "number"), 1234.5);
    assert.equal(toFile("1 234,5", "number"), 1234.5);
    assert.equal(toOffice("01.10.2024", "date"), 45566);
    assert.equal(toFile("01.10.2024", "date"), 45566);
    assert.equal(toOffice("01.10.2024 12:00", "datetime"), 45566.5);
    assert.equal(toFile("01.10.2024 12:00", "datetime"), 45566.5);
    assert.equal(toOffice("1e3", "number"), "'1e3", "text, quoted so Excel keeps it text");
    assert.equal(toFile("1e3", "number"), "1e3");
  });
});
