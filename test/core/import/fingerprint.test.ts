import assert from "node:assert/strict";
import { fingerprint, readFingerprint, sameAsImported } from "../../../src/core/import/fingerprint";

describe("core/import/fingerprint", () => {
  const row = { text: "Провести педсовет", controlDate: "2024-10-01", targetValue: 75 };

  it("tells a field the document changed from one it did not", () => {
    const print = readFingerprint(fingerprint(row))!;
    assert.ok(sameAsImported(print, "text", "Провести педсовет"));
    assert.ok(sameAsImported(print, "targetValue", 75));
    assert.ok(!sameAsImported(print, "controlDate", "2024-11-01"));
    assert.ok(sameAsImported(print, "person", null), "an empty field stays empty");
  });
  it("reads no fingerprint from an empty or foreign cell", () => {
    assert.equal(readFingerprint(""), null);
    assert.equal(readFingerprint(null), null);
    assert.equal(readFingerprint("заметка"), null);
  });
  it("stays short enough for a narrow column", () => {
    assert.ok(fingerprint({ ...row, text: "слово ".repeat(500) }).length < 200);
  });
});
