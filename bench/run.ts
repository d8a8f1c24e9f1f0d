// `npm run bench [-- --json]`: prints Svodka's speed and size figures. Figures only: tests
// never assert wall-clock times. Each section runs on generated or built-in data.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { execFileSync, execSync } from "node:child_process";
import { join, resolve } from "node:path";
import { parseResolution } from "../src/core/parse";
import { pdfRead } from "./pdf-read";

type Figures = Record<string, number | null>;
const asJson = process.argv.includes("--json");
const root = resolve(__dirname, "..");
const log = (s: string) => {
  if (!asJson) console.log(s);
};
const warn = (s: string) => process.stderr.write(`bench: ${s}\n`);

async function section(name: string, run: () => Promise<Figures>, keys: string[], figures: Figures): Promise<void> {
  log(`— ${name}`);
  try {
    const got = await run();
    Object.assign(figures, got);
    for (const [k, v] of Object.entries(got)) log(`  ${k}: ${v}`);
  } catch (e) {
    // A section that cannot run still shows its figures, as null, and says why.
    for (const k of keys) figures[k] = null;
    warn(`${name}: ${(e as Error).message.split("\n")[0]}`);
  }
}

/** JS the pane loads before the first click, gzipped (production build). */
async function paneSize(): Promise<Figures> {
  const dist = join(root, "dist");
  if (!existsSync(join(dist, "taskpane.html"))) execSync("npm run --silent build", { cwd: root, stdio: "ignore" });
  const { initialJsGzipBytes } = await import("../test/e2e/bundle-size");
  return { taskpaneInitialJsGzipBytes: initialJsGzipBytes(dist, "taskpane.html") };
}

/**
 * Syncs and request sizes of an import of 10 and 1,000 directives against the Excel stand-in, and
 * the bytes an import of the sample resolution reads beside a «Журнал» of 0 and 3,000 lines.
 */
async function officeImport(): Promise<Figures> {
  const { importBytesRead, importSyncs } = await import("../test/support/import-bench");
  const small = await importSyncs(10);
  const large = await importSyncs(1000);
  const [journal0, journal3000] = [await importBytesRead(0), await importBytesRead(3000)];
  return {
    syncsImport10: small.syncs,
    syncsImport1000: large.syncs,
    maxSyncPayloadBytesImport1000: large.maxPayloadBytes,
    bytesReadImportWithJournal0: journal0.bytesRead,
    bytesReadImportWithJournal3000: journal3000.bytesRead,
  };
}

/** Parser speed on the shared corpus texts (or the built-in sample), per 100 KB of text. */
async function parser(): Promise<Figures> {
  const dir = resolve(root, "../shared/corpus");
  const texts = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".txt"))
        .map((f) => readFileSync(join(dir, f), "utf8"))
    : [readFileSync(join(root, "samples/resolution.txt"), "utf8")];
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  for (const t of texts) parseResolution(t); // warm-up
  const rounds = 20;
  const start = performance.now();
  for (let i = 0; i < rounds; i++) for (const t of texts) parseResolution(t);
  const ms = (performance.now() - start) / rounds;
  return { parseMsPer100KB: Number(((ms * 100 * 1024) / bytes).toFixed(2)) };
}

/**
 * The slowest of the pathological texts (bench/pathological-texts.ts), per 100 KB: the parser
 * reads each or refuses it at a bound, and neither may cost much more than a normal text.
 * Goal: within 10× of parseMsPer100KB.
 */
async function worstCaseParser(): Promise<Figures> {
  const { pathologicalTexts } = await import("./pathological-texts");
  const { ResolutionRefusal } = await import("../src/core/parse/bounds");
  const run = (text: string) => {
    try {
      parseResolution(text);
    } catch (e) {
      if (!(e instanceof ResolutionRefusal)) throw e;
    }
  };
  for (const t of Object.values(pathologicalTexts(16))) run(t); // warm-up
  let worst = 0;
  let worstName = "";
  for (const [name, text] of Object.entries(pathologicalTexts(256))) {
    const start = performance.now();
    run(text);
    const perKB = ((performance.now() - start) * 100 * 1024) / Buffer.byteLength(text);
    log(`    ${name}: ${perKB.toFixed(1)} ms / 100 KB`);
    if (perKB > worst) [worst, worstName] = [perKB, name];
  }
  log(`    самый медленный: ${worstName}`);
  return { worstCaseParseMsPer100KB: Number(worst.toFixed(2)) };
}

