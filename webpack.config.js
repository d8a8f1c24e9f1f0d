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
const urlProd = "https://svodka.example.org/";
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

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
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
      }),
      new HtmlWebpackPlugin({
        filename: "standalone.html",
        template: "./src/taskpane/standalone.html",
        chunks: ["standalone"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/taskpane/commands.html",
        chunks: [],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
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
    ],
    devServer: {
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      // Certificates only when serving the add-in: a plain build must not try to install them, and
      // the standalone page (`npm run standalone`, `--env http`) needs none on this computer.
      server: env.http
        ? { type: "http" }
        : { type: "https", options: env.WEBPACK_SERVE ? await getHttpsOptions() : {} },
      port: process.env.npm_package_config_dev_server_port || 3000,
    },
  };
};
