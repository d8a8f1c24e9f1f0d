import assert from "node:assert/strict";
import { comparableName, nameKey, nearSameName } from "../../../src/core/organisation-list/names";

describe("organisation names compared", () => {
  it("drops quotes, «№», case, legal forms and spaces", () => {
    assert.equal(comparableName("МБОУ «СОШ № 1»"), comparableName("МБОУ СОШ №1"));
    assert.equal(comparableName("МОУ СОШ N1"), "сош 1");
    assert.equal(comparableName("МКОУ \"СОШ№1\""), "сош 1");
    assert.equal(comparableName("Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 1»"), "сош 1");
    assert.equal(comparableName("Детский сад № 5 \"Солнышко\""), comparableName("МБДОУ детский сад №5 «Солнышко»"));
    assert.equal(comparableName("МБУ ДО «Дом детского творчества»"), "ддт");
  });

  it("takes one school written twice for one, and two schools for two", () => {
    assert.ok(nearSameName("МБОУ «СОШ № 1»", "МБОУ СОШ №1"));
    assert.ok(nearSameName("Детский сад № 5 \"Солнышко\"", "МБДОУ детский сад №5 «Солнышко»"));
    assert.ok(nearSameName("Гимназия № 2 им. А. С. Пушкина", "Гимназия № 2 им. А.С. Пушкина"));
    assert.ok(nearSameName("МБОУ «Лицей № 3»", "МАОУ Лицеей №3"), "a typo");
    assert.ok(!nearSameName("МБОУ «СОШ № 1»", "МБОУ «СОШ № 11»"), "other number");
    assert.ok(!nearSameName("МБОУ «СОШ № 1»", "МБОУ «ООШ № 1»"), "средняя vs основная");
    assert.ok(!nearSameName("Гимназия № 1", "Лицей № 1"));
    assert.ok(!nearSameName("Детский сад «Солнышко»", "Детский сад «Ромашка»"));
  });

  it("«the same name» means the same words, whatever the case and quote style", () => {
    assert.equal(nameKey("МБОУ «СОШ  № 1»"), nameKey("мбоу \"сош № 1\""));
    assert.notEqual(nameKey("МБОУ «СОШ № 1»"), nameKey("МБОУ СОШ №1"));
  });
  it("does not take two organisations of one district for one because of the district's name", () => {
    assert.equal(
      nearSameName(
        "Муниципальное казённое учреждение «Информационно-методический центр» Заречного муниципального района",
        "Муниципальное бюджетное учреждение дополнительного образования «Дом детского творчества» Заречного муниципального района",
      ),
      false,
    );
    assert.equal(nearSameName("МБДОУ «Детский сад «Солнышко» Заречного района", "Детский сад «Солнышка» Заречного района"), true);
  });
});
