import assert from "node:assert/strict";
import { userMessage, UserFacingError } from "../../src/taskpane/user-message";

describe("taskpane/user-message", () => {
  it("shows Svodka's own Russian errors as they are", () => {
    assert.equal(userMessage(new Error("Файл не похож на книгу Excel (.xlsx).")), "Файл не похож на книгу Excel (.xlsx).");
    assert.equal(userMessage(new UserFacingError("Вставьте текст.")), "Вставьте текст.");
  });

  it("explains Excel error codes in Russian", () => {
    const e = Object.assign(new Error("The operation cannot be performed in cell-edit mode."), { code: "InvalidOperationInCellEditMode" });
    assert.match(userMessage(e), /^Excel занят редактированием ячейки/);
  });

  it("wraps foreign errors in a Russian sentence that keeps the original for support", () => {
    const msg = userMessage(Object.assign(new Error("Something odd"), { code: "GeneralException" }));
    assert.match(msg, /^Не удалось выполнить действие/);
    assert.match(msg, /GeneralException: Something odd/);
    assert.match(userMessage(new TypeError("Failed to fetch dynamically imported module")), /подключение к сети/);
    assert.match(userMessage(undefined), /^Не удалось выполнить действие из-за непредвиденной ошибки\. /);
  });
});
