// A family's cue only spares it texts it could not match: with or without the cue, every deadline
// the golds write (and the phrases of the deadline tests) is matched the same.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FAMILIES } from "../../../../src/core/parse/deadline";
import { matchView } from "../../../../src/core/parse/normalise";

const DIRS = [join(__dirname, "../genre"), join(__dirname, "../genre-blind"), join(__dirname, "../../../../../shared/corpus")];

function goldRaws(): string[] {
  const raws: string[] = [];
  for (const dir of DIRS.filter(existsSync)) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".gold.json"))) {
      const gold = JSON.parse(readFileSync(join(dir, f), "utf8")) as { directives: { starts: string; deadline: { raw: string | null } }[] };
      for (const d of gold.directives) raws.push(d.starts, ...(d.deadline.raw ? [d.deadline.raw] : []));
    }
  }
  return raws;
}

const EXTRA = [
  "в течение всего периода", "по мере необходимости", "весь учебный год", "в конце 2025 года", "к началу учебного года",
  "с сентября по декабрь", "в летний период", "по отдельному графику", "во второй декаде мая", "1 раз в четверть",
];

describe("deadline families: cues", () => {
  it("never hide a phrase the family's patterns match", () => {
    const phrases = [...goldRaws(), ...EXTRA].map(matchView);
    assert.ok(phrases.length > 300);
    for (const family of FAMILIES) {
      if (!family.cue) continue;
      for (const view of phrases) {
        const matched = family.patterns.some((re) => new RegExp(re.source).test(view));
        if (matched) assert.ok(family.cue.test(view), `${family.name}: cue misses «${view}»`);
      }
    }
  });
});
