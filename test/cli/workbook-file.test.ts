// Saving the свод: at every moment the file on disk is the old свод or the new one, never a
// broken one — when the process is killed, when the disk is full — and a read-only свод is
// refused with its bytes and mode untouched, while a writable one keeps its mode.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { createWorkbook } from "../../src/app/create-workbook";
import { saveWorkbookFile } from "../../src/cli/workbook-file";
import { JOURNAL, WORKBOOK_TABLES } from "../../src/core/workbook/schema";
import { FileWorkbookPort } from "../../src/hosts/file";
import { SAMPLE_RESOLUTION_PATH } from "../../samples";
import { writeDistrictSvod } from "./district-svod";
import { runCli } from "./run-cli";

const ROOT = join(__dirname, "../..");
const mode = (path: string) => statSync(path).mode & 0o777;

/** A свод of about a megabyte: the standard tables plus a sheet of incompressible text. */
async function largeSvod(marker: string): Promise<Uint8Array> {
  const port = FileWorkbookPort.create();
  await createWorkbook(port, "2024-09-02T09:00");
  const ws = port.workbook.addWorksheet("Приложение");
  ws.getCell(1, 1).value = marker;
  for (let r = 2; r <= 3000; r++) ws.getRow(r).values = Array.from({ length: 5 }, () => randomBytes(32).toString("hex"));
  return port.save();
}

async function journalLines(path: string): Promise<number> {
  const tables = await (await FileWorkbookPort.open(readFileSync(path))).readTables(WORKBOOK_TABLES);
  return tables.get(JOURNAL.name)!.rows.length;
}

function runChild(args: string[], onReady: (kill: () => void) => void): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "test/cli/save-loop.ts"), ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
    child.stdout.once("data", () => onReady(() => child.kill("SIGKILL")));
    child.on("exit", () => resolve());
  });
}

