import assert from "node:assert/strict";
import { runCheck } from "../../src/app/check";
import { createWorkbook } from "../../src/app/create-workbook";
import { applyDecisions, decisionCandidates, previewDecisions, type DecisionsInput } from "../../src/app/decisions";
import type { Row } from "../../src/core/workbook/port";
import { CONTROL, DIRECTIVES, DOCUMENTS, JOURNAL, ORGANISATIONS, REPORTS } from "../../src/core/workbook/schema";
import { planUpsert } from "../../src/core/workbook/upsert";
import { FileWorkbookPort } from "../../src/hosts/file";
import { lettersPort, OFFICE } from "../support/letters-district";
import { SETTING_NAMES } from "../../src/app/settings";
import { DIRECTIVE_ROWS, DOCUMENT_ROWS, ORGANISATION_ROWS, REPORT_ROWS } from "../core/summary/scenario";

const NOW = "2024-04-12T11:00";
// The collegium of 10.04.2024: п. 4 done by all → off control; п. 1 (СОШ № 3 overdue) → extended; п. 2 stays.
const DECISIONS: DecisionsInput = {
  collegiumDate: "2024-04-10",
  lines: [
    { directiveKey: "К-2024-01/4", decision: { kind: "remove" } },
    { directiveKey: "К-2024-01/1", decision: { kind: "extend", to: "2024-05-31" } },
    { directiveKey: "К-2024-01/2", decision: { kind: "keep" } },
  ],
};

const markOf = (rows: Row[], key: string, org: string) => rows.find((r) => r.directiveKey === key && r.orgCode === org)?.mark;

describe("applyDecisions: the collegium's decisions back into «Поручения»", () => {
  it("shows the changes first, applies them once, a second time changes nothing, and the next check follows", async () => {
    const port = lettersPort();
    await runCheck(port, "2024-04-15", NOW);
    assert.equal(markOf(port.rows(CONTROL.name), "К-2024-01/1", "ОО-03"), "Просрочено");
    assert.equal(markOf(port.rows(CONTROL.name), "К-2024-01/4", "ОО-01"), "Выполнено в срок");

    const preview = await previewDecisions(port, DECISIONS);
    assert.equal(preview.written, false);
    assert.deepEqual(
      preview.items.map((i) => [i.n, i.decision, i.changes]),
      [
        ["4", "снять с контроля", ["«На контроле»: нет", "«Примечание методиста»: Снято с контроля: решение коллегии от 10.04.2024"]],
        ["1", "продлить срок до 31.05.2024", ["«Срок продлён до»: 31.05.2024", "«Основание продления»: решение коллегии от 10.04.2024"]],
        ["2", "оставить на контроле", []],
      ],
    );
    assert.equal(port.rows(DIRECTIVES.name).find((r) => r.key === "К-2024-01/4")!.onControl, "да", "a preview writes nothing");

    const first = await applyDecisions(port, DECISIONS, NOW);
    assert.equal(first.written, true);
    assert.equal(first.changed, 2);
    const after = JSON.stringify([port.rows(DIRECTIVES.name), port.rows(JOURNAL.name)]);
    const journal = port.rows(JOURNAL.name).at(-1)!;
    assert.equal(journal.action, "Решения коллегии");
    assert.equal(journal.details, "п. 4 — снять с контроля; п. 1 — продлить срок до 31.05.2024");

    const second = await applyDecisions(port, DECISIONS, "2024-04-12T11:05");
    assert.equal(second.written, false);
    assert.equal(second.changed, 0);
    assert.ok(second.items.every((i) => i.changes.length === 0));
    assert.equal(JSON.stringify([port.rows(DIRECTIVES.name), port.rows(JOURNAL.name)]), after, "nothing changed, not even the journal");

    await runCheck(port, "2024-04-15", "2024-04-15T09:00");
    const control = port.rows(CONTROL.name);
    assert.equal(markOf(control, "К-2024-01/4", "ОО-01"), "Снято с контроля");
    assert.equal(markOf(control, "К-2024-01/4", "ОО-02"), "Снято с контроля");
    assert.equal(markOf(control, "К-2024-01/1", "ОО-03"), "На контроле");
    const row = control.find((r) => r.directiveKey === "К-2024-01/1" && r.orgCode === "ОО-03")!;
    assert.equal(row.controlDate, "2024-05-31");
    assert.match(String(row.details), /Срок продлён до 31\.05\.2024 \(первоначальный срок 15\.03\.2024\); основание: решение коллегии от 10\.04\.2024/);
  });

  it("lists the directives on control with the collegium document's proposal", async () => {
    const port = lettersPort(OFFICE, [{ name: SETTING_NAMES.asOf, value: "15.04.2024", hint: "" }]);
    const list = await decisionCandidates(port, NOW);
    const by = new Map(list.map((c) => [c.n, c.proposal]));
    assert.equal(by.get("1"), "продлить срок до __.__.____");
    assert.equal(by.get("4"), "снять с контроля");
    assert.equal(by.get("2"), "оставить на контроле");
    assert.equal(by.has("5"), false, "п. 5 is off control already");
  });

  it("twice through a saved .xlsx: the dates read back equal, so the second time writes nothing", async () => {
    let port = FileWorkbookPort.create();
    await createWorkbook(port, NOW);
    const load = (t: typeof DIRECTIVES, rows: Row[]) => planUpsert(t, [], rows.map((r) => ({ ...r }))).write;
    await port.writeTables([load(DOCUMENTS, DOCUMENT_ROWS), load(DIRECTIVES, DIRECTIVE_ROWS), load(ORGANISATIONS, ORGANISATION_ROWS), load(REPORTS, REPORT_ROWS)]);
    assert.equal((await applyDecisions(port, DECISIONS, NOW)).written, true);
    port = await FileWorkbookPort.open(await port.save());
    const again = await applyDecisions(port, DECISIONS, NOW);
    assert.equal(again.written, false);
    const extended = (await port.readTables([DIRECTIVES])).get(DIRECTIVES.name)!.rows.find((r) => r.key === "К-2024-01/1")!;
    assert.equal(extended.extendedTo, "2024-05-31");
  });
});
