// `npm run test:corpus`: every file of ../shared/xlsx-corpus through the file-level reader,
// each in its own child process with a time limit and a memory limit, asserting the
// MANIFEST's `expected_v2` outcome (the one for a reader of .xls and .ods too).
// accept-with-care files also get golden values below.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const CORPUS = resolve(__dirname, "../../../shared/xlsx-corpus");
const CHILD = resolve(__dirname, "read-one.ts");
const TIME_LIMIT_MS = 30_000;
const MEMORY_LIMIT_MB = 768;

interface Cell {
  kind: string;
  text?: string;
  value?: number | boolean;
  iso?: string;
  code?: string;
}
interface ChildResult {
  ok: boolean;
  code?: string;
  detail?: string;
  message?: string;
  crash?: string;
  sheets?: { name: string; state: string; cells: [string, Cell][] }[];
  ms: number;
  peakRssMB: number;
}

/** Golden values: file name → [sheet index, cell, expected cell] (what Excel shows). */
const GOLDEN: Record<string, [number, string, Partial<Cell>][]> = {
  "date_1904.xlsx": [[0, "A1", { kind: "date", iso: "2021-01-01" }], [0, "A2", { kind: "date", iso: "2021-01-02" }]],
  "1904.xlsx": [],
  "date_iso.xlsx": [[0, "A1", { kind: "date", iso: "2021-01-01" }], [0, "A2", { kind: "date", iso: "2021-01-01T10:10" }]],
  "SimpleStrict.xlsx": [],
  "has_x000D_.xlsx": [[0, "A1", { kind: "text", text: "ABC\r\nDEF" }]],
  "has_x000D_inline.xlsx": [[0, "A1", { kind: "text", text: "ABC\r\nDEF" }]],
  "shared_string_with_escape.xlsx": [[0, "A1", { kind: "text", text: "_x000D_" }]],
  "inlineStr_cdata.xlsx": [[0, "A1", { kind: "text", text: "Hello CDATA" }]],
  "whitespace_trim.xlsx": [[0, "A1", { kind: "text", text: "trimmed value" }], [0, "B1", { kind: "text", text: "value with tabs" }]],
  "errors.xlsx": [[0, "A1", { kind: "error", code: "#DIV/0!" }], [0, "A2", { kind: "error", code: "#NAME?" }]],
  "csv-cp1251-semicolon-decimal-comma.csv": [[0, "A1", { kind: "text", text: "Школа" }]],
  "csv-utf8-bom-comma.csv": [[0, "A1", { kind: "text", text: "Школа" }]],
  "merge_cells.xlsx": [],
  // .xls and .ods: the values Excel shows
  "date.xls": [[0, "A1", { kind: "date", iso: "2021-01-01" }], [0, "A2", { kind: "date", iso: "2021-01-02" }], [0, "B1", { kind: "number", value: 15 }]],
  "1904DateWindowing.xls": [[0, "A1", { kind: "date", iso: "2000-01-01" }], [0, "B1", { kind: "date", iso: "2000-01-01" }]],
  "biff5_write.xls": [[0, "A1", { kind: "number", value: 1 }], [0, "A2", { kind: "bool", value: true }], [0, "A3", { kind: "text", text: "foo" }]],
  "merge_cells.xls": [[0, "A1", { kind: "text", text: "Row Merge" }], [0, "C1", { kind: "text", text: "Not Merged" }]],
  "fn.xls": [[0, "A1", { kind: "text", text: "Name" }], [0, "C2", { kind: "number", value: 2 }]],
  "number_format_russian.xls": [[0, "B2", { kind: "number", value: 12345.6789 }]],
  "A4X_gnumeric.xls": [[0, "A4", { kind: "text", text: "x" }]],
  "date.ods": [[0, "A1", { kind: "date", iso: "2021-01-01" }], [0, "A2", { kind: "date", iso: "2021-01-01T10:10" }], [0, "B4", { kind: "number", value: 18 }]],
};

/**
 * accept-with-care files this reader refuses, with the reason it gives. Each is a refusal
 * that names what it met, never a wrong value.
 */
const KNOWN_REFUSALS: Record<string, string> = {
  // The only sheet has no cells at all (<sheetData/>); the VML part is not read.
  "BrNotClosed.xlsx": "empty",
  // Hancom Office writes every part with an x: prefix; a re-save in Excel fixes it.
  "style-alternate-content.xlsx": "unsupported-part-names",
};

function cellAt(r: ChildResult, sheet: number, ref: string): Cell | undefined {
  return r.sheets?.[sheet]?.cells.find(([c]) => c === ref)?.[1];
}

