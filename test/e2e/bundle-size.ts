// How much JavaScript the pane downloads before the first click: the gzipped sizes of the local
// script files an HTML page of dist/ references. Office.js from Microsoft's CDN is not ours and
// not counted; chunks loaded later through import() are not referenced by the page and not counted.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** Local script files a page references with <script src>, relative to distDir. */
export function initialScripts(distDir: string, htmlName: string): string[] {
  const html = readFileSync(join(distDir, htmlName), "utf8");
  // Minified HTML may leave attribute values unquoted.
  const srcs = [...html.matchAll(/<script\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((m) => m[1] ?? m[2] ?? m[3]);
  return srcs.filter((s) => !/^(https?:)?\/\//i.test(s)).map((s) => s.replace(/^\.?\//, "").replace(/[?#].*$/, ""));
}

/** Sum of gzip sizes (level 9) of the page's initial local scripts, in bytes. */
export function initialJsGzipBytes(distDir: string, htmlName: string): number {
  const scripts = initialScripts(distDir, htmlName);
  if (!scripts.length) throw new Error(`${htmlName} references no local script: is ${distDir} a build of the pane?`);
  return scripts.reduce((sum, s) => sum + gzipSync(readFileSync(join(distDir, s)), { level: 9 }).length, 0);
}
