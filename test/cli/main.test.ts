import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseResolution } from "../../src/core/parse";
import { DIRECTIVES, DOCUMENTS, JOURNAL, WORKBOOK_TABLES } from "../../src/core/workbook/schema";
import { FileWorkbookPort } from "../../src/hosts/file";
import { SAMPLE_RESOLUTION_PATH } from "../../samples";
import { runCli } from "./run-cli";

const RUSSIAN = /[а-яё]{3,}/i;

async function tables(path: string) {
  const port = await FileWorkbookPort.open(readFileSync(path));
  return port.readTables(WORKBOOK_TABLES);
}

describe("svodka CLI", function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "svodka-cli-"));
  });

  it("init creates a свод with every table and the default settings", async () => {
    const path = join(dir, "свод.xlsx");
    const r = runCli("init", path);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Свод создан/);
    const t = await tables(path);
    for (const s of WORKBOOK_TABLES) assert.ok(t.get(s.name), `${s.name} exists`);
    assert.ok(t.get("Настройки")!.rows.length >= 5, "settings rows are filled");
    assert.equal(t.get(JOURNAL.name)!.rows[0].action, "Создание свода");
    assert.deepEqual(readdirSync(dir), ["свод.xlsx"], "no temporary file is left behind");
  });

  it("init on an existing свод adds nothing and keeps its data", async () => {
    const path = join(dir, "свод.xlsx");
    assert.equal(runCli("init", path).code, 0);
    const r = runCli("init", path);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /уже был/);
    const t = await tables(path);
    assert.equal(t.get(JOURNAL.name)!.rows.length, 2);
    const port = await FileWorkbookPort.open(readFileSync(path));
    assert.equal(port.workbook.worksheets.length, WORKBOOK_TABLES.length, "no duplicate sheets");
  });

  it("refuses a file that is not a workbook and leaves it untouched", () => {
    const path = join(dir, "свод.xlsx");
    writeFileSync(path, "это не книга Excel");
    const before = readFileSync(path);
    const resolution = join(dir, "резолюция.txt");
    writeFileSync(resolution, readFileSync(SAMPLE_RESOLUTION_PATH));
    const r = runCli("import", resolution, "--workbook", path);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /не похож на книгу Excel/);
    assert.deepEqual(readFileSync(path), before);
  });

  it("does not modify the свод when the resolution file cannot be read", () => {
    const path = join(dir, "свод.xlsx");
    assert.equal(runCli("init", path).code, 0);
    const before = readFileSync(path);
    const r = runCli("import", join(dir, "нет такого.txt"), "--workbook", path);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /Файл не найден/);
    assert.deepEqual(readFileSync(path), before);
  });

  it("explains a missing свод and a missing --workbook in Russian", () => {
    const r1 = runCli("import", SAMPLE_RESOLUTION_PATH, "--workbook", join(dir, "нет.xlsx"));
    assert.equal(r1.code, 1);
    assert.match(r1.stderr, /Свод не найден.*init/);
    const r2 = runCli("import", SAMPLE_RESOLUTION_PATH);
    assert.equal(r2.code, 2);
    assert.match(r2.stderr, /--workbook/);
    assert.match(r2.stderr, RUSSIAN);
  });

  it("imports the sample resolution once: a second import adds nothing", async function () {
    const text = readFileSync(SAMPLE_RESOLUTION_PATH, "utf8");
    if (!parseResolution(text).directives.length) this.skip(); // the parser has not landed yet
    const path = join(dir, "свод.xlsx");
    assert.equal(runCli("init", path).code, 0);
    const r = runCli("import", SAMPLE_RESOLUTION_PATH, "--workbook", path);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /поручений добавлено: \d+/);
    const first = await tables(path);
    const directives = first.get(DIRECTIVES.name)!.rows;
    assert.ok(directives.length >= 20, `${directives.length} directives`);
    assert.equal(first.get(DOCUMENTS.name)!.rows.length, 1);

    const again = runCli("import", SAMPLE_RESOLUTION_PATH, "--workbook", path);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /без изменений/);
    assert.equal((await tables(path)).get(DIRECTIVES.name)!.rows.length, directives.length);
  });
});