function runChild(path: string): ChildResult {
  const res = spawnSync(process.execPath, [`--max-old-space-size=${MEMORY_LIMIT_MB}`, "--import", "tsx", CHILD, path], {
    encoding: "utf8",
    timeout: TIME_LIMIT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (res.error) throw new Error(`child failed: ${res.error.message}`);
  const line = res.stdout.trim().split("\n").pop() ?? "";
  if (res.status !== 0 || !line.startsWith("{")) throw new Error(`child exited ${res.status} (${res.signal ?? ""}): ${res.stderr.slice(0, 500)}`);
  return JSON.parse(line) as ChildResult;
}

const manifestPath = join(CORPUS, "MANIFEST.tsv");
const rows = existsSync(manifestPath)
  ? readFileSync(manifestPath, "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .map((l) => l.split("\t"))
  : [];

/** A small valid workbook (5 KB): pre-flight refusals are timed against opening it. */
const SMALL_VALID = "files/calamine/date_1904.xlsx";
/** Refusals decided by what the package says, before the sheets are read. */
const PRE_FLIGHT = ["zip-bomb", "xml-entities", "encrypted", "legacy-xls", "xlsb", "ods", "not-xlsx"];
/**
 * How many times opening the small valid workbook a pre-flight refusal may take. A bomb whose
 * headers lie is stopped while inflating, at the ratio cap (about 12×); inflated in full it would
 * be hundreds of times. The others are decided from headers (about 1×).
 */
const PRE_FLIGHT_FACTOR = (code: string) => (code === "zip-bomb" ? 50 : 10);

describe("xlsx corpus (../shared/xlsx-corpus)", () => {
  const stats: { file: string; ms: number; rss: number }[] = [];
  const ratios: { file: string; ratio: number }[] = [];
  /** Reader time of the small valid workbook, fastest of three children; at least 1 ms (times are whole ms). */
  let smallMs = 1;
  before(function () {
    if (!existsSync(join(CORPUS, SMALL_VALID))) return;
    const runs = [0, 1, 2].map(() => runChild(join(CORPUS, SMALL_VALID)));
    assert.ok(runs.every((r) => r.ok), `${SMALL_VALID} is not read`);
    smallMs = Math.max(1, Math.min(...runs.map((r) => r.ms)));
  });
  after(() => {
    const worst = [...stats].sort((a, b) => b.rss - a.rss).slice(0, 5);
    const slow = [...stats].sort((a, b) => b.ms - a.ms).slice(0, 5);
    const far = [...ratios].sort((a, b) => b.ratio - a.ratio).slice(0, 5);
    console.log(`\n  peak RSS (MB), highest: ${worst.map((s) => `${s.file} ${s.rss}`).join(", ")}`);
    console.log(`  reader time (ms), slowest: ${slow.map((s) => `${s.file} ${s.ms}`).join(", ")}`);
    console.log(`  pre-flight refusal / opening ${SMALL_VALID.split("/").pop()} (${smallMs} ms), highest: ${far.map((s) => `${s.file} ${s.ratio.toFixed(1)}×`).join(", ")}`);
  });

  it("has the manifest", () => assert.ok(rows.length >= 140, `MANIFEST.tsv not found or short at ${manifestPath}`));

  for (const row of rows) {
    const [path, , , , sha256, , , , , , , expected] = row;
    const file = path.split("/").pop()!;
    it(`${path} → ${expected}`, () => {
      const bytes = readFileSync(join(CORPUS, path));
      assert.equal(createHash("sha256").update(bytes).digest("hex"), sha256, "sha256 differs from the manifest");
      const r = runChild(join(CORPUS, path));
      stats.push({ file, ms: r.ms, rss: r.peakRssMB });
      assert.equal(r.crash, undefined, `reader crashed: ${r.crash}`);
      assert.ok(r.peakRssMB < MEMORY_LIMIT_MB + 200, `peak RSS ${r.peakRssMB} MB`);
      if (expected === "read-or-refuse:damaged-xls") {
        // either what is readable, or a refusal as corrupt: never a crash (checked above)
        if (!r.ok) assert.equal(r.code, "corrupt", `refused as ${r.code} (${r.detail})`);
        return;
      }
      if (expected.startsWith("reject:")) {
        assert.equal(r.ok, false, "expected a refusal, got data");
        assert.equal(r.code, expected.slice("reject:".length), `refused as ${r.code} (${r.detail})`);
        assert.ok(r.message && /[а-я]/.test(r.message), "the refusal has a Russian message");
        if (PRE_FLIGHT.includes(r.code!)) {
          // Fastest of up to three children: another run only when the first is over the factor.
          const factor = PRE_FLIGHT_FACTOR(r.code!);
          let ms = r.ms;
          for (let i = 1; i < 3 && ms / smallMs >= factor; i++) ms = Math.min(ms, runChild(join(CORPUS, path)).ms);
          ratios.push({ file, ratio: ms / smallMs });
          assert.ok(ms / smallMs < factor, `pre-flight refusal took ${ms} ms, ${(ms / smallMs).toFixed(1)}× opening a small valid workbook (${smallMs} ms)`);
        }
        return;
      }
      if (KNOWN_REFUSALS[file]) {
        assert.equal(r.ok, false);
        assert.equal(r.code, KNOWN_REFUSALS[file]);
        return;
      }
      assert.equal(r.ok, true, `refused as ${r.code} (${r.detail})`);
      const cells = r.sheets!.reduce((n, s) => n + s.cells.length, 0);
      assert.ok(cells > 0, "no cells read");
      for (const [sheet, ref, want] of GOLDEN[file] ?? []) {
        const got = cellAt(r, sheet, ref);
        assert.ok(got, `${ref} of sheet ${sheet} is empty`);
        for (const [k, v] of Object.entries(want)) assert.equal(got[k as keyof Cell], v, `${ref}.${k}`);
      }
      if (expected === "accept-with-care:hidden-sheets") assert.ok(r.sheets!.some((s) => s.state !== "visible"), "hidden sheets are flagged");
      if (expected === "accept-with-care:merged") {
        assert.ok(r.sheets![0].cells.length > 0);
      }
    });
  }
});
