import assert from "node:assert/strict";
import { fingerprint, readFingerprint, sameAsImported } from "../../../src/core/import/fingerprint";
import { refreshAddressees } from "../../../src/core/import/refresh-addressees";
import { organisationToRow } from "../../../src/core/organisations";
import { TEST_ORGS } from "../../support/orgs";

const ORGS = TEST_ORGS.map(organisationToRow);

function directive(addressees: string) {
  const row = { key: "Д/1", executors: "Школам города", addressees };
  return { ...row, imported: fingerprint(row) };
}

describe("core/import/refresh-addressees", () => {
  it("follows a phrase the methodologist mapped anew in «Адресаты»", () => {
    const rows = [directive("ОО-01, ОО-02")];
    const mapping = [{ phrase: "Школам города", organisations: "ОО-02", group: "", confirmed: "да" }];
    const updates = refreshAddressees(rows, mapping, ORGS);
    assert.equal(updates.get(0)?.addressees, "ОО-02");
    assert.ok(sameAsImported(readFingerprint(updates.get(0)!.imported)!, "addressees", "ОО-02"), "the fingerprint follows");
  });

  it("leaves codes she typed into the directive by hand", () => {
    const row = { ...directive("ОО-01, ОО-02"), addressees: "ОО-01" };
    const mapping = [{ phrase: "Школам города", organisations: "ОО-02", group: "", confirmed: "да" }];
    assert.equal(refreshAddressees([row], mapping, ORGS).size, 0);
  });

  it("changes nothing when the organisations are the same", () => {
    const mapping = [{ phrase: "Школам города", organisations: "", group: "школы города", confirmed: "да" }];
    assert.equal(refreshAddressees([directive("ОО-01, ОО-02")], mapping, ORGS).size, 0);
  });

  it("leaves directives she typed in herself and phrases missing from «Адресаты»", () => {
    const mapping = [{ phrase: "Школам города", organisations: "ОО-02", group: "", confirmed: "да" }];
    assert.equal(refreshAddressees([{ key: "Д/2", executors: "Школам города", addressees: "ОО-01" }], mapping, ORGS).size, 0);
    assert.equal(refreshAddressees([directive("ОО-01, ОО-02")], [], ORGS).size, 0);
  });
});
