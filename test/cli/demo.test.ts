import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseResolution } from "../../src/core/parse";
import { DIRECTIVES, ORGANISATIONS } from "../../src/core/workbook/schema";
import { FileWorkbookPort } from "../../src/hosts/file";
import { SAMPLE_ORGANISATIONS, SAMPLE_RESOLUTION_PATH } from "../../samples";
import { runScript } from "./run-cli";

describe("npm run demo", function () {
  this.timeout(120_000);

  it("builds a demo свод from the built-in samples and says where it is", async () => {
    const out = mkdtempSync(join(tmpdir(), "svodka-demo-"));
    const r = runScript("src/cli/demo.ts", ["--out", out]);
    const path = join(out, "svod-demo.xlsx");
    assert.ok(existsSync(path), r.stderr);
    assert.match(r.stdout, /Создан свод/);
    assert.ok(r.stdout.includes(path), "prints the path");

    const port = await FileWorkbookPort.open(readFileSync(path));
    const t = await port.readTables([ORGANISATIONS, DIRECTIVES]);
    assert.deepEqual(
      t.get(ORGANISATIONS.name)!.rows.map((o) => o.code),
      SAMPLE_ORGANISATIONS.map((o) => o.code),
    );
    const parserReady = parseResolution(readFileSync(SAMPLE_RESOLUTION_PATH, "utf8")).directives.length > 0;
    if (parserReady) {
      assert.equal(r.code, 0, r.stderr);
      assert.ok(t.get(DIRECTIVES.name)!.rows.length >= 20);
    } else {
      assert.equal(r.code, 1, "a failed step is reported by the exit code");
      assert.match(r.stderr, /Шаг не выполнен/);
    }
  });
});
