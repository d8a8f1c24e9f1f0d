// One command, one read of «Настройки»: the check reads it with everything else, and storing
// her choice of date there afterwards works on what the check read.
import assert from "node:assert/strict";
import { createWorkbook } from "../../src/app/create-workbook";
import { runCheck } from "../../src/app/check";
import { SETTING_NAMES } from "../../src/core/settings";
import { SETTINGS } from "../../src/core/workbook/schema";
import { storeChoiceOn } from "../../src/taskpane/workbook-settings";
import { countingPort } from "../support/counting-port";
import { MemoryPort } from "../support/memory-port";

const NOW = "2024-11-20T09:00:00";
const TODAY = NOW.slice(0, 10);

async function svod() {
  const memory = new MemoryPort();
  await createWorkbook(memory, NOW);
  return { memory, ...countingPort(memory) };
}

describe("«Настройки» read once per «Проверить»", () => {
  it("reads it once when the chosen date is stored, and the pane learns the stored date without reading", async () => {
    const { memory, port, reads } = await svod();
    const result = await runCheck(port, "2024-10-01", NOW);
    const stored = await storeChoiceOn(port, result.settingsRows, { asOf: "2024-10-01" }, TODAY);
    assert.equal(reads.readsOf(SETTINGS), 1, JSON.stringify(reads.calls));
    assert.equal(stored.written, true);
    assert.equal(stored.settings.asOf, "2024-10-01");
    const row = memory.tables.get(SETTINGS.name)!.find((r) => r.name === SETTING_NAMES.asOf);
    assert.equal(row?.value, "01.10.2024");
  });

  it("reads it once when «Настройки» already says the chosen date", async () => {
    const { port, reads } = await svod();
    const result = await runCheck(port, TODAY, NOW);
    const stored = await storeChoiceOn(port, result.settingsRows, { asOf: TODAY }, TODAY);
    assert.equal(stored.written, false, "today is written as an empty value, which it already is");
    assert.equal(reads.readsOf(SETTINGS), 1);
  });
});
