import assert from "node:assert/strict";
import { detectOfficeHost, type OfficeWindow } from "../../src/taskpane/office-host";

const office = (host: unknown, ready = true): OfficeWindow["Office"] => ({
  onReady: () => (ready ? Promise.resolve({ host }) : new Promise(() => {})),
  HostType: { Excel: "Excel" },
});

describe("taskpane/office-host", () => {
  it("recognises Excel", async () => {
    assert.equal(await detectOfficeHost({ svodkaOfficeJs: Promise.resolve("cdn"), Office: office("Excel") }), "excel");
    assert.equal(await detectOfficeHost({ svodkaOfficeJs: Promise.resolve("local"), Office: office("Excel") }), "excel");
  });

  it("falls back to the file mode in a plain browser, another host, or without Office.js", async () => {
    assert.equal(await detectOfficeHost({ svodkaOfficeJs: Promise.resolve("cdn"), Office: office(null) }), null);
    assert.equal(await detectOfficeHost({ svodkaOfficeJs: Promise.resolve("cdn"), Office: office("Word") }), null);
    assert.equal(await detectOfficeHost({ svodkaOfficeJs: Promise.resolve("none") }), null);
    assert.equal(await detectOfficeHost({}), null);
  });

  it("does not hang when Office.js never answers", async () => {
    const never = new Promise<"cdn">(() => {});
    assert.equal(await detectOfficeHost({ svodkaOfficeJs: never, Office: office("Excel") }, 20), null);
    assert.equal(await detectOfficeHost({ svodkaOfficeJs: Promise.resolve("cdn"), Office: office("Excel", false) }, 20), null);
  });
});
