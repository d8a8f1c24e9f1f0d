import assert from "node:assert/strict";
import { readSettings, SETTING_NAMES } from "../../src/core/settings";

describe("core/settings: what «Настройки» says", () => {
  it("reads values as she types them: «Да», a date ДД.ММ.ГГГГ, a retyped name", () => {
    const { settings, problems } = readSettings([
      { name: SETTING_NAMES.workingDays, value: "Да" },
      { name: ` ${SETTING_NAMES.asOf.toUpperCase()} `, value: "01.10.2024" },
      { name: SETTING_NAMES.warningDays, value: 7 },
    ]);
    assert.deepEqual(problems, []);
    assert.equal(settings.workingDays, true);
    assert.equal(settings.asOf, "2024-10-01");
    assert.equal(settings.warningDays, 7);
  });

  it("takes the collection period from an older свод's «Текущий отчётный период»", () => {
    assert.equal(readSettings([{ name: "Текущий отчётный период", value: "2024-Q1" }]).settings.currentPeriod, "2024-Q1");
  });

  it("says which value it could not read and keeps the default", () => {
    const { settings, problems } = readSettings([{ name: SETTING_NAMES.workingDays, value: "иногда" }]);
    assert.equal(settings.workingDays, false);
    assert.equal(problems.length, 1);
    assert.match(problems[0], /«иногда» не распознано/);
  });
});
