import assert from "node:assert/strict";
import { localNowIso } from "../../src/taskpane/clock";
import { createdMessage, importedMessage } from "../../src/taskpane/result-messages";

describe("taskpane/result-messages and clock", () => {
  it("tells which sheets «Создать свод» added, or that nothing was needed", () => {
    assert.equal(createdMessage(["Документы", "Поручения"]), "Свод готов. Добавлены листы: «Документы», «Поручения».");
    assert.match(createdMessage([]), /уже готов/);
  });

  it("tells how many directives the import added and updated", () => {
    assert.equal(importedMessage(23, 0), "Готово: добавлено 23 поручения. Проверьте лист «Поручения».");
    assert.equal(importedMessage(1, 2, 1), "Готово: добавлено 1 поручение, обновлено 2 поручения, отмечено исключёнными 1. Проверьте лист «Поручения».");
    assert.match(importedMessage(0, 0), /ничего не записано/);
  });

  it("gives the local clock time in ISO form without a zone", () => {
    assert.equal(localNowIso(new Date(2024, 2, 5, 14, 7, 9)), "2024-03-05T14:07:09");
  });
});
