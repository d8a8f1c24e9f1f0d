// Scores parseResolution against gold files the way ../shared/corpus/score.mjs does (SPEC.md),
// in-process: read the file, decode it as the CLI does, parse, compare item by item.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseResolution } from "../../../src/core/parse";
import { resolutionText } from "../../../src/formats/resolution-text";
import type { ParsedDirective } from "../../../src/core/model";

export interface GoldDirective {
  n: string;
  starts: string;
  executors: string[];
  deadline: { kind: string; due: string | null };
  target: { value: number; unit: string } | null;
  controlled: boolean;
}

export const FIELDS = ["n", "executors", "deadline", "target", "controlled"] as const;
export type Field = (typeof FIELDS)[number];

export interface DocScore {
  doc: string;
  gold: number;
  parsed: number;
  found: number;
  ok: Record<Field, number>;
  misses: string[];
}

export const norm = (s: unknown) =>
  String(s ?? "")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[«»“”„"‘’']/g, '"')
    .replace(/[‐‑‒–—―−]/g, "-")
    .replace(/\s+/g, " ")
    .replace(/\s*"\s*/g, '"')
    .trim()
    .replace(/[\s.,;:]+$/, "");

const same: Record<Field, (g: GoldDirective, p: ParsedDirective) => boolean> = {
  n: (g, p) => norm(g.n) === norm(p.n),
  // Strict, unlike ../shared/corpus/score.mjs: an extra executor is an error too, because it puts
  // a wrong organisation on the methodologist's control list.
  executors: (g, p) => {
    const got = new Set(p.executors.map(norm));
    const want = new Set(g.executors.map(norm));
    return got.size === want.size && [...want].every((e) => got.has(e));
  },
  deadline: (g, p) => g.deadline.kind === p.deadline.kind && g.deadline.due === p.deadline.due,
  target: (g, p) => (g.target == null ? p.target == null : p.target != null && p.target.value === g.target.value && norm(p.target.unit) === norm(g.target.unit)),
  controlled: (g, p) => g.controlled === p.controlled,
};

/** The document beside a gold file: `<name>.txt`, or the same name in another format the CLI reads. */
function sourceFileOf(dir: string, goldFile: string): string {
  const base = goldFile.replace(/\.gold\.json$/, "");
  const found = readdirSync(dir).find((f) => f !== goldFile && f.startsWith(`${base}.`) && /\.(txt|docx|doc|odt|rtf|pdf)$/i.test(f));
  if (!found) throw new Error(`${goldFile}: no document beside it`);
  return found;
}

export async function scoreDocument(dir: string, goldFile: string): Promise<DocScore> {
  const gold = JSON.parse(readFileSync(join(dir, goldFile), "utf8")) as { directives: GoldDirective[] };
  const file = sourceFileOf(dir, goldFile);
  const items = parseResolution(await resolutionText(new Uint8Array(readFileSync(join(dir, file))), file)).directives;
  const used = new Set<number>();
  const r: DocScore = { doc: file, gold: gold.directives.length, parsed: items.length, found: 0, ok: { n: 0, executors: 0, deadline: 0, target: 0, controlled: 0 }, misses: [] };
  for (const g of gold.directives) {
    const key = norm(g.starts);
    const i = items.findIndex((p, k) => !used.has(k) && norm(p.text).slice(0, 120 + key.length).includes(key) && norm(p.text).indexOf(key) <= 120);
    if (i < 0) {
      r.misses.push(`not found: ${g.n} «${g.starts}»`);
      continue;
    }
    used.add(i);
    r.found++;
    for (const f of FIELDS) {
      if (same[f](g, items[i])) r.ok[f]++;
      else r.misses.push(`${f} differs at ${g.n}: gold ${JSON.stringify(f === "n" ? g.n : g[f])} parsed ${JSON.stringify(items[i][f])}`);
    }
  }
  items.forEach((p, k) => used.has(k) || r.misses.push(`extra: ${p.n} «${p.text.slice(0, 60)}»`));
  return r;
}

export async function scoreFolder(dir: string): Promise<DocScore[]> {
  const names = readdirSync(dir).filter((f) => f.endsWith(".gold.json")).sort();
  return Promise.all(names.map((f) => scoreDocument(dir, f)));
}
