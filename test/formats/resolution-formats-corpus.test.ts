// The genre corpus as a Word user's .docx (automatic numbering, see make-docx.ts), then the same
// documents saved by LibreOffice as .odt, .rtf, .doc and .pdf (one soffice run per format):
// each format must score as the .docx does with the genre scorer. A .doc carries its list
// numbers only as counters that other writers than Word may split: there the item numbers may
// differ, and the preview must say so.
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { readResolutionFile, resolutionText } from "../../src/formats/resolution-text";
import { DOC_NUMBERING_WARNING } from "../../src/formats/resolution/doc-text";
import { FIELDS, scoreFolder, type DocScore } from "../core/parse/genre-score";
import { makeResolutionDocx } from "../support/docx-corpus/make-docx";
import { convertWithLibreOffice, type OfficeFile } from "../support/libreoffice";

const GENRE = resolve(__dirname, "../core/parse/genre");
const FORMATS = ["odt", "rtf", "doc", "pdf"] as const;
// a third of the corpus keeps the four LibreOffice runs within seconds: every third document
// and the plans as tables (the .docx corpus test reads all of them)
const picked = (base: string, i: number) => i % 3 === 0 || /plan/.test(base);

interface Total {
  gold: number;
  parsed: number;
  found: number;
  ok: Record<(typeof FIELDS)[number], number>;
}

function total(scores: DocScore[]): Total {
  const t: Total = { gold: 0, parsed: 0, found: 0, ok: { n: 0, executors: 0, deadline: 0, target: 0, controlled: 0 } };
  for (const s of scores) {
    t.gold += s.gold;
    t.parsed += s.parsed;
    t.found += s.found;
    for (const f of FIELDS) t.ok[f] += s.ok[f];
  }
  return t;
}

const pct = (a: number, b: number) => (b ? (100 * a) / b : 0);
const line = (t: Total) =>
  `found ${t.found}/${t.gold} parsed ${t.parsed} ` + FIELDS.map((f) => `${f}=${pct(t.ok[f], t.found).toFixed(1)}`).join(" ");

describe("resolution files in every format: .odt, .rtf, .doc and .pdf score as the .docx", function () {
  this.timeout(180000);
  const dirs = new Map<string, string>();
  const files = new Map<string, Map<string, Uint8Array>>();
  const golds: string[] = [];

  before(async () => {
    const docx: OfficeFile[] = [];
    const all = readdirSync(GENRE).filter((f) => f.endsWith(".gold.json")).sort();
    for (const gold of all.filter((f, i) => picked(f, i))) {
      const base = gold.replace(/\.gold\.json$/, "");
      const text = await resolutionText(new Uint8Array(readFileSync(join(GENRE, `${base}.txt`))), `${base}.txt`);
      docx.push({ name: `${base}.docx`, bytes: await makeResolutionDocx(text, { softBreaks: true, headerFooter: golds.length % 2 === 0 }) });
      golds.push(base);
    }
    files.set("docx", new Map(docx.map((f) => [f.name.replace(/\.docx$/, ""), f.bytes])));
    for (const format of FORMATS) {
      const made = convertWithLibreOffice(docx, format);
      files.set(format, new Map([...made].map(([name, bytes]) => [name.replace(/\.docx$/, ""), bytes])));
    }
    // each format's files saved under the gold's .txt name: the reader tells the format by the bytes
    for (const [format, byName] of files) {
      const dir = mkdtempSync(join(tmpdir(), `svodka-${format}-corpus-`));
      for (const base of golds) {
        writeFileSync(join(dir, `${base}.gold.json`), readFileSync(join(GENRE, `${base}.gold.json`)));
        writeFileSync(join(dir, `${base}.txt`), byName.get(base)!);
      }
      dirs.set(format, dir);
    }
  });

  after(() => {
    for (const dir of dirs.values()) rmSync(dir, { recursive: true, force: true });
  });

  const scores = new Map<string, DocScore[]>();
  const scored = async (format: string) => scores.get(format) ?? scores.set(format, await scoreFolder(dirs.get(format)!)).get(format)!;

  for (const format of ["odt", "rtf"] as const) {
    it(`.${format} gives the same directives, numbers and fields as the .docx`, async () => {
      const [d, f] = [total(await scored("docx")), total(await scored(format))];
      assert.ok(d.gold > 50 && d.found > 0, "the .docx corpus scored");
      assert.deepEqual(f, d, `.docx ${line(d)}\n.${format} ${line(f)}`);
    });
  }

  it(".doc finds the same directives with the same fields as the .docx; its item numbers come with a warning", async () => {
    const [d, f] = [total(await scored("docx")), total(await scored("doc"))];
    assert.ok(pct(f.found, f.gold) >= pct(d.found, d.gold) - 2, `.docx ${line(d)}\n.doc ${line(f)}`);
    for (const field of FIELDS.filter((x) => x !== "n")) assert.ok(pct(f.ok[field], f.found) >= pct(d.ok[field], d.found) - 3, `${field}: .docx ${line(d)}\n.doc ${line(f)}`);
    // every .doc whose numbers differ from the .docx says so in the preview
    const docScores = await scored("doc");
    const docxScores = await scored("docx");
    for (const [i, s] of docScores.entries()) {
      if (s.ok.n === docxScores[i].ok.n && s.found === docxScores[i].found) continue;
      const read = await readResolutionFile(files.get("doc")!.get(golds[i])!, `${golds[i]}.doc`);
      assert.deepEqual(read.warnings, [DOC_NUMBERING_WARNING], `${golds[i]}.doc numbers differ from the .docx without a warning`);
    }
  });

  it(".pdf (its text layer) scores as the .docx, plans laid out as tables included", async () => {
    // a PDF table is text placed in columns: the reader tells the columns and rows apart (pdf-table.ts)
    const isPlan = (s: DocScore) => /plan/.test(s.doc);
    const [pdfScores, docxScores] = [await scored("pdf"), await scored("docx")];
    const [d, f] = [total(docxScores), total(pdfScores)];
    assert.deepEqual(f, d, `.docx ${line(d)}\n.pdf ${line(f)}`);
    assert.ok(docxScores.filter(isPlan).length >= 2, "the plans are in the set");
  });
});
