// Files made by real office software: LibreOffice headless (Debian's libreoffice-calc and
// libreoffice-writer, installed by .ci/run). One soffice process converts a whole batch, with
// a private profile so that runs never share state. Tests that need it fail, loudly, where
// LibreOffice is missing: no check is skipped.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Filter names soffice --convert-to needs for each target; plain extensions work for the rest.
 * No shell quotes: spawnSync hands each argument over as is, and soffice refuses a quoted name.
 */
const TARGETS: Record<string, string> = {
  xlsx: "xlsx:Calc MS Excel 2007 XML",
  xls: "xls:MS Excel 97",
  ods: "ods",
  csv: "csv:Text - txt - csv (StarCalc):44,34,76",
  docx: "docx:MS Word 2007 XML",
  doc: "doc:MS Word 97",
  odt: "odt",
  rtf: "rtf",
  pdf: "pdf",
  txt: "txt:Text:UTF8",
};

export interface OfficeFile {
  name: string;
  bytes: Uint8Array;
}

export function sofficePath(): string {
  const found = spawnSync("sh", ["-c", "command -v soffice || command -v libreoffice"], { encoding: "utf8" }).stdout.trim();
  if (!found) throw new Error("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc libreoffice-writer (.ci/run does)");
  return found;
}

/**
 * Converts every file to `to` in one soffice run; returns the results by the input's name
 * (extension replaced). Throws with soffice's output when a file did not come out.
 */
export function convertWithLibreOffice(files: OfficeFile[], to: keyof typeof TARGETS | string, timeoutMs = 180_000): Map<string, Uint8Array> {
  const soffice = sofficePath();
  const work = mkdtempSync(join(tmpdir(), "svodka-lo-"));
  try {
    const inDir = join(work, "in");
    const outDir = join(work, "out");
    spawnSync("mkdir", ["-p", inDir, outDir]);
    const paths = files.map((f) => {
      const p = join(inDir, f.name);
      writeFileSync(p, f.bytes);
      return p;
    });
    const r = spawnSync(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(join(work, "profile")).href}`,
        "--headless",
        "--norestore",
        "--nologo",
        "--convert-to",
        TARGETS[to] ?? to,
        "--outdir",
        outDir,
        ...paths,
      ],
      { encoding: "utf8", timeout: timeoutMs },
    );
    const ext = to.split(":")[0];
    const made = new Set(readdirSync(outDir));
    const out = new Map<string, Uint8Array>();
    for (const f of files) {
      const name = `${basename(f.name, extname(f.name))}.${ext}`;
      if (!made.has(name)) throw new Error(`LibreOffice did not convert ${f.name} to ${ext}: ${r.stdout}\n${r.stderr}${r.error ? `\n${r.error.message}` : ""}`);
      out.set(f.name, new Uint8Array(readFileSync(join(outDir, name))));
    }
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** One file through LibreOffice: `bytes` saved as `to`. */
export function throughLibreOffice(name: string, bytes: Uint8Array, to: string): Uint8Array {
  return convertWithLibreOffice([{ name, bytes }], to).get(name) as Uint8Array;
}
