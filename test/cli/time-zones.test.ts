// Dates do not move with the computer's time zone: a date in the свод is a calendar day, the
// same in Vladivostok, Moscow, UTC and Los Angeles; only «now» is read in local time. The probe
// runs as a child with TZ set, since a process cannot change its own zone reliably.
import assert from "node:assert/strict";
import { join } from "node:path";
import { runScript } from "./run-cli";

const SAME_EVERYWHERE = {
  serial: 45382,
  fromSerial: "2024-03-31",
  dates: ["2024-01-01", "2024-03-31", "2024-10-27", "2024-12-31"],
  times: ["2024-03-31T23:30", "2024-04-01T00:15", "2024-10-27T02:30"],
  jsDates: ["2024-03-31"],
  journalAt: "2024-03-31T23:30",
};

/** 20:00 UTC on 31 March 2024 on each zone's clock. */
const CLOCK: Record<string, string> = {
  "Asia/Vladivostok": "2024-04-01T06:00:00",
  "Europe/Moscow": "2024-03-31T23:00:00",
  UTC: "2024-03-31T20:00:00",
  "America/Los_Angeles": "2024-03-31T13:00:00",
};

describe("dates under different time zones (file host, clock)", function () {
  this.timeout(120_000);
  for (const tz of Object.keys(CLOCK)) {
    it(`TZ=${tz}: date-only values do not shift, the clock shows local time`, () => {
      const r = runScript(join("test/cli/tz-probe.ts"), [], undefined, { TZ: tz });
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(JSON.parse(r.stdout), { ...SAME_EVERYWHERE, clock: CLOCK[tz] });
    });
  }
});
