import assert from "node:assert/strict";
import type { Organisation } from "../../../src/core/model";
import { previewList } from "../../../src/core/organisation-list";
import { codeRanges } from "../../../src/core/organisation-list/codes";
import { sheetOf } from "./sheet";

const org = (code: string, shortName: string, type: Organisation["type"] = "ОО"): Organisation => ({
  code,
  shortName,
  fullName: "",
  type,
  groups: [],
  aliases: [],
  email: "",
  head: "",
});

const names = (...list: string[]) => [sheetOf(list.map((n) => [n]))];

describe("an organisation list of names alone (no codes)", () => {
  it("gives every school of a new свод a code by type, in the order of the list", () => {
    const p = previewList(names("МБОУ «СОШ № 1»", "МБОУ «Гимназия № 2»", "МБДОУ детский сад № 5 «Солнышко»", "МБУ ДО «Дом детского творчества»", "МБОУ «СОШ № 3»"), []);
    assert.deepEqual(p.added, ["ОО-01", "ОО-02", "ДОО-01", "УДО-01", "ОО-03"]);
    assert.deepEqual(
      p.organisations.map((o) => [o.code, o.shortName, o.type]),
      [
        ["ОО-01", "МБОУ «СОШ № 1»", "ОО"],
        ["ОО-02", "МБОУ «Гимназия № 2»", "ОО"],
        ["ДОО-01", "МБДОУ детский сад № 5 «Солнышко»", "ДОО"],
        ["УДО-01", "МБУ ДО «Дом детского творчества»", "УДО"],
        ["ОО-03", "МБОУ «СОШ № 3»", "ОО"],
      ],
    );
    assert.deepEqual(p.givenCodes.map((g) => `${g.code} ${g.name}`)[0], "ОО-01 МБОУ «СОШ № 1»");
    assert.ok(!p.problems.some((x) => x.refused), "no row is refused for a missing name or code");
    assert.match(p.problems[0].message, /Кодов в списке нет/);
  });

  it("continues after the highest code of the type and finds schools already there by name", () => {
    const existing = [org("ОО-01", "МБОУ «СОШ № 1»"), org("ОО-07", "МБОУ «СОШ № 7»"), org("ДОО-03", "МБДОУ д/с № 3", "ДОО")];
    const p = previewList([sheetOf([["Наименование"], ["МБОУ СОШ №1"], ["МБОУ «СОШ № 7»"], ["МБОУ «СОШ № 9»"], ["МБДОУ детский сад № 4"]])], existing);
    assert.deepEqual(p.added, ["ОО-08", "ДОО-04"]);
    assert.deepEqual(
      p.matchedByName.map((m) => [m.name, m.code, m.near]),
      [
        ["МБОУ СОШ №1", "ОО-01", true],
        ["МБОУ «СОШ № 7»", "ОО-07", false],
      ],
    );
    const first = p.organisations.find((o) => o.code === "ОО-01");
    assert.equal(first?.shortName, "МБОУ «СОШ № 1»", "the свод keeps its own name");
    assert.deepEqual(first?.aliases, ["МБОУ СОШ №1"], "the list's spelling is kept as another name");
  });

  it("gives the same codes for the same list, and a repeated name is refused as a repeat", () => {
    const list = names("СОШ № 1", "СОШ № 2", "СОШ № 1");
    const a = previewList(list, []);
    const b = previewList(list, []);
    assert.deepEqual(a.added, ["ОО-01", "ОО-02"]);
    assert.deepEqual(b.added, a.added);
    assert.deepEqual(
      a.problems.filter((x) => x.refused).map((x) => x.message),
      ["Строка 3: организация СОШ № 1 уже была в строке 1 — строка не взята."],
    );
  });

  it("still reads a list of codes without a header by the default order", () => {
    const p = previewList([sheetOf([["ОО-05", "СОШ № 5"], ["ОО-06", "СОШ № 6"]])], []);
    assert.deepEqual(p.added, ["ОО-05", "ОО-06"]);
    assert.deepEqual(p.givenCodes, []);
  });

  it("writes runs of codes shortly", () => {
    assert.equal(codeRanges(["ОО-01", "ОО-02", "ОО-03", "ДОО-01", "ДОО-02", "УДО-05"]), "ОО-01…ОО-03, ДОО-01, ДОО-02, УДО-05");
  });
});
