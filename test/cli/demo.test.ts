import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIRECTIVES, ORGANISATIONS } from "../../src/core/workbook/schema";
import { FileWorkbookPort } from "../../src/hosts/file";
import { SAMPLE_ORGANISATIONS } from "../../samples";
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
    assert.equal(r.code, 0, r.stderr);
    assert.ok(t.get(DIRECTIVES.name)!.rows.length >= 20);
    // The whole job ran: school files made and ingested, the check and the collegium document.
    assert.match(r.stdout, /Подготовлены бланки отчётов/);
    assert.match(r.stdout, /Загружены отчёты: принято файлов \d+/);
    assert.match(r.stdout, /Проверка по состоянию на 31\.12\.2024: .*Просрочено — \d+/);
    assert.match(r.stdout, /Сводка за квартал: на контроле \d+/);
    const docx = join(out, "Информация о ходе исполнения 2024-Q4.docx");
    assert.ok(existsSync(docx) && r.stdout.includes(docx), "the .docx is made and its path printed");
    // The letters: with the blanks, and the reminders after the check, and where they are.
    assert.match(r.stdout, /Письма: с бланками — \d+ черновиков \.eml, напоминания после проверки — \d+/);
    assert.ok(existsSync(join(out, "письма", "напоминания", "Напоминания_2024-Q4.zip")) && r.stdout.includes(join(out, "письма")), "letters made, folder printed");
  });
});
