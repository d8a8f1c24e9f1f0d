// Child process for the corpus suite: runs the file-level reader on one file and prints one
// JSON line: the outcome, a digest of the cells, elapsed time and peak RSS.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { cellRef } from "../../src/core/ingest/grid";
import { readSpreadsheet } from "../../src/formats/ingest/read-spreadsheet";
import { FileRefusal } from "../../src/formats/ingest/refusal";

const path = process.argv[2];
const bytes = new Uint8Array(readFileSync(path));
const start = performance.now();
let out: Record<string, unknown>;
try {
  const grid = readSpreadsheet(bytes, basename(path));
  out = {
    ok: true,
    sheets: grid.sheets.map((s) => {
      const cells: [string, unknown][] = [];
      s.rows.forEach((row, r) => row.forEach((c, col) => c && cells.length < 300 && cells.push([cellRef(r, col), c.kind === "text" ? { ...c, text: c.text.slice(0, 200) } : c])));
      return { name: s.name, state: s.state, cells };
    }),
  };
} catch (err) {
  out = err instanceof FileRefusal ? { ok: false, code: err.code, detail: err.detail, message: err.message } : { ok: false, crash: String((err as Error).stack) };
}
out.ms = Math.round(performance.now() - start);
out.peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(JSON.stringify(out) + "\n");
