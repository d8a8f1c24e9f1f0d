import assert from "node:assert/strict";
import { guessOrgType, readOrgType } from "../../../src/core/organisation-list/org-type";

describe("organisation types", () => {
  it("guesses the type from the name", () => {
    const cases: [string, string | null][] = [
      ["МБОУ «СОШ № 1»", "ОО"],
      ["Гимназия № 2", "ОО"],
      ["МАОУ «Лицей № 3»", "ОО"],
      ["Центр образования № 5", "ОО"],
      ["МБОУ «Начальная школа – детский сад № 4»", "ОО"],
      ["МБДОУ «Детский сад № 5 «Солнышко»»", "ДОО"],
      ["МКДОУ д/с № 7", "ДОО"],
      ["МБУ ДО «Дом детского творчества»", "УДО"],
      ["ДЮСШ «Олимп»", "УДО"],
      ["МБОУ ДО «Детская школа искусств»", "УДО"],
      ["Учреждение дополнительного образования «Радуга»", "УДО"],
      ["МКУ «Информационно-методический центр»", "МКУ"],
      ["Центр психолого-педагогической помощи", "МКУ"],
      ["Управление образования администрации Заречного района", "УО"],
      ["Отдел образования", "УО"],
      ["ООО «Ромашка»", null],
    ];
    for (const [name, type] of cases) assert.equal(guessOrgType(name), type, name);
  });

  it("reads what a «Тип» column says, in codes or words", () => {
    assert.equal(readOrgType("оо"), "ОО");
    assert.equal(readOrgType("ДОУ"), "ДОО");
    assert.equal(readOrgType("школа"), "ОО");
    assert.equal(readOrgType("Дошкольная"), "ДОО");
    assert.equal(readOrgType("доп. образование"), "УДО");
    assert.equal(readOrgType("М.К.У."), "МКУ");
    assert.equal(readOrgType("Управление"), "УО");
    assert.equal(readOrgType("колледж"), null);
    assert.equal(readOrgType(""), null);
  });
});
