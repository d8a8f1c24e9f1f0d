import assert from "node:assert/strict";
import { defaultSettingsRows, readSettings, SETTING_NAMES } from "../../src/app/settings";

describe("app/settings", () => {
  it("reads back the defaults it writes", () => {
    const { settings, problems } = readSettings(defaultSettingsRows("2024-02-10"));
    assert.deepEqual(problems, []);
    assert.equal(settings.currentPeriod, "2024-Q1");
    assert.equal(settings.asOf, null);
    assert.deepEqual(settings.schoolYearEnd, { month: 8, day: 31 });
    assert.equal(settings.duringYear, "school");
    assert.equal(settings.warningDays, 14);
  });
  it("reads values a methodologist typed, dates as text or serials", () => {
    const rows = [
      { name: SETTING_NAMES.asOf, value: "31.03.2024" },
      { name: SETTING_NAMES.duringYear, value: "Календарный год" },
      { name: SETTING_NAMES.warningDays, value: 7 },
      { name: SETTING_NAMES.schoolYearEnd, value: "30.06" },
      { name: SETTING_NAMES.workingDays, value: "да" },
    ];
    const { settings } = readSettings(rows);
    assert.equal(settings.asOf, "2024-03-31");
    assert.equal(settings.duringYear, "calendar");
    assert.equal(settings.warningDays, 7);
    assert.deepEqual(settings.schoolYearEnd, { month: 6, day: 30 });
    assert.equal(settings.workingDays, true);
    assert.equal(readSettings([{ name: SETTING_NAMES.asOf, value: 45382 }]).settings.asOf, "2024-03-31");
  });
  it("falls back to the default and says so in Russian for a broken value", () => {
    const { settings, problems } = readSettings([{ name: SETTING_NAMES.asOf, value: "31.02.2024" }]);
    assert.equal(settings.asOf, null);
    assert.match(problems[0], /не распознано/);
  });
});

describe("app/settings: the texts documents and letters are signed with", () => {
  it("reads them as written, spaces folded, and gives empty texts when the rows are absent", () => {
    const rows = [
      { name: SETTING_NAMES.officeName, value: "  Управление образования   администрации Заречного района " },
      { name: SETTING_NAMES.executorPhone, value: "8 (48x) 2-12-34" },
    ];
    const { settings, problems } = readSettings(rows);
    assert.equal(settings.officeName, "Управление образования администрации Заречного района");
    assert.equal(settings.executorPhone, "8 (48x) 2-12-34");
    assert.equal(settings.headSignature, "");
    assert.deepEqual(problems, []);
  });
});
