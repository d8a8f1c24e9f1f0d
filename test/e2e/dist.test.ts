// The production build in dist/: light at start-up, heavy libraries split off, no localhost.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import * as acorn from "acorn";
import { initialJsGzipBytes, initialScripts } from "./bundle-size";

const dist = join(__dirname, "..", "..", "dist");
const START_UP_LIMIT = 200_000;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe("production build (dist/)", () => {
  before(() => {
    assert.ok(existsSync(join(dist, "taskpane.html")), "dist/ is missing: run `npm run build` first (npm test does).");
  });

  it("pages are there: taskpane.html, standalone.html, commands.html, the manifest, the icons and the office.js fallback", () => {
    for (const f of ["taskpane.html", "standalone.html", "commands.html", "manifest.xml", "assets/icon-16.png", "assets/icon-80.png", "office-js/office.js"])
      assert.ok(existsSync(join(dist, f)), `dist/${f} is missing`);
  });

  it(`loads at most ${START_UP_LIMIT} bytes of gzipped JS before the first click`, () => {
    // The old-webview check and the office.js CDN fallback live in their own small files: the
    // Content-Security-Policy allows no inline script.
    assert.deepEqual(initialScripts(dist, "taskpane.html"), ["old-host-check.js", "office-js-loader.js", "taskpane.js"]);
    const bytes = initialJsGzipBytes(dist, "taskpane.html");
    assert.ok(bytes > 10_000, `implausibly small start-up bundle: ${bytes} bytes`);
    assert.ok(bytes <= START_UP_LIMIT, `start-up JS is ${bytes} bytes gzipped`);
  });

  it("keeps exceljs, jszip and the parser out of the start-up bundle", () => {
    const initial = readFileSync(join(dist, "taskpane.js"), "utf8");
    const chunks = readdirSync(join(dist, "chunks")).map((f) => readFileSync(join(dist, "chunks", f), "utf8"));
    // Marker strings of each library: absent from taskpane.js, present in some lazily loaded chunk.
    for (const marker of ["ExcelJS", "JSZip", "РЕШИЛ"]) {
      assert.ok(!initial.includes(marker), `«${marker}» is in the start-up bundle`);
      assert.ok(chunks.some((c) => c.includes(marker)), `«${marker}» is in no lazy chunk`);
    }
  });

  it("the pane's scripts parse as ES2017, the old-webview check as ES5", () => {
    // Scripts esbuild cannot lower to ES2017 (webpack.config.js, LowerToEs2017Plugin), with why
    // they are harmless in the webviews the pane starts in; they must still parse as ES2020.
    const known: [RegExp, string][] = [
      [/^chunks\/pdfjs\./, "pdf.js loads its worker with import(), supported by Safari 11.1+ and every WebView2"],
    ];
    const scripts = ["taskpane.js", ...readdirSync(join(dist, "chunks")).filter((f) => f.endsWith(".js")).map((f) => `chunks/${f}`)];
    assert.ok(scripts.some((f) => /^chunks\/office-host\./.test(f)), "no office-host chunk");
    const parse = (file: string, ecmaVersion: 5 | 2017 | 2020) => acorn.parse(readFileSync(join(dist, file), "utf8"), { ecmaVersion, sourceType: "script" });
    const failures: string[] = [];
    for (const file of scripts) {
      try {
        parse(file, 2017);
      } catch (e) {
        const allowed = known.find(([pattern]) => pattern.test(file));
        if (!allowed) failures.push(`${file}: ${(e as Error).message}`);
        else parse(file, 2020);
      }
    }
    assert.deepEqual(failures, [], "scripts that do not parse as ES2017");
    parse("old-host-check.js", 5);
  });

  it("mentions localhost nowhere (a production build, no dev URL leaked)", () => {
    const files = filesUnder(dist);
    assert.ok(files.length > 10);
    const leaks = files.filter((f) => /localhost/i.test(readFileSync(f, "latin1"))).map((f) => relative(dist, f));
    assert.deepEqual(leaks, [], "files mentioning localhost (is dist/ a development build? run `npm run build`)");
  });
});
