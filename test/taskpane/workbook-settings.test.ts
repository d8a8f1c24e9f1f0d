import assert from "node:assert/strict";
import { readSettings, SETTING_NAMES } from "../../src/app/settings";
import { createWorkbook } from "../../src/app/create-workbook";
import { SETTINGS } from "../../src/core/workbook/schema";
import { NO_SETTINGS, readPaneSettings, settingsPatch, storeChoice } from "../../src/taskpane/workbook-settings";
import { MemoryPort } from "../support/memory-port";

const TODAY = "2024-11-20";

async function svod(): Promise<MemoryPort> {
  const port = new MemoryPort();
  await createWorkbook(port, `${TODAY}T09:00:00`);
  return port;
}

const value = (port: MemoryPort, name: string) => port.tables.get(SETTINGS.name)!.find((r) => r.name === name)?.value;

describe("taskpane/workbook-settings", () => {
  it("reads the collection period and the report date the pane starts from", async () => {
    const port = await svod();
    assert.deepEqual(await readPaneSettings(port), { currentPeriod: "2024-Q4", asOf: null, problems: [], present: true });
    assert.deepEqual(await readPaneSettings(new MemoryPort()), NO_SETTINGS);
  });

  it("writes the chosen period and report date back, ДД.ММ.ГГГГ, only when they differ", async () => {
    const port = await svod();
    assert.equal(await storeChoice(port, { period: "2024-Q3", asOf: "2024-10-01" }, TODAY), true);
    assert.equal(value(port, SETTING_NAMES.currentPeriod), "2024-Q3");
    assert.equal(value(port, SETTING_NAMES.asOf), "01.10.2024");
    assert.deepEqual(readSettings(port.tables.get(SETTINGS.name)!).problems, []);
    const writes = port.calls.write;
    assert.equal(await storeChoice(port, { period: "2024-Q3", asOf: "2024-10-01" }, TODAY), false);
    assert.equal(port.calls.write, writes, "nothing written when nothing changed");
  });

  it("keeps today as an empty date, so the next day's check is not stuck on it", async () => {
    const port = await svod();
    await storeChoice(port, { asOf: "2024-10-01" }, TODAY);
    await storeChoice(port, { asOf: TODAY }, TODAY);
    assert.equal(value(port, SETTING_NAMES.asOf), null);
    assert.equal(settingsPatch({ ...NO_SETTINGS, present: true }, { asOf: TODAY }, TODAY), null);
  });

  it("does nothing in a book without «Настройки»", async () => {
    const port = new MemoryPort();
    assert.equal(await storeChoice(port, { period: "2024-Q3" }, TODAY), false);
    assert.equal(port.tables.size, 0);
  });
});