async function ingest(): Promise<Figures> {
  const { benchIngest } = await import("../test/support/report-files/bench");
  const r = await benchIngest(500, 100);
  return { ingest500FilesMs: Math.round(r.ingestMs), exceljsLoad500FilesMs: Math.round(r.exceljsLoadMs), ingestPeakRssMB: Math.round(r.peakRssMB) };
}

async function ingestOds(): Promise<Figures> {
  const { benchIngestOds } = await import("../test/support/report-files/bench-ods");
  const r = await benchIngestOds(100, 100);
  return { ingestOds100FilesMs: Math.round(r.ingestMs) };
}

/**
 * `svodka parse` of the sample through the built CLI (dist-cli/svodka.cjs) against a bare
 * `node -e ""` in the same run: the median of 7 runs each, interleaved, so the ratio does not
 * depend on how fast this machine is.
 */
async function cliStart(): Promise<Figures> {
  execFileSync(process.execPath, [join(root, "scripts/build-cli.mjs"), "--if-stale"], { stdio: "ignore" });
  const timed = (args: string[]) => {
    const start = performance.now();
    execFileSync(process.execPath, args, { stdio: "ignore" });
    return performance.now() - start;
  };
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const bare: number[] = [];
  const parse: number[] = [];
  for (let i = 0; i < 7; i++) {
    bare.push(timed(["-e", ""]));
    parse.push(timed([join(root, "dist-cli/svodka.cjs"), "parse", join(root, "samples/resolution.txt"), "--json"]));
  }
  const [cliParseMs, nodeBareStartMs] = [median(parse), median(bare)];
  return { cliParseMs: Math.round(cliParseMs), nodeBareStartMs: Math.round(nodeBareStartMs), cliParseToBareNode: Number((cliParseMs / nodeBareStartMs).toFixed(1)) };
}

async function check(): Promise<Figures> {
  const { benchCheck } = await import("../test/support/check-bench");
  return benchCheck();
}

async function main(): Promise<void> {
  const figures: Figures = {};
  await section("Панель задач: размер стартового JS", paneSize, ["taskpaneInitialJsGzipBytes"], figures);
  await section("Импорт в Excel (стенд): синхронизации и прочитанные байты", officeImport, ["syncsImport10", "syncsImport1000", "maxSyncPayloadBytesImport1000", "bytesReadImportWithJournal0", "bytesReadImportWithJournal3000"], figures);
  await section("Разбор резолюций", parser, ["parseMsPer100KB"], figures);
  await section("Разбор резолюций: худший случай", worstCaseParser, ["worstCaseParseMsPer100KB"], figures);
  if (figures.parseMsPer100KB && figures.worstCaseParseMsPer100KB) {
    log(`  худший случай медленнее обычного в ${(figures.worstCaseParseMsPer100KB / figures.parseMsPer100KB).toFixed(1)} раза (цель — не больше 10)`);
  }
  if (!process.argv.includes("--quick")) {
    await section("Загрузка отчётов школ", ingest, ["ingest500FilesMs", "exceljsLoad500FilesMs", "ingestPeakRssMB"], figures);
    await section("Загрузка отчётов школ в формате .ods (LibreOffice)", ingestOds, ["ingestOds100FilesMs"], figures);
  }
  if (!process.argv.includes("--quick")) await section("Чтение PDF-резолюции на 20 страниц", pdfRead, ["pdfRead20PagesMs"], figures);
  await section("Проверка", check, ["syncsCheck5000", "checkMsPer100kMarks"], figures);
  await section("Запуск CLI: svodka parse против пустого node", cliStart, ["cliParseMs", "nodeBareStartMs", "cliParseToBareNode"], figures);
  if (figures.cliParseToBareNode) log(`  (цель — не больше 4 раз)`);
  if (asJson) console.log(JSON.stringify(figures));
}

main().catch((e) => {
  warn((e as Error).stack ?? String(e));
  process.exitCode = 1;
});
