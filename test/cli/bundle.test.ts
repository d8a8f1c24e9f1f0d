// The built CLI (dist-cli/svodka.cjs, the `svodka` bin that `npx svodka …` runs): it answers
// --help, parses a resolution exactly as the source does, creates a свод through the lazily
// loaded exceljs and reads a PDF through pdf.js, which stays outside the bundle.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseResolution } from "../../src/core/parse";
import { SAMPLE_RESOLUTION_PATH } from "../../samples";

const ROOT = join(__dirname, "../..");
const BUNDLE = join(ROOT, "dist-cli/svodka.cjs");

function svodka(...args: string[]) {
  const r = spawnSync(process.execPath, [BUNDLE, ...args], { encoding: "utf8", timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("svodka CLI bundle (dist-cli/svodka.cjs)", function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    // Built by `npm ci` (prepare) and `npm run build`; rebuilt here if src/ is newer.
    const build = spawnSync(process.execPath, [join(ROOT, "scripts/build-cli.mjs"), "--if-stale"], { encoding: "utf8", timeout: 60_000 });
    assert.equal(build.status, 0, build.stderr);
    dir = mkdtempSync(join(tmpdir(), "svodka-bundle-"));
  });

  it("is what package.json's bin points to, and runs as an executable", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { bin: Record<string, string> };
    assert.equal(join(ROOT, pkg.bin.svodka), BUNDLE);
    assert.match(readFileSync(BUNDLE, "utf8").slice(0, 40), /^#!\/usr\/bin\/env node\n/);
    const r = spawnSync(BUNDLE, ["--help"], { encoding: "utf8", timeout: 30_000 });
    assert.equal(r.status, 0, r.stderr);
  });

  it("--help prints the usage of every command on stdout", () => {
    const r = svodka("--help");
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, "");
    assert.match(r.stdout, /^Использование:/);
    for (const command of ["parse", "init", "import", "orgs", "templates", "ingest", "check", "summary", "letters", "decisions", "dynamics"]) {
      assert.match(r.stdout, new RegExp(`svodka -- ${command} `), command);
    }
  });

  it("an unknown command is named in Russian, with the usage, and exits 2", () => {
    const r = svodka("разобрать");
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Неизвестная команда «разобрать»/);
    assert.match(r.stderr, /Использование:/);
  });

  it("parse prints the same document as the parser in the source", () => {
    const r = svodka("parse", SAMPLE_RESOLUTION_PATH, "--json");
    assert.equal(r.code, 0, r.stderr);
    const expected = JSON.parse(JSON.stringify({ source: "resolution.txt", ...parseResolution(readFileSync(SAMPLE_RESOLUTION_PATH, "utf8")) })) as { directives: unknown[] };
    assert.ok(expected.directives.length > 10, "the sample has its directives");
    assert.deepEqual(JSON.parse(r.stdout), expected);
  });

  it("init creates a свод (exceljs, loaded on first use, works in the bundle)", () => {
    const path = join(dir, "свод.xlsx");
    const r = svodka("init", path);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Свод создан/);
    assert.ok(existsSync(path));
    assert.equal(readFileSync(path).subarray(0, 2).toString("latin1"), "PK", "an .xlsx is a zip");
  });

  it("parse of a damaged PDF loads pdf.js and refuses the file in Russian", () => {
    const path = join(dir, "резолюция.pdf");
    writeFileSync(path, "%PDF-1.4\n%%EOF\n");
    const r = svodka("parse", path, "--json");
    assert.equal(r.code, 1);
    assert.match(r.stderr, /PDF не читается/);
    assert.doesNotMatch(r.stderr, /Внутренняя ошибка/);
  });
});
