import assert from "node:assert/strict";
import { createWorkbook } from "../../src/app/create-workbook";
import { readSettings, SETTING_NAMES } from "../../src/app/settings";
import { updateSettings } from "../../src/app/update-settings";
import { MemoryPort } from "../support/memory-port";

describe("app/update-settings", () => {
  it("sets the report date and period and keeps the other settings", async () => {
    const port = new MemoryPort();
    await createWorkbook(port, "2024-09-02T10:00");
    port.rows("Настройки").find((r) => r.name === SETTING_NAMES.warningDays)!.value = "7";
    await updateSettings(port, { asOf: "31.12.2024", currentPeriod: "2024-Q4" }, "2024-09-02");
    const { settings } = readSettings(port.rows("Настройки"));
    assert.equal(settings.asOf, "2024-12-31");
    assert.equal(settings.currentPeriod, "2024-Q4");
    assert.equal(settings.warningDays, 7);
  });
  it("restores a settings row the user deleted", async () => {
    const port = new MemoryPort();
    await createWorkbook(port, "2024-09-02T10:00");
    port.tables.set("Настройки", port.rows("Настройки").filter((r) => r.name !== SETTING_NAMES.currentPeriod));
    await updateSettings(port, { currentPeriod: "2025-Q1" }, "2024-09-02");
    assert.equal(readSettings(port.rows("Настройки")).settings.currentPeriod, "2025-Q1");
    assert.equal(port.rows("Настройки").length, 11);
  });
});
