// Blind genre sets (test/core/parse/genre-blind, see its README.md): documents and golds written by
// helpers who never saw the parser, in every format a resolution arrives in. Executors are strict.
import assert from "node:assert/strict";
import { join } from "node:path";
import { FIELDS, scoreFolder, type DocScore } from "./genre-score";

const DIR = join(__dirname, "genre-blind");
/** Shares the parser must reach on documents it was not tuned on (percent). */
const MIN_FOUND = 98;
const MIN_FIELD = 98;
const MAX_EXTRA = 2;

const pct = (part: number, whole: number) => (100 * part) / Math.max(1, whole);

describe("blind genre sets (documents the parser was not written against)", function () {
  this.timeout(60000);
  let rows: DocScore[] = [];
  let gold = 0;
  let found = 0;
  before(async () => {
    rows = await scoreFolder(DIR);
    gold = rows.reduce((s, r) => s + r.gold, 0);
    found = rows.reduce((s, r) => s + r.found, 0);
  });
  const misses = (prefix: string) => rows.flatMap((r) => r.misses.filter((m) => m.startsWith(prefix)).map((m) => `${r.doc}: ${m}`)).join("\n");

  it("scores both sets, in .txt, .docx, .odt and .pdf", () => {
    assert.ok(rows.length >= 15, `documents: ${rows.length}`);
    assert.ok(gold >= 150, `gold directives: ${gold}`);
    for (const ext of ["txt", "docx", "odt", "pdf"]) assert.ok(rows.some((r) => r.doc.endsWith(`.${ext}`)), ext);
  });

  it(`finds at least ${MIN_FOUND} % of the gold directives`, () => {
    assert.ok(pct(found, gold) >= MIN_FOUND, `found ${found} of ${gold} (${pct(found, gold).toFixed(1)} %):\n${misses("not found")}`);
  });

  it(`adds no more than ${MAX_EXTRA} % extra items`, () => {
    const extra = rows.reduce((s, r) => s + r.parsed, 0) - found;
    assert.ok(pct(extra, gold) <= MAX_EXTRA, `extra ${extra} (${pct(extra, gold).toFixed(1)} %):\n${misses("extra")}`);
  });

  for (const f of FIELDS) {
    it(`reads «${f}» right for at least ${MIN_FIELD} % of the directives found`, () => {
      const ok = rows.reduce((s, r) => s + r.ok[f], 0);
      assert.ok(found > 0 && pct(ok, found) >= MIN_FIELD, `${f}: ${ok} of ${found} (${pct(ok, found).toFixed(1)} %):\n${misses(f)}`);
    });
  }
});
