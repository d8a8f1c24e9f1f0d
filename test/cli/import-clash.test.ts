// `import` never updates another document: a text that would take the id of a different
// document of the свод is refused with the choice named; a file with two decisions imports both.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./run-cli";

const decision = (head: string, topic: string, task: string) =>
  `${head}\nколлегии управления образования администрации Заречного района\nот 28.08.2024\n«${topic}»\nКоллегия РЕШИЛА:\n1. Руководителям общеобразовательных организаций ${task}. Срок: до 01.10.2024.\n`;

describe("cli: import of documents that share a meeting", function () {
  this.timeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), "svodka-clash-"));
  const svod = join(dir, "свод.xlsx");
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it("refuses a different document under a taken id, naming both and the flags, and leaves the свод as it was", () => {
    assert.equal(runCli("init", svod).code, 0);
    const first = runCli("import", file("питание.txt", decision("РЕШЕНИЕ", "О питании обучающихся", "обеспечить контроль питания")), "--workbook", svod);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /Документ Колл-2024-08-28 \(питание\.txt\)/);
    const bytes = readFileSync(svod);

    const other = file("дорога.txt", decision("РЕШЕНИЕ", "О безопасности дорожного движения", "провести месячник безопасности"));
    const refused = runCli("import", other, "--workbook", svod);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /В своде уже есть другой документ с этим кодом: Колл-2024-08-28 \(«Решение коллегии .*О питании обучающихся.*» от 28\.08\.2024\)/);
    assert.match(refused.stderr, /Документ «Решение коллегии .*О безопасности дорожного движения.*» отличается от него/);
    assert.match(refused.stderr, /Чтобы записать его отдельным документом с кодом Колл-2024-08-28-2, добавьте --as-new; если это новая редакция документа Колл-2024-08-28, добавьте --as-edition\./);
    assert.match(refused.stderr, /Свод не изменён\./);
    assert.deepEqual(readFileSync(svod), bytes, "the свод file is not rewritten");

    const apart = runCli("import", other, "--workbook", svod, "--as-new");
    assert.equal(apart.code, 0, apart.stderr);
    assert.match(apart.stdout, /Документ Колл-2024-08-28-2 \(дорога\.txt\):\n  поручений добавлено: 1/);
  });

  it("imports a file holding decisions № 5 and № 6 as two documents", () => {
    const both = file(
      "решения.txt",
      `${decision("РЕШЕНИЕ № 5", "Об итогах ГИА", "провести анализ результатов ГИА")}\n${decision("РЕШЕНИЕ № 6", "Об отопительном сезоне", "обеспечить готовность котельных")}`,
    );
    const r = runCli("import", both, "--workbook", svod);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Документ Колл-2024-08-28-5 \(решения\.txt\):\n  поручений добавлено: 1/);
    assert.match(r.stdout, /Документ Колл-2024-08-28-6 \(решения\.txt\):\n  поручений добавлено: 1/);
  });
});