describe("saving the свод (CLI)", function () {
  this.timeout(180_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "svodka-save-"));
  });

  it("a process killed at random moments while saving leaves the old свод or the new one, never a broken one", async () => {
    const [a, b] = [await largeSvod("версия А"), await largeSvod("версия Б")];
    assert.ok(a.length > 500_000, `the свод is large (${a.length} bytes)`);
    const path = join(dir, "свод.xlsx");
    const versions = mkdtempSync(join(tmpdir(), "svodka-versions-"));
    writeFileSync(join(versions, "a.xlsx"), a);
    writeFileSync(join(versions, "b.xlsx"), b);
    writeFileSync(path, a);
    for (let run = 0; run < 10; run++) {
      await runChild([path, join(versions, "a.xlsx"), join(versions, "b.xlsx")], (kill) => setTimeout(kill, 20 + Math.random() * 400));
      const now = readFileSync(path);
      assert.ok(now.equals(a) || now.equals(b), `run ${run + 1}: the свод is one of the two versions (${now.length} bytes)`);
    }
    const port = await FileWorkbookPort.open(readFileSync(path));
    assert.match(String(port.workbook.getWorksheet("Приложение")!.getCell(1, 1).value), /^версия [АБ]$/);
  });

  it("a temporary file left by a killed save is removed by a later save; a fresh one (a save under way) is kept", async () => {
    const path = join(dir, "свод.xlsx");
    await writeDistrictSvod(path);
    const [stale, fresh] = [join(dir, ".свод.xlsx.deadbeef.tmp"), join(dir, ".свод.xlsx.cafebabe.tmp")];
    writeFileSync(stale, "обрывок");
    writeFileSync(fresh, "пишется");
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(stale, hourAgo, hourAgo);
    await saveWorkbookFile(await FileWorkbookPort.open(readFileSync(path)), path);
    assert.deepEqual(readdirSync(dir).sort(), [".свод.xlsx.cafebabe.tmp", "свод.xlsx"]);
  });

  it("a свод opened through a symbolic link is saved into the file it points to; the link stays", async () => {
    const path = join(dir, "свод.xlsx");
    await writeDistrictSvod(path);
    const link = join(dir, "ярлык.xlsx");
    symlinkSync(path, link);
    const port = await FileWorkbookPort.open(readFileSync(link));
    port.workbook.addWorksheet("Новый лист");
    await saveWorkbookFile(port, link);
    assert.ok(lstatSync(link).isSymbolicLink());
    assert.ok((await FileWorkbookPort.open(readFileSync(path))).workbook.getWorksheet("Новый лист"));
  });

  it("a full disk while writing leaves the old свод untouched and says so in Russian", async () => {
    const path = join(dir, "свод.xlsx");
    const before = await writeDistrictSvod(path);
    const port = await FileWorkbookPort.open(readFileSync(path));
    port.workbook.addWorksheet("Новый лист");
    const fullDisk = async (file: import("node:fs/promises").FileHandle, bytes: Uint8Array) => {
      await file.write(bytes.subarray(0, 4096));
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    };
    await assert.rejects(saveWorkbookFile(port, path, { writeBytes: fullDisk }), /Не удалось записать свод «.*»: на диске не хватает места.*Свод остался прежним/);
    assert.deepEqual(readFileSync(path), Buffer.from(before));
    assert.deepEqual(readdirSync(dir), ["свод.xlsx"], "the temporary file is removed");
  });

  it("a file size limit hit by the CLI (as a full disk) leaves the свод as it was", async () => {
    const path = join(dir, "свод.xlsx");
    const before = await writeDistrictSvod(path);
    assert.ok(before.length > 16 * 1024);
    // ulimit -f counts 1 KB blocks in bash: the new свод cannot be written past 8 KB.
    const r = spawnSync("bash", ["-c", `ulimit -f 8; exec "$0" --import tsx src/cli/main.ts check --workbook "$1" --as-of 2024-12-31`, process.execPath, path], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /на диске не хватает места.*Свод остался прежним/);
    assert.deepEqual(readFileSync(path), Buffer.from(before));
    assert.deepEqual(readdirSync(dir), ["свод.xlsx"]);
  });

  describe("a read-only свод (chmod 444) is refused by every command that writes, bytes and mode unchanged", () => {
    const commands: [string, (svod: string, dir: string) => string[]][] = [
      ["init", (svod) => ["init", svod]],
      ["import", (svod) => ["import", SAMPLE_RESOLUTION_PATH, "--workbook", svod]],
      ["orgs", (svod, dir) => {
        writeFileSync(join(dir, "список.csv"), "Код;Краткое наименование\nОО-99;Школа № 99\n");
        return ["orgs", "--workbook", svod, join(dir, "список.csv")];
      }],
      ["ingest", (svod) => ["ingest", "--workbook", svod, SAMPLE_RESOLUTION_PATH]],
      ["check", (svod) => ["check", "--workbook", svod, "--as-of", "2024-12-31"]],
      ["summary", (svod) => ["summary", "--workbook", svod, "--period", "2024-Q4", "--as-of", "2024-12-31"]],
    ];
    for (const [name, args] of commands) {
      it(name, async () => {
        const path = join(dir, "свод.xlsx");
        await writeDistrictSvod(path);
        chmodSync(path, 0o444);
        const before = readFileSync(path);
        const r = runCli(...args(path, dir));
        assert.equal(r.code, 1, r.stdout);
        assert.match(r.stderr, /Свод «.*свод\.xlsx» открыт только для чтения: снимите с файла атрибут «только чтение» и повторите\./);
        assert.deepEqual(readFileSync(path), before);
        assert.equal(mode(path), 0o444);
      });
    }
  });

  it("a save keeps the file's mode (0640 stays 0640) and leaves no temporary file", async () => {
    const path = join(dir, "свод.xlsx");
    await writeDistrictSvod(path);
    chmodSync(path, 0o640);
    const lines = await journalLines(path);
    const r = runCli("check", "--workbook", path, "--as-of", "2024-12-31");
    assert.equal(r.code, 0, r.stderr);
    assert.equal(await journalLines(path), lines + 1, "the check was saved");
    assert.equal(mode(path), 0o640);
    assert.deepEqual(readdirSync(dir), ["свод.xlsx"]);
  });
});
