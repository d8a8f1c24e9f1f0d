import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createWorkbook } from "../../src/app/create-workbook";
import { updateSettings } from "../../src/app/update-settings";
import type { Row } from "../../src/core/workbook/port";
import { DIRECTIVES, DOCUMENTS, ORGANISATIONS, REPORTS } from "../../src/core/workbook/schema";
import { planUpsert } from "../../src/core/workbook/upsert";
import { FileWorkbookPort } from "../../src/hosts/file";
import { DIRECTIVE_ROWS, DOCUMENT_ROWS, ORGANISATION_ROWS, REPORT_ROWS } from "../core/summary/scenario";
import { OFFICE } from "../support/letters-district";
import { runCli } from "./run-cli";

async function svodFile(dir: string): Promise<string> {
  const port = FileWorkbookPort.create();
  await createWorkbook(port, "2024-03-01T09:00");
  const load = (t: typeof DIRECTIVES, rows: Row[]) => planUpsert(t, [], rows.map((r) => ({ ...r }))).write;
  const orgs = ORGANISATION_ROWS.map((r) => ({ ...r, email: r.code === "ОО-03" ? "" : `${String(r.code).toLowerCase().replace(/[^a-z0-9]/g, "")}x@example.ru` }));
  await port.writeTables([load(DOCUMENTS, DOCUMENT_ROWS), load(DIRECTIVES, DIRECTIVE_ROWS), load(ORGANISATIONS, orgs), load(REPORTS, REPORT_ROWS)]);
  await updateSettings(port, { ...OFFICE, currentPeriod: "2024-Q1" }, "2024-03-01");
  const path = join(dir, "свод.xlsx");
  writeFileSync(path, await port.save());
  return path;
}

describe("CLI: letters and decisions", function () {
  this.timeout(60_000);

  it("writes the drafts, the .zip and the .docx, names who has no e-mail; decisions are applied and saved", async () => {
    const dir = mkdtempSync(join(tmpdir(), "svodka-letters-"));
    const svod = await svodFile(dir);
    const out = join(dir, "письма");
    const letters = runCli("letters", "--workbook", svod, "--kind", "blanks", "--period", "2024-Q1", "--out", out);
    assert.equal(letters.code, 0, letters.stderr);
    assert.ok(existsSync(join(out, "Письма_с_бланками_2024-Q1.zip")) && existsSync(join(out, "Письма_с_бланками_2024-Q1.docx")));
    assert.ok(readFileSync(join(out, "Письмо_ОО-01_2024-Q1.eml"), "latin1").includes("X-Unsent: 1"));
    assert.match(letters.stdout, /Нет адреса электронной почты[^\n]*\n  ОО-03 МБОУ «СОШ № 3»/);

    const csv = join(dir, "решения.csv");
    writeFileSync(csv, "№ п.;Решение\n4;Снять с контроля\n1;продлить срок до 31.05.2024\n");
    const first = runCli("decisions", "--workbook", svod, "--file", csv, "--date", "10.04.2024");
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /Изменено поручений: 2/);
  });
});
