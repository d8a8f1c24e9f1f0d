// Builds the task pane (taskpane.html), the standalone page (standalone.html) and the manifest's
// function file (commands.html, no script of ours) into dist/,
// following the `yo office` React template: ts-loader, html-webpack-plugin, copy-webpack-plugin,
// an https dev server on port 3000 with office-addin-dev-certs.
//
// Production builds must not mention localhost anywhere: the manifest's dev URL is replaced by
// urlProd when it is copied (see also officeJsFallback below).

const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
const urlProdDefault = "https://svodka.example.org/";

/**
 * Where an office serves dist/ (README, «Развёртывание в учреждении»): the environment variable
 * SVODKA_URL at build time, e.g. `SVODKA_URL=https://svodka.uo.example.ru/ npm run build`.
 * Office loads add-ins only over https; the folder URL gets its trailing slash.
 */
function productionUrl(value = process.env.SVODKA_URL) {
  if (!value) return urlProdDefault;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SVODKA_URL is not a URL: ${value}`);
  }
  if (url.protocol !== "https:") throw new Error(`SVODKA_URL must be an https:// address (Office loads add-ins only over https): ${value}`);
  if (/localhost/i.test(url.hostname)) throw new Error(`SVODKA_URL must be the production server, not ${url.hostname}`);
  if (url.search || url.hash) throw new Error(`SVODKA_URL must be a folder address without ?query or #fragment: ${value}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * Production scripts must parse in the oldest webview Office still runs the pane in that is not
 * Internet Explorer or Edge Legacy (those get a message from old-host-check.js): Safari 12–13 of
 * Excel on older macOS lacks `??`, `?.` and class fields. esbuild lowers every emitted script
 * (our code and the libraries) to ES2017 right after minification (the minifier itself writes
 * `??`), before content hashes are computed; test/e2e/dist.test.ts parses them. Each file is
 * wrapped in a function (format "iife") so that the helpers esbuild adds (object spread, class
 * fields) stay local: as top-level `var`s of several scripts they would overwrite one another.
 * Microsoft's office.js copies are left as they are.
 */
class LowerToEs2017Plugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LowerToEs2017Plugin", (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: "LowerToEs2017Plugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 },
        async (assets) => {
          const esbuild = require("esbuild");
          for (const name of Object.keys(assets)) {
            const asset = compilation.getAsset(name);
            if (!/\.m?js$/.test(name) || asset.info.copied) continue;
            const { code } = await esbuild.transform(asset.source.source().toString(), { target: "es2017", minify: true, legalComments: "inline", format: "iife" });
            compilation.updateAsset(name, new sources.RawSource(code));
          }
        },
      );
    });
  }
}
const officeJsDir = path.resolve(__dirname, "node_modules/@microsoft/office-js/dist");

async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

/**
 * Files of the local office.js fallback: the loader, the Excel runtimes, ru-RU and en-US strings.
 * Microsoft's Excel runtimes name the pseudo-domain "http://document.localhost/" in string
 * literals; it is written as "local\u0068ost", the same string to JavaScript, so that dist/ holds
 * no literal "localhost" (which would hide a leaked dev URL). Any other mention fails the build.
 */
const officeJsFallback = {
  from: "{office.js,o15apptofilemappingtable.js,es6-promise.js,excel*.js,ru-ru/*,en-us/*}",
  context: officeJsDir,
  to: "office-js/",
  globOptions: { ignore: ["**/*.debug.js"] },
  // Microsoft's files are shipped as they are, not minified again.
  info: { minimized: true },
  transform(content, absoluteFrom) {
    const text = content.toString("utf8");
    if (!/localhost/i.test(text)) return content;
    const escaped = text.replace(/"(https?:\/\/|\/\/)?document\.localhost([^"\\]*)"/g, '"$1document.local\\u0068ost$2"');
    if (/localhost/i.test(escaped)) throw new Error(`${absoluteFrom} mentions localhost outside a "document.localhost" string`);
    return escaped;
  },
};

const OFFICE_CDN = "https://appsforoffice.microsoft.com";

/**
 * The Content-Security-Policy of each page: exactly what it loads, nothing from anywhere else.
 * - scripts: our bundles and lazy chunks ('self'); the pane and the function file also Office.js
 *   from Microsoft's CDN (which loads its helper files from there too) or its local copy
 *   ('self'). No inline script (the office.js fallback is office-js-loader.js) and no eval.
 * - styles: 'unsafe-inline', because Fluent UI v9 (griffel) inserts <style> elements at run
 *   time and the pages are static files, so there is no server to give them a fresh nonce.
 *   Styles cannot run code; scripts stay strict.
 * - images: icons ('self'), Fluent's inline SVG/data: images. Downloads are blob: links,
 *   which no fetch directive governs.
 * - connect: only our own origin (webpack's dev server websocket too: CSP3 'self' covers ws:).
 *   Office.js's own telemetry to Microsoft is not let out; the pane does not need it.
 * The pages' <meta> carries it (the templates put it first in <head>); the dev server also
 * sends it as a header. A <meta> cannot set frame-ancestors: Office frames the pane.
 */
function contentSecurityPolicy({ officeJs }) {
  const scripts = officeJs ? `'self' ${OFFICE_CDN}` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const urlProd = dev ? urlDev : productionUrl();
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/taskpane-entry.tsx",
      standalone: "./src/taskpane/standalone-entry.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".html"],
      // exceljs and jszip reach for Node built-ins they never use in the browser.
      fallback: { fs: false, path: false, stream: false, crypto: false, os: false, zlib: false, buffer: false },
      // zod without its eval probe, which the Content-Security-Policy would block (see the file).
      alias: { zod$: path.resolve(__dirname, "src/taskpane/zod-jitless.ts") },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // `npm test` type-checks separately (tsc --noEmit); here we only transpile.
            options: { transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        },
      ],
    },
    performance: {
      // Only the initial chunk matters for start-up (test/e2e/bundle-size.ts measures it);
      // the lazily loaded exceljs/docx chunks are large by nature.
      hints: false,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        csp: contentSecurityPolicy({ officeJs: true }),
      }),
      new HtmlWebpackPlugin({
        filename: "standalone.html",
        template: "./src/taskpane/standalone.html",
        chunks: ["standalone"],
        csp: contentSecurityPolicy({ officeJs: false }),
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/taskpane/commands.html",
        chunks: [],
        csp: contentSecurityPolicy({ officeJs: true }),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // Plain scripts the pages name by file (no inline script under the CSP).
          { from: "src/taskpane/{office-js-loader,old-host-check,commands}.js", to: "[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd);
            },
          },
          officeJsFallback,
        ],
      }),
      ...(dev ? [] : [new LowerToEs2017Plugin()]),
    ],
    devServer: {
      hot: false,
      // The pane's policy (the widest of the pages); each page's <meta> narrows it further.
      headers: { "Access-Control-Allow-Origin": "*", "Content-Security-Policy": contentSecurityPolicy({ officeJs: true }) },
      // Certificates only when serving the add-in: a plain build must not try to install them, and
      // the standalone page (`npm run standalone`, `--env http`) needs none on this computer.
      server: env.http
        ? { type: "http" }
        : { type: "https", options: env.WEBPACK_SERVE ? await getHttpsOptions() : {} },
      port: process.env.npm_package_config_dev_server_port || 3000,
    },
  };
};

module.exports.productionUrl = productionUrl;
