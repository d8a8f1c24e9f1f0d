// The import use case over the file host, with a hand-made parsed document (so it does not
// depend on the parser): a save/reopen between imports must not make a re-import "change"
// anything, and the methodologist's columns must survive.
import assert from "node:assert/strict";
import { applyImport } from "../../../src/app/import-resolution";
import { createWorkbook } from "../../../src/app/create-workbook";
import { addOrganisations } from "../../../src/app/organisations";
import type { ParsedDirective, ParsedDocument } from "../../../src/core/model";
import { planImport } from "../../../src/core/import/plan";
import { ADDRESSEES, DIRECTIVES, DOCUMENTS, ORGANISATIONS } from "../../../src/core/workbook/schema";
import { FileWorkbookPort } from "../../../src/hosts/file";
import { SAMPLE_ORGANISATIONS } from "../../../samples/organisations";
import { reopen } from "./helpers";

const item = (n: string, executors: string[], deadline: ParsedDirective["deadline"], target: ParsedDirective["target"] = null): ParsedDirective => ({
  n,
  text: `Обеспечить выполнение мероприятия ${n}`,
  executors,
  person: null,
  deadline,
  target,
  controlled: true,
  warnings: [],
});

const DOC: ParsedDocument = {
  title: "Резолюция августовской конференции",
  date: "2024-08-28",
  number: null,
  schoolYear: "2024-2025",
  kind: "резолюция конференции",
  directives: [
    item("1.1", ["Управлению образования"], { raw: "до 01.10.2024", kind: "date", due: "2024-10-01" }),
    item("2.1", ["МКУ «ИМЦ»"], { raw: "постоянно", kind: "ongoing", due: null }),
    item("3.1", ["Руководителям общеобразовательных организаций"], { raw: "до 31.05.2025", kind: "date", due: "2025-05-31" }, {
      raw: "до 80 %",
      value: 80,
      unit: "%",
    }),
  ],
  warnings: [],
};

async function importDoc(port: FileWorkbookPort, now: string) {
  const t = await port.readTables([DOCUMENTS, DIRECTIVES, ADDRESSEES, ORGANISATIONS]);
  const rows = (name: string) => t.get(name)?.rows ?? [];
  const existing = {
    documents: rows(DOCUMENTS.name),
    directives: rows(DIRECTIVES.name),
    addressees: rows(ADDRESSEES.name),
    organisations: rows(ORGANISATIONS.name),
  };
  const plan = planImport(DOC, existing, "резолюция.txt", now);
  return applyImport(port, { source: { text: "", sourceName: "резолюция.txt" }, document: DOC, plan, settingsProblems: [], addresseeChoices: { organisations: [], groups: [] } }, now);
}

describe("import through the file host", () => {
  it("adds directives once; a re-import after save/reopen changes nothing and keeps notes", async () => {
    let port = FileWorkbookPort.create();
    await createWorkbook(port, "2024-09-02T09:00");
    await addOrganisations(port, SAMPLE_ORGANISATIONS, "2024-09-02T09:01");
    const first = await importDoc(port, "2024-09-02T09:02");
    assert.equal(first.added, 3);

    port = await reopen(port);
    const sheet = port.workbook.worksheets.find((s) => s.name === "Поручения")!;
    const noteCol = [...Array(sheet.columnCount).keys()].map((i) => i + 1).find((c) => sheet.getCell(1, c).value === "Примечание методиста")!;
    sheet.getCell(2, noteCol).value = "Перенести на коллегию";
    port = await reopen(port);

    const second = await importDoc(port, "2024-09-03T10:00");
    assert.deepEqual([second.added, second.updated, second.unchanged], [0, 0, true]);
    port = await reopen(port);
    const directives = (await port.readTables([DIRECTIVES])).get(DIRECTIVES.name)!.rows;
    assert.equal(directives.length, 3);
    assert.equal(directives[0].note, "Перенести на коллегию");
    assert.equal(directives[0].controlDate, "2024-10-01");
    assert.equal(directives[2].targetValue, 80);
  });
});
