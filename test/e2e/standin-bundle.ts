// The Excel stand-in (test/support/excel-standin) as one browser script that replaces office.js:
// it installs Excel and Office on window and leaves the handle at window.__excelStandIn.
import { build } from "esbuild";
import { join } from "node:path";

export const STANDIN_GLOBAL = "__excelStandIn";

export async function standInBrowserScript(): Promise<string> {
  const standIn = join(__dirname, "..", "support", "excel-standin").replace(/\\/g, "/");
  const result = await build({
    stdin: {
      contents: `import { installExcelStandIn } from ${JSON.stringify(standIn)};\nwindow.${STANDIN_GLOBAL} = installExcelStandIn(window);\n`,
      resolveDir: __dirname,
      loader: "ts",
    },
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}
