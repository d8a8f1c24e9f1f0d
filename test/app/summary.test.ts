import assert from "node:assert/strict";
import JSZip from "jszip";
import { runSummary } from "../../src/app/summary";
import { DIRECTIVES, DOCUMENTS, JOURNAL, ORGANISATIONS, REPORTS, SETTINGS } from "../../src/core/workbook/schema";
import { MemoryPort } from "../support/memory-port";
import { AS_OF, DIRECTIVE_ROWS, DOCUMENT_ROWS, ORGANISATION_ROWS, PERIOD, REPORT_ROWS } from "../core/summary/scenario";

const NOW = "2024-04-01T09:30:00.000Z";

function scenarioPort(): MemoryPort {
  const port = new MemoryPort();
  port.tables.set(DOCUMENTS.name, DOCUMENT_ROWS.map((r) => ({ ...r })));
  port.tables.set(DIRECTIVES.name, DIRECTIVE_ROWS.map((r) => ({ ...r })));
  port.tables.set(ORGANISATIONS.name, ORGANISATION_ROWS.map((r) => ({ ...r })));
  port.tables.set(REPORTS.name, REPORT_ROWS.map((r) => ({ ...r })));
  port.tables.set(SETTINGS.name, []);
  port.tables.set(JOURNAL.name, []);
  return port;
}

describe("runSummary: the «Сводка» sheet and the collegium document", () => {
  it("writes «Сводка 2024-Q1» with the scenario's numbers and returns the .docx", async () => {
    const port = scenarioPort();
    const result = await runSummary(port, PERIOD, AS_OF, NOW);
    const sheet = port.sheets.get("Сводка 2024-Q1");
    assert.ok(sheet);
    assert.equal(sheet.blocks.length, 4);
    assert.match(sheet.subtitle ?? "", /Поручений на контроле: 5; выполнено в срок — 1, с нарушением срока — 0, выполняется — 3, просрочено — 1/);
    assert.deepEqual(
      sheet.blocks[1].rows.map((r) => [r[0], r[9]]),
      [
        ["МБОУ «СОШ № 1»", 1],
        ["МБОУ «СОШ № 2»", 0.5],
        ["МБОУ «СОШ № 3»", 0],
        ["МБДОУ «Детский сад № 1»", 1],
      ],
    );
    assert.equal(result.summary.targets[0].district.value, 76.67);

    const xml = await (await JSZip.loadAsync(result.docx)).file("word/document.xml")!.async("string");
    assert.match(xml, /Информация о ходе исполнения решений коллегии по состоянию на 31\.03\.2024/);
    // «50 %» and «1 из 2» are held together by no-break spaces.
    assert.match(xml, /просрочено — 1\. Исполнено в срок — 50\u00a0% \(1\u00a0из\u00a02 поручений, выполненных или просроченных\)\./);
  });

  it("reads once, writes «Контроль» and the journal in one write, the sheet once", async () => {
    const port = scenarioPort();
    await runSummary(port, "2024-q1", AS_OF, NOW, { body: "коллегии управления образования" });
    // «Контроль» is created once: the scenario's свод has none yet.
    assert.deepEqual(port.calls, { ensure: 1, read: 1, write: 1, sheet: 1 });
    const [check, line] = port.rows(JOURNAL.name);
    assert.equal(check.action, "Проверка сроков");
    assert.equal(line.action, "Сводка за квартал");
    assert.equal(line.source, "Сводка 2024-Q1, по состоянию на 31.03.2024");
  });

  it("refuses a period it cannot read, in Russian", async () => {
    await assert.rejects(runSummary(scenarioPort(), "1 квартал", AS_OF, NOW), /Период «1 квартал» не распознан/);
  });
});
