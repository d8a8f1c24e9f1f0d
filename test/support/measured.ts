// Hostile inputs must be handled quickly and in little memory. Tests print the figures; speed is
// never checked against a clock (a loaded CI machine slows everything), only against benign work
// timed the same way in the same test: a linear reader stays within a small factor of it, while
// catastrophic backtracking, a bomb inflated in full or a loop over a claimed billion rows is
// orders of magnitude off. Memory is checked against a generous guard (200 MB).
import assert from "node:assert/strict";

/** Timed runs of each side; the fastest counts, so a pause of the machine does not. */
const RUNS = 3;

/**
 * Times `hostile` and `benign` in turns (after one warm-up each), takes the fastest run of each,
 * prints both and asserts that hostile took less than `factor` times benign. Returns the ratio.
 */
export async function comparedWith(label: string, hostile: () => unknown, benign: () => unknown, factor: number): Promise<number> {
  await hostile();
  await benign();
  let slow = Infinity;
  let base = Infinity;
  for (let i = 0; i < RUNS; i++) {
    let t0 = performance.now();
    await benign();
    base = Math.min(base, performance.now() - t0);
    t0 = performance.now();
    await hostile();
    slow = Math.min(slow, performance.now() - t0);
  }
  return reportRatio(label, slow, base, factor);
}

/** The same as `comparedWith`, for synchronous work; `hostileWarm` when it has just run once. */
export function comparedWithSync(label: string, hostile: () => unknown, benign: () => unknown, factor: number, hostileWarm = false): number {
  if (!hostileWarm) hostile();
  benign();
  let slow = Infinity;
  let base = Infinity;
  for (let i = 0; i < RUNS; i++) {
    let t0 = performance.now();
    benign();
    base = Math.min(base, performance.now() - t0);
    t0 = performance.now();
    hostile();
    slow = Math.min(slow, performance.now() - t0);
  }
  return reportRatio(label, slow, base, factor);
}

/** Prints the two figures and their ratio, and asserts the ratio is under `factor`. */
export function reportRatio(label: string, slowMs: number, baseMs: number, factor: number): number {
  const ratio = slowMs / baseMs;
  console.log(`      ${label}: ${slowMs.toFixed(1)} ms, ${ratio.toFixed(2)}× benign (${baseMs.toFixed(1)} ms)`);
  assert.ok(ratio < factor, `${label}: ${ratio.toFixed(1)}× the benign input (${slowMs.toFixed(1)} ms against ${baseMs.toFixed(1)} ms), limit ${factor}×`);
  return ratio;
}

/** Benign work to compare with: same-size input read the same way, and the allowed factor. */
export interface Benign {
  work: () => unknown;
  factor: number;
}

/**
 * Runs `work`, prints its time and memory and checks the memory against the guard; with `benign`,
 * also compares its time with the benign work (see `comparedWithSync`).
 */
export function measured<T>(label: string, work: () => T, benign?: Benign): T {
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const out = work();
  const ms = performance.now() - t0;
  const mb = (process.memoryUsage().rss - rss0) / 2 ** 20;
  console.log(`      ${label}: ${ms.toFixed(0)} ms, +${Math.max(0, mb).toFixed(0)} MB`);
  assert.ok(mb < 200, `${label} took ${mb.toFixed(0)} MB`);
  if (benign) comparedWithSync(label, work, benign.work, benign.factor, true);
  return out;
}

/** Runs `work`, which must throw an error of class `kind`; returns it (timed and measured). */
export function refusedBy<E extends Error>(kind: new (...args: never[]) => E, label: string, work: () => unknown, benign?: Benign): E {
  const refused = () => {
    try {
      work();
    } catch (e) {
      if (e instanceof kind) return e;
      throw e;
    }
    assert.fail(`${label}: accepted instead of refused`);
  };
  return measured(label, refused, benign);
}
