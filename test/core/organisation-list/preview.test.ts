import assert from "node:assert/strict";
import type { Organisation } from "../../../src/core/model";
import { previewList } from "../../../src/core/organisation-list";
import { sheetOf } from "./sheet";

const org = (code: string, shortName: string, over: Partial<Organisation> = {}): Organisation => ({
  code,
  shortName,
  fullName: "",
  type: "ОО",
  groups: [],
  aliases: [],
  email: "",
  head: "",
  ...over,
});

describe("previewing an organisation list against «Организации»", () => {
  it("adds new codes, updates changed ones, leaves unchanged ones out", () => {
    const existing = [org("ОО-01", "МБОУ «СОШ № 1»", { email: "old@zar.ru", head: "Петрова" }), org("ОО-02", "МБОУ «СОШ № 2»")];
    const p = previewList(
      [
        sheetOf([
          ["Код", "Наименование", "Тип", "E-mail"],
          ["оо-01", "МБОУ «СОШ № 1»", "ОО", "new@zar.ru"],
          ["ОО-02", "МБОУ «СОШ № 2»", "ОО", ""],
          ["ОО-03", "МБОУ «СОШ № 3»", "ОО", ""],
        ]),
      ],
      existing,
    );
    assert.deepEqual(p.added, ["ОО-03"]);
    assert.deepEqual(p.updated, ["ОО-01"], "ОО-02 is the same and is not written");
    const updated = p.organisations.find((o) => o.code === "ОО-01")!;
    assert.equal(updated.email, "new@zar.ru");
    assert.equal(updated.head, "Петрова", "what the list leaves empty keeps its value");
  });

  it("keeps the свод's type when the list has none, and notes only the guesses it uses", () => {
    const p = previewList(
      [sheetOf([["Код", "Наименование"], ["ОО-01", "Центр образования № 1 (новое название)"], ["ОО-05", "МБОУ «СОШ № 5»"]])],
      [org("ОО-01", "Центр образования № 1", { type: "ОО" })],
    );
    assert.equal(p.organisations.find((o) => o.code === "ОО-01")!.type, "ОО");
    assert.deepEqual(
      p.problems.map((x) => x.message),
      ["Строка 3 (ОО-05): тип не указан — по названию принят «ОО»."],
    );
  });

  it("points out one code twice, one name under two codes, and near-duplicate names", () => {
    const p = previewList(
      [
        sheetOf([
          ["Код", "Наименование"],
          ["ОО-11", "МБОУ СОШ №1"],
          ["ДОО-05", "Детский сад № 5 \"Солнышко\""],
          ["ДОО-15", "МБДОУ детский сад №5 «Солнышко»"],
          ["ОО-11", "МБОУ СОШ № 11"],
          ["ОО-22", "мбоу «сош № 2»"],
          ["ОО-12", "МБОУ «СОШ № 12»"],
        ]),
      ],
      [org("ОО-01", "МБОУ «СОШ № 1»"), org("ОО-02", "МБОУ «СОШ № 2»")],
    );
    assert.deepEqual(p.duplicates, [
      { message: "Код ОО-11 указан в списке дважды (строки 2 и 5) — взята строка 2.", codes: ["ОО-11"] },
      { message: "Одно и то же название у кодов ОО-22 и ОО-02: мбоу «сош № 2»; ОО-02 уже есть в «Организациях».", codes: ["ОО-22", "ОО-02"] },
    ]);
    assert.deepEqual(p.nearDuplicates, [
      { message: "МБОУ СОШ №1 (ОО-11) и МБОУ «СОШ № 1» (ОО-01) — похоже, одна и та же организация; ОО-01 уже есть в «Организациях».", codes: ["ОО-11", "ОО-01"] },
      {
        message: "Детский сад № 5 \"Солнышко\" (ДОО-05) и МБДОУ детский сад №5 «Солнышко» (ДОО-15) — похоже, одна и та же организация.",
        codes: ["ДОО-05", "ДОО-15"],
      },
    ]);
    assert.ok(p.problems.some((x) => x.line === 5 && /код ОО-11 уже был в строке 2 — строка не взята/.test(x.message)));
    assert.deepEqual(p.added, ["ОО-11", "ДОО-05", "ДОО-15", "ОО-22", "ОО-12"]);
  });

  it("does not compare two rows of the свод that the list does not touch", () => {
    const p = previewList([sheetOf([["Код", "Наименование"], ["ОО-03", "МБОУ «СОШ № 3»"]])], [org("ОО-01", "СОШ № 1"), org("ОО-11", "СОШ №1")]);
    assert.deepEqual(p.nearDuplicates, []);
    assert.deepEqual(p.duplicates, []);
  });

  it("merges other names and replaces groups the list gives", () => {
    const p = previewList(
      [sheetOf([["Код", "Наименование", "Группы", "Другие названия"], ["ОО-01", "МБОУ «СОШ № 1»", "опорные школы", "Первая школа"]])],
      [org("ОО-01", "МБОУ «СОШ № 1»", { groups: ["школы города"], aliases: ["СОШ 1"] })],
    );
    assert.deepEqual(p.organisations[0].groups, ["опорные школы"]);
    assert.deepEqual(p.organisations[0].aliases, ["СОШ 1", "Первая школа"]);
  });
});
