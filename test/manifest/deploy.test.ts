// Deployment as the README describes it («Развёртывание в учреждении»): the production URL comes
// from SVODKA_URL at build time, and the manifest in dist/ then names that server everywhere and
// still validates against Microsoft's schema (xmllint, as .ci/run checks the source manifest).
// The build here is webpack with the project's own configuration, limited to the manifest so it
// takes a second or two; the full build (npm run build) copies it the same way.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import CopyWebpackPlugin from "copy-webpack-plugin";
import webpack, { type Configuration } from "webpack";

const root = join(__dirname, "..", "..");
const XSD = join(root, "..", "shared", "office-schemas", "OfficeAppManifestV1_1.xsd");
const OFFICE_URL = "https://svodka.uo-zarechny.ru/addin/";

type ConfigFactory = ((env: Record<string, unknown>, argv: { mode: string }) => Promise<Configuration>) & { productionUrl(value?: string): string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const configFactory = require(join(root, "webpack.config.js")) as ConfigFactory;

/** Runs the production configuration with SVODKA_URL set, copying only the manifest; returns it. */
async function buildManifest(url: string): Promise<string> {
  const saved = process.env.SVODKA_URL;
  process.env.SVODKA_URL = url;
  const out = mkdtempSync(join(tmpdir(), "svodka-deploy-"));
  try {
    const full = await configFactory({}, { mode: "production" });
    const copy = full.plugins!.find((p): p is CopyWebpackPlugin => p instanceof CopyWebpackPlugin)!;
    const patterns = (copy as unknown as { patterns: { from: string }[] }).patterns.filter((p) => p.from === "manifest*.xml");
    assert.equal(patterns.length, 1, "the build copies manifest*.xml");
    const config: Configuration = {
      mode: "production",
      context: root,
      entry: { stub: "data:text/javascript,void 0" },
      output: { path: out, clean: true },
      plugins: [new CopyWebpackPlugin({ patterns: patterns as never })],
    };
    const stats = await new Promise<webpack.Stats>((resolve, reject) => webpack(config, (err, s) => (err ? reject(err) : resolve(s!))));
    assert.equal(stats.hasErrors(), false, stats.toString("errors-only"));
    return readFileSync(join(out, "manifest.xml"), "utf8");
  } finally {
    if (saved === undefined) delete process.env.SVODKA_URL;
    else process.env.SVODKA_URL = saved;
    rmSync(out, { recursive: true, force: true });
  }
}

describe("deployment: a production build for an office's own server (SVODKA_URL)", function () {
  this.timeout(60_000);
  let manifest: string;
  before(async () => {
    manifest = await buildManifest(OFFICE_URL.replace(/\/$/, "")); // the slash is added
  });

  it("names the office's server in every URL of the manifest and nowhere localhost", () => {
    assert.doesNotMatch(manifest, /localhost/i);
    const source = readFileSync(join(root, "manifest.xml"), "utf8");
    const devUrls = source.match(/https:\/\/localhost:3000\/[^"<]*/g) ?? [];
    assert.ok(devUrls.length >= 8, `only ${devUrls.length} URLs in manifest.xml`);
    const prodUrls = manifest.match(/https:\/\/[^"<]*/g)!.filter((u) => !u.startsWith("https://schemas."));
    assert.deepEqual(prodUrls, devUrls.map((u) => u.replace("https://localhost:3000/", OFFICE_URL)));
    assert.match(manifest, /<SourceLocation DefaultValue="https:\/\/svodka\.uo-zarechny\.ru\/addin\/taskpane\.html"\/>/);
  });

  it("validates against the Office add-in manifest schema (xmllint)", () => {
    const dir = mkdtempSync(join(tmpdir(), "svodka-xsd-"));
    try {
      const file = join(dir, "manifest.xml");
      writeFileSync(file, manifest);
      const result = execFileSync("xmllint", ["--noout", "--schema", XSD, file], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
      assert.equal(result, "");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a URL Office would not load the add-in from, with the reason", () => {
    assert.equal(configFactory.productionUrl("https://svodka.uo.example.ru"), "https://svodka.uo.example.ru/");
    assert.throws(() => configFactory.productionUrl("http://svodka.uo.example.ru/"), /must be an https:\/\/ address/);
    assert.throws(() => configFactory.productionUrl("https://localhost:3000/"), /not localhost/);
    assert.throws(() => configFactory.productionUrl("svodka"), /not a URL/);
  });
});
