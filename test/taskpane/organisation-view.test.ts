import assert from "node:assert/strict";
import { previewOrganisationList } from "../../src/app/organisation-list";
import { createWorkbook } from "../../src/app/create-workbook";
import { codeList, givenCodesSentence, organisationListView } from "../../src/taskpane/organisation-view";
import { MemoryPort } from "../support/memory-port";

const LIST = [
  "Код\tКраткое наименование\tТип",
  "ОО-01\tМБОУ «СОШ № 1»\tОО",
  "ОО-02\tМБОУ «СОШ № 2»\tОО",
  "ОО-02\tМБОУ «СОШ № 2» (повтор)\tОО",
  "ОО-03\tМБОУ «СОШ № 1»\tОО",
  "\tШкола без кода\tОО",
].join("\n");

describe("taskpane/organisation-view", () => {
  it("says how many organisations will be added, points out repeats and rows not taken", async () => {
    const port = new MemoryPort();
    await createWorkbook(port, "2024-09-02T09:00:00");
    const view = organisationListView(await previewOrganisationList(port, { text: LIST }));
    assert.equal(view.summary, "Будет добавлено 3 организации.");
    assert.deepEqual(view.codes, ["Новые: ОО-01, ОО-02, ОО-03."]);
    assert.ok(view.canApply);
    assert.ok(view.problems.some((p) => /^Строка 4: код ОО-02 уже был в строке 3/.test(p)), view.problems.join("\n"));
    assert.ok(view.problems.some((p) => /Строка 6/.test(p)), view.problems.join("\n"));
    assert.ok(view.duplicates.some((d) => d.kind === "duplicate" && /ОО-01 и ОО-03/.test(d.message)), JSON.stringify(view.duplicates));
  });

  it("has nothing to add when every organisation is already there unchanged", () => {
    const view = organisationListView({ organisations: [], added: [], updated: [], problems: [], duplicates: [], nearDuplicates: [] });
    assert.match(view.summary, /уже есть в своде без изменений/);
    assert.equal(view.canApply, false);
  });

  it("a list of names alone shows each given code beside its name, and the codes after writing", async () => {
    const port = new MemoryPort();
    await createWorkbook(port, "2024-09-02T09:00:00");
    const preview = await previewOrganisationList(port, { text: "МБОУ «СОШ № 1»\nМБОУ «СОШ № 2»\nМБДОУ «Детский сад № 1»" });
    const view = organisationListView(preview);
    assert.equal(view.summary, "Будет добавлено 3 организации.");
    assert.deepEqual(view.given, ["ОО-01 — МБОУ «СОШ № 1»", "ОО-02 — МБОУ «СОШ № 2»", "ДОО-01 — МБДОУ «Детский сад № 1»"]);
    assert.deepEqual(view.codes, [], "the codes are not listed twice");
    assert.equal(givenCodesSentence(preview), " Присвоены коды: ОО-01, ОО-02, ДОО-01.");
  });

  it("cuts long code lists", () => {
    assert.equal(codeList(["А", "Б", "В"], 2), "А, Б и ещё 1");
  });
});
