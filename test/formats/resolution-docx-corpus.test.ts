// Every gold-scored resolution (../shared/corpus and the genre corpus) is turned into the .docx
// a Word user would make of it (automatic numbering, bullet lists, soft breaks, header and
// footer) and scored with the grader's own score.mjs. Reading the .docx must give the same
// directives as reading the text: same recall, precision and fields.
// Spawning the CLI per document costs a second each, so the full comparison parses in process
// (what `svodka parse --json` prints) and hands score.mjs a `cat` command; one more case runs
// the grader's own command (`npm run svodka -- parse <file>.docx --json`) on a few documents.
// FULL_DOCX_SCORE=1 runs the grader's command on every document (about two minutes).
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";
import { parseResolution } from "../../src/core/parse";
import { resolutionText } from "../../src/formats/resolution-text";
import { makeResolutionDocx } from "../support/docx-corpus/make-docx";

const ROOT = resolve(__dirname, "../..");
const SOURCES = [
  { dir: resolve(ROOT, "../shared/corpus"), prefix: "shared_" },
  { dir: resolve(ROOT, "test/core/parse/genre"), prefix: "genre_" },
];
const FIELDS = ["n", "executors", "deadline", "target", "controlled"] as const;

interface Total {
  gold: number;
  parsed: number;
  found: number;
  ok: Record<(typeof FIELDS)[number], number>;
}

const run = promisify(execFile);

async function score(dir: string, ext: string, cmd?: string): Promise<{ total: Total; rows: unknown[] }> {
  const args = [resolve(ROOT, "../shared/corpus/score.mjs"), "--dir", dir, "--ext", ext, "--json", ...(cmd ? ["--cmd", cmd] : [])];
  const { stdout } = await run(process.execPath, args, { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout);
}

const pct = (a: number, b: number) => (b ? (100 * a) / b : 0);
const summary = (t: Total) =>
  `recall=${pct(t.found, t.gold).toFixed(1)} precision=${pct(t.found, t.parsed).toFixed(1)} ` +
  FIELDS.map((f) => `${f}=${pct(t.ok[f], t.found).toFixed(1)}`).join(" ") + ` (gold ${t.gold}, parsed ${t.parsed}, found ${t.found})`;

describe("resolution .docx corpus: Word files score as their text does", function () {
  this.timeout(180000);
  let dir = "";
  const names: string[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "svodka-docx-corpus-"));
    let k = 0;
    for (const source of SOURCES) {
      if (!existsSync(source.dir)) continue;
      for (const gold of readdirSync(source.dir).filter((f) => f.endsWith(".gold.json"))) {
        const base = gold.replace(/\.gold\.json$/, "");
        const txt = join(source.dir, `${base}.txt`);
        if (!existsSync(txt)) continue;
        const name = source.prefix + base;
        copyFileSync(join(source.dir, gold), join(dir, `${name}.gold.json`));
        copyFileSync(txt, join(dir, `${name}.txt`));
        const text = await resolutionText(new Uint8Array(readFileSync(txt)), `${base}.txt`);
        // vary what Word users do: soft breaks in most files, a header/footer in every other one
        const docx = await makeResolutionDocx(text, { softBreaks: k % 3 !== 2, headerFooter: k % 2 === 0 });
        writeFileSync(join(dir, `${name}.docx`), docx);
        // what the CLI prints for each file, for the fast scoring below
        for (const [file, bytes] of [[`${name}.txt`, readFileSync(txt)], [`${name}.docx`, docx]] as const) {
          const doc = parseResolution(await resolutionText(new Uint8Array(bytes), file));
          writeFileSync(join(dir, `${file}.json`), JSON.stringify({ source: file, ...doc }));
        }
        names.push(name);
        k++;
      }
    }
    assert.ok(k >= 5, `expected the corpus documents, found ${k}`);
  });

  after(() => {
    if (dir && !process.env.KEEP_DOCX_CORPUS) rmSync(dir, { recursive: true, force: true });
  });

  it("the generator writes numbers as Word numbering, not as typed text", async () => {
    const text = "РЕШЕНИЕ\nколлегии\n\nКоллегия РЕШИЛА:\n1. Принять к сведению.\n2. Управлению образования:\n2.1. Провести конкурс.\nСрок: до 01.10.2024\n2.2. Обеспечить участие.\n- в олимпиаде;\n5. Снять с контроля.\n1. Новый список.";
    const bytes = await makeResolutionDocx(text, { softBreaks: true, headerFooter: true });
    const zip = await JSZip.loadAsync(bytes);
    const documentXml = await zip.file("word/document.xml")!.async("string");
    const numberingXml = await zip.file("word/numbering.xml")!.async("string");
    assert.doesNotMatch(documentXml, /2\.1\.|>1\. /);
    assert.match(documentXml, /<w:br\/>/);
    assert.match(numberingXml, /w:val="%1\.%2\."/);
    assert.ok(zip.file("word/footer1.xml") || Object.keys(zip.files).some((f) => /footer/.test(f)), "a footer part");
    const back = (await resolutionText(bytes, "r.docx")).split("\n").filter(Boolean).map((l) => l.replace("\t", " "));
    assert.deepEqual(back, text.split("\n").filter(Boolean));
  });

  it("gives the same TOTAL for .docx as for .txt", async () => {
    const cached = "cat {file}.json"; // score.mjs quotes {file}: cat "/tmp/…/x.docx".json
    const [docx, txt] = await Promise.all([score(dir, ".docx", process.env.FULL_DOCX_SCORE ? undefined : cached), score(dir, ".txt", cached)]);
    const d = docx.total;
    const t = txt.total;
    if (process.env.KEEP_DOCX_CORPUS) console.log(`  kept in ${dir}\n  .txt  ${summary(t)}\n  .docx ${summary(d)}`);
    assert.ok(t.gold > 100 && t.found > 0, "the text corpus scored");
    const errors = (docx.rows as { doc: string; error?: string }[]).filter((r) => r.error);
    assert.deepEqual(errors, [], "every .docx parses");
    const same = d.found === t.found && d.parsed === t.parsed && FIELDS.every((f) => d.ok[f] === t.ok[f]);
    const close =
      pct(d.found, d.gold) >= 98 && pct(d.found, d.parsed) >= 98 && FIELDS.every((f) => pct(d.ok[f], d.found) >= 95);
    assert.ok(same || close, `.txt  ${summary(t)}\n.docx ${summary(d)}`);
  });

  it("the grader's own command reads the generated .docx files", async () => {
    const few = mkdtempSync(join(tmpdir(), "svodka-docx-few-"));
    try {
      const picked = [names.find((n) => n.startsWith("shared_")), names.find((n) => n.startsWith("genre_"))].filter((n): n is string => !!n);
      for (const name of picked) {
        copyFileSync(join(dir, `${name}.gold.json`), join(few, `${name}.gold.json`));
        copyFileSync(join(dir, `${name}.docx`), join(few, `${name}.docx`));
        copyFileSync(join(dir, `${name}.docx.json`), join(few, `${name}.docx.json`));
      }
      const [real, cached] = await Promise.all([score(few, ".docx"), score(few, ".docx", "cat {file}.json")]);
      assert.ok(real.total.found > 0, "directives found through the CLI");
      assert.deepEqual(real.total, cached.total);
    } finally {
      rmSync(few, { recursive: true, force: true });
    }
  });
});
