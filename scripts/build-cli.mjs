// `npm run build:cli`: bundles the command line (src/cli/main.ts) into one CommonJS file,
// dist-cli/svodka.cjs, the `svodka` bin of package.json. Run by `npm run build` and by
// `prepare`, so `npm ci` leaves a working `npx svodka …`; it takes well under a second.
//
// Start-up is what matters here (a script may call the CLI once per school file), so:
// - the bundle is minified: V8 compiles a 4 MB file faster than an 8 MB one;
// - exceljs is loaded on first use, not at start. Every command module imports the file
//   host statically, and evaluating exceljs and its zip/stream dependencies is the largest
//   part of a start-up (about half of `svodka parse`). The plugin below swaps `exceljs` for a
//   small module whose exports are getters that require the real package when first read;
//   its export names are taken from the installed package at build time.
// - pdf.js stays outside the bundle: src/formats/resolution/pdf-text.ts imports it dynamically,
//   and the bundle keeps that import(), so Node loads it from node_modules only when a PDF is
//   read. Inlined, its 1.5 MB would be compiled at every start.
//
// `--if-stale` (used by `npm run svodka`) builds only when a file under src/, package.json or
// package-lock.json is newer than the bundle, so the npm script always runs the current code.
import { chmodSync, existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(resolve(root, "package.json"));
const outfile = resolve(root, "dist-cli/svodka.cjs");

/** Newest modification time among the files under `dir` (recursively). */
function newestUnder(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestUnder(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isStale() {
  if (!existsSync(outfile)) return true;
  const sources = Math.max(newestUnder(resolve(root, "src")), ...["package.json", "package-lock.json"].map((f) => statSync(resolve(root, f)).mtimeMs));
  return sources > statSync(outfile).mtimeMs;
}

/** Packages evaluated on first use instead of at start. */
const LAZY_PACKAGES = ["exceljs"];

/** esbuild plugin: `import … from "<pkg>"` gets getters over a deferred `require("<pkg>")`. */
const lazyPackages = {
  name: "lazy-packages",
  setup(b) {
    const filter = new RegExp(`^(${LAZY_PACKAGES.map((p) => p.replace(/[/.]/g, "\\$&")).join("|")})$`);
    b.onResolve({ filter }, (args) => {
      // The shim's own require of the real package is resolved normally.
      if (args.pluginData?.real) return undefined;
      return { path: args.path, namespace: "lazy-package" };
    });
    b.onLoad({ filter: /.*/, namespace: "lazy-package" }, (args) => {
      const names = Object.keys(require(args.path)).filter((n) => n !== "default" && n !== "__esModule");
      const getters = names.map((n) => `  ${JSON.stringify(n)}: { enumerable: true, get: () => real()[${JSON.stringify(n)}] },`);
      return {
        contents: [
          `let loaded;`,
          `const real = () => (loaded ??= require(${JSON.stringify(args.path)}));`,
          `Object.defineProperties(module.exports, {`,
          ...getters,
          `});`,
        ].join("\n"),
        loader: "js",
        resolveDir: root,
        pluginData: { real: true },
      };
    });
  },
};

if (process.argv.includes("--if-stale") && !isStale()) process.exit(0);

const started = Date.now();
// Imported here so that `--if-stale` with nothing to do does not pay for loading esbuild.
const { build } = await import("esbuild");
await build({
  entryPoints: [resolve(root, "src/cli/main.ts")],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  minify: true,
  legalComments: "none",
  banner: { js: "#!/usr/bin/env node" },
  external: ["pdfjs-dist"],
  plugins: [lazyPackages],
  logLevel: "warning",
});
chmodSync(outfile, 0o755);
process.stderr.write(`build:cli: dist-cli/svodka.cjs in ${Date.now() - started} ms\n`);
