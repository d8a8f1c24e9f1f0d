import assert from "node:assert/strict";
import { assertShape, mapColumns, shapeProblems, WorkbookShapeError } from "../../../src/core/workbook/shape";
import { DIRECTIVES, ORGANISATIONS, REPORTS, type TableSchema } from "../../../src/core/workbook/schema";

const headers = (schema: TableSchema, renamed: Record<number, string> = {}) => schema.columns.map((c, i) => renamed[i] ?? c.header);

describe("core/workbook/shape", () => {
  it("recognises a renamed key header by its place between its neighbours", () => {
    const orgs = mapColumns(ORGANISATIONS, headers(ORGANISATIONS, { 0: "Код организации" }));
    assert.equal(orgs.positions.get("code"), 0);
    assert.equal(orgs.renamedKeys.get("code"), "Код организации");
    assert.ok(!orgs.missing.includes("code"));
    const reports = mapColumns(REPORTS, headers(REPORTS, { 1: "Школа" }));
    assert.equal(reports.positions.get("orgCode"), 1);
    const rows = [{ code: "ОО-01" }, { code: "ОО-02" }];
    assert.deepEqual(shapeProblems(ORGANISATIONS, { kind: "table", columns: orgs, rows }), []);
  });

  it("names the header to restore when the place does not tell: neighbour renamed too, or the column moved", () => {
    const both = mapColumns(DIRECTIVES, headers(DIRECTIVES, { 0: "Номер", 1: "Решение" }));
    assert.ok(both.missing.includes("key"));
    const problems = shapeProblems(DIRECTIVES, { kind: "table", columns: both, rows: [] });
    assert.equal(problems.length, 1);
    assert.match(problems[0], /^В таблице «Поручения» нет столбца «Ключ»: верните заголовок «Ключ»/);

    const moved = [...ORGANISATIONS.columns.slice(1).map((c) => c.header), "Код организации"];
    const map = mapColumns(ORGANISATIONS, moved);
    assert.ok(map.missing.includes("code"));
    assert.match(shapeProblems(ORGANISATIONS, { kind: "table", columns: map, rows: [] })[0], /нет столбца «Код»: верните заголовок «Код»/);
  });

  it("does not take a column for the key when its values are blank or repeated", () => {
    const map = mapColumns(ORGANISATIONS, headers(ORGANISATIONS, { 0: "Мой столбец" }));
    const rows = [{ code: "да", shortName: "Школа 1" }, { code: "да", shortName: "Школа 2" }];
    const [problem] = shapeProblems(ORGANISATIONS, { kind: "table", columns: map, rows });
    assert.match(problem, /нет столбца «Код»: на его месте столбец «Мой столбец», но в нём есть пустые или повторяющиеся значения/);
    const blank = [{ code: null, shortName: "Школа 1" }];
    assert.equal(shapeProblems(ORGANISATIONS, { kind: "table", columns: map, rows: blank }).length, 1);
  });

  it("a sheet named like the table without the table stops the command; a table never made does not", () => {
    const [problem] = shapeProblems(DIRECTIVES, { kind: "sheet without table" });
    assert.match(problem, /На листе «Поручения» нет таблицы «Поручения»: похоже, её преобразовали в обычный диапазон или удалили/);
    assert.deepEqual(shapeProblems(DIRECTIVES, { kind: "absent" }), []);
    assert.throws(
      () => assertShape([[DIRECTIVES, { kind: "sheet without table" }], [ORGANISATIONS, { kind: "absent" }]]),
      (e: unknown) => e instanceof WorkbookShapeError && e.problems.length === 1 && /Команда остановлена: в своде ничего не изменено\.$/.test(e.message),
    );
  });

  it("an intact table has no problem, whatever columns she added or moved", () => {
    const shuffled = ["Моя заметка", ...headers(ORGANISATIONS).reverse()];
    const map = mapColumns(ORGANISATIONS, shuffled);
    assert.deepEqual(map.missing, []);
    assert.deepEqual(shapeProblems(ORGANISATIONS, { kind: "table", columns: map, rows: [{ code: "ОО-01" }, { code: "ОО-01" }] }), []);
  });
});
