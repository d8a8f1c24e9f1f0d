// Fictional resolutions of the genre in test/core/parse/genre (see its README.md), scored the way
// ../shared/corpus/score.mjs scores the real ones: a regression net for generalisation.
import assert from "node:assert/strict";
import { join } from "node:path";
import { FIELDS, scoreFolder, type DocScore } from "./genre-score";

const DIR = join(__dirname, "genre");

describe("genre corpus (fictional resolutions with gold)", function () {
  this.timeout(20000);
  let rows: DocScore[] = [];
  before(async () => {
    rows = await scoreFolder(DIR);
  });

  it("scores at least 14 documents", () => {
    assert.ok(rows.length >= 14, `documents: ${rows.length}`);
  });

  it("finds every gold directive and nothing else", () => {
    for (const r of rows) {
      assert.equal(r.found, r.gold, `${r.doc}: ${r.misses.join("; ")}`);
      assert.equal(r.parsed, r.gold, `${r.doc}: ${r.misses.join("; ")}`);
    }
  });

  it("reads numbers, executors, deadlines, targets and control flags as the gold does", () => {
    const found = rows.reduce((s, r) => s + r.found, 0);
    assert.ok(found > 100);
    for (const f of FIELDS) {
      const ok = rows.reduce((s, r) => s + r.ok[f], 0);
      assert.equal(ok, found, `${f}: ${rows.flatMap((r) => r.misses.filter((m) => m.startsWith(f)).map((m) => `${r.doc}: ${m}`)).join("; ")}`);
    }
  });

  it("extracts nothing from an analytical note that has no operative part", () => {
    const note = rows.find((r) => r.doc.startsWith("09_"));
    assert.ok(note);
    assert.equal(note.parsed, 0);
  });
});
