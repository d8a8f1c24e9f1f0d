// Hostile inputs must be handled quickly and in little memory. Tests print the figures and
// check them only against generous guards (5 s, 200 MB), so that CI noise cannot fail them.
import assert from "node:assert/strict";

/** Runs `work`, prints its time and memory, and checks both against the guards. */
export function measured<T>(label: string, work: () => T): T {
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const out = work();
  const ms = performance.now() - t0;
  const mb = (process.memoryUsage().rss - rss0) / 2 ** 20;
  console.log(`      ${label}: ${ms.toFixed(0)} ms, +${Math.max(0, mb).toFixed(0)} MB`);
  assert.ok(ms < 5000, `${label} took ${ms.toFixed(0)} ms`);
  assert.ok(mb < 200, `${label} took ${mb.toFixed(0)} MB`);
  return out;
}

/** Runs `work`, which must throw an error of class `kind`; returns it (timed and measured). */
export function refusedBy<E extends Error>(kind: new (...args: never[]) => E, label: string, work: () => unknown): E {
  return measured(label, () => {
    try {
      work();
    } catch (e) {
      if (e instanceof kind) return e;
      throw e;
    }
    assert.fail(`${label}: accepted instead of refused`);
  });
}
