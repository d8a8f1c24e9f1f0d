import assert from "node:assert/strict";
import { localNowIso } from "../../src/taskpane/clock";
import { createdMessage, importedMessage, organisationsMessage, reportFilesMessage, saveHint, summaryDocxName } from "../../src/taskpane/result-messages";

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

  it("tells how many school files were made, for whom, and in which archive", () => {
    assert.equal(
      reportFilesMessage(["ОО-01", "ОО-02"], "IV квартал 2024 г.", "Бланки_отчётов_2024-Q4.zip"),
      "Готово: 2 файла за IV квартал 2024 г. в архиве «Бланки_отчётов_2024-Q4.zip» — для ОО-01, ОО-02.",
    );
  });

  it("tells how many organisations were added and updated", () => {
    assert.equal(organisationsMessage(12, 1), "Готово: добавлено 12 организаций, обновлено 1 организация. Проверьте лист «Организации».");
    assert.match(organisationsMessage(0, 0), /ничего не записано/);
  });

  it("names the collegium document and reminds to save in the standalone page only", () => {
    assert.equal(summaryDocxName("2024-Q4"), "Информация о ходе исполнения 2024-Q4.docx");
    assert.equal(saveHint("excel"), "");
    assert.match(saveHint("file"), /«Скачать свод»/);
  });

  it("gives the local clock time in ISO form without a zone", () => {
    assert.equal(localNowIso(new Date(2024, 2, 5, 14, 7, 9)), "2024-03-05T14:07:09");
  });
});
