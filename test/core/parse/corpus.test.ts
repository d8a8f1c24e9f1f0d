// The real resolutions in ../shared/corpus (read at run time, never copied): every gold
// directive is found with its number, executors, deadline and control flag.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseResolution } from "../../../src/core/parse";

const DIR = join(__dirname, "../../../../shared/corpus");
const norm = (s: string) =>
  String(s ?? "").toLowerCase().replace(/ё/g, "е").replace(/[«»“”„"]/g, '"').replace(/[‐‑‒–—―−]/g, "-").replace(/\s+/g, " ").replace(/\s*"\s*/g, '"').trim().replace(/[\s.,;:]+$/, "");

interface Gold {
  title: string;
  date: string | null;
  schoolYear: string | null;
  directives: { n: string; starts: string; executors: string[]; deadline: { kind: string; due: string | null }; controlled: boolean }[];
}

describe("corpus of real resolutions", function () {
  const files = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith(".gold.json")) : [];
  if (!files.length) it.skip("../shared/corpus is not available");
  for (const f of files) {
    it(f.replace(".gold.json", ""), () => {
      const gold = JSON.parse(readFileSync(join(DIR, f), "utf8")) as Gold;
      const doc = parseResolution(readFileSync(join(DIR, f.replace(".gold.json", ".txt")), "utf8"));
      assert.equal(doc.date, gold.date);
      assert.equal(doc.schoolYear, gold.schoolYear);
      assert.equal(doc.directives.length, gold.directives.length);
      gold.directives.forEach((g, i) => {
        const p = doc.directives[i];
        assert.ok(norm(p.text).includes(norm(g.starts)), `${g.n}: ${p.text.slice(0, 60)}`);
        assert.equal(p.n, g.n);
        assert.deepEqual(new Set(p.executors.map(norm)), new Set(g.executors.map(norm)), g.n);
        assert.equal(p.deadline.kind, g.deadline.kind, g.n);
        assert.equal(p.deadline.due, g.deadline.due, g.n);
        assert.equal(p.controlled, g.controlled, g.n);
      });
    });
  }
});
