import assert from "node:assert/strict";
import { createWorkbook } from "../../src/app/create-workbook";
import { WORKBOOK_TABLES } from "../../src/core/workbook/schema";
import { MemoryPort } from "../support/memory-port";

describe("app/create-workbook", () => {
  it("creates every table of the свод with default settings and a journal line", async () => {
    const port = new MemoryPort();
    const r = await createWorkbook(port, "2024-09-02T10:00");
    assert.deepEqual(r.created, WORKBOOK_TABLES.map((t) => t.name));
    assert.equal(port.rows("Настройки").length, 11);
    assert.equal(port.rows("Журнал")[0].action, "Создание свода");
  });
  it("leaves an existing свод and its edited settings alone", async () => {
    const port = new MemoryPort();
    await createWorkbook(port, "2024-09-02T10:00");
    port.rows("Настройки")[0].value = "31.03.2024";
    const r = await createWorkbook(port, "2024-09-03T10:00");
    assert.deepEqual(r.created, []);
    assert.equal(port.rows("Настройки").length, 11);
    assert.equal(port.rows("Настройки")[0].value, "31.03.2024");
  });
});
