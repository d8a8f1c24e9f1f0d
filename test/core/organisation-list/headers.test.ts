import assert from "node:assert/strict";
import { locateHeader, readHeaderRow } from "../../../src/core/organisation-list/headers";
import { sheetOf } from "./sheet";

describe("organisation list headers", () => {
  it("knows the synonyms a methodologist types", () => {
    const h = readHeaderRow(["Код ОО", "Наименование", "Полное наименование", "Вид", "Группа", "Другие названия", "E-mail", "Директор"]);
    assert.deepEqual(h?.columns, { code: 0, shortName: 1, fullName: 2, type: 3, groups: 4, aliases: 5, email: 6, head: 7 });
    assert.equal(readHeaderRow(["код", "краткое наименование", "эл. почта"])?.columns.email, 2);
    assert.equal(readHeaderRow(["Шифр", "Название", "Адрес электронной почты"])?.columns.email, 2);
    assert.equal(readHeaderRow(["Код", "Организация", "email"])?.columns.email, 2);
    assert.equal(readHeaderRow(["Код", "Организация", "Руководитель"])?.columns.head, 2);
  });

  it("reads a plain «Наименование» as the full name when a short-name column is there too", () => {
    const h = readHeaderRow(["Краткое наименование", "Наименование", "Код"]);
    assert.deepEqual(h?.columns, { shortName: 0, fullName: 1, code: 2 });
  });

  it("lists header cells it does not know, and refuses rows that name fewer than two columns", () => {
    const h = readHeaderRow(["Код", "Наименование", "Телефон"]);
    assert.deepEqual(h?.unknown, [{ text: "Телефон", col: 2 }]);
    assert.equal(readHeaderRow(["ОО-01", "МБОУ «СОШ № 1»", "ОО"]), null, "a data row is not a header");
    assert.equal(readHeaderRow(["Список организаций"]), null);
  });

  it("finds the header under a title and blank rows", () => {
    const sheet = sheetOf([["Список организаций Заречного района"], [], ["", "Тип", "Код", "Наименование"], ["", "ОО", "ОО-01", "МБОУ «СОШ № 1»"]]);
    const h = locateHeader(sheet);
    assert.equal(h?.row, 2);
    assert.deepEqual(h?.columns, { type: 1, code: 2, shortName: 3 });
  });
});
