import assert from "node:assert/strict";
import { importWrites, planImport, type ExistingTables } from "../../../src/core/import/plan";
import { organisationToRow } from "../../../src/core/organisations";
import { conference, directive } from "../../support/parsed-docs";
import { TEST_ORGS } from "../../support/orgs";

const NOW = "2024-09-02T10:00";
const empty = (): ExistingTables => ({ documents: [], directives: [], addressees: [], organisations: TEST_ORGS.map(organisationToRow) });

describe("core/import/plan", () => {
  const doc = conference([
    directive("1.1", "Обеспечить охват детей дополнительным образованием до 80 %", {
      target: { raw: "до 80 %", value: 80, unit: "%" },
    }),
    directive("1.2", "Принять к сведению доклад", { controlled: false, deadline: { raw: null, kind: "none", due: null } }),
  ]);

  it("makes registry rows with keys, addressees and control dates", () => {
    const plan = planImport(doc, empty(), "резолюция.txt", NOW);
    assert.equal(plan.documentId, "Конф-2024-08-28");
    assert.equal(plan.isUpdate, false);
    const [first, second] = plan.directiveRows;
    assert.equal(first.key, "Конф-2024-08-28/1.1");
    assert.equal(first.addressees, "ОО-01, ОО-02");
    assert.equal(first.controlDate, "2024-10-01");
    assert.equal(first.deadlineKind, "дата");
    assert.equal(first.targetValue, 80);
    assert.match(String(first.indicator), /охват детей/);
    assert.equal(second.onControl, "нет");
    assert.equal(plan.newAddressees.length, 1);
    assert.equal(plan.newAddressees[0].group, "все общеобразовательные организации");
  });

  it("takes the methodologist's decision on a new executor phrase as confirmed", () => {
    const decision = { phrase: "Руководителям общеобразовательных организаций", codes: ["ОО-02"], group: "", confirmed: false };
    const plan = planImport(doc, empty(), "резолюция.txt", NOW, { addressees: [decision] });
    assert.equal(plan.directiveRows[0].addressees, "ОО-02");
    assert.deepEqual(plan.addresseeRows, [{ phrase: decision.phrase, organisations: "ОО-02", group: "", confirmed: "да" }]);
  });

  it("gives a number printed twice its own key", () => {
    const plan = planImport(conference([directive("1", "а"), directive("1", "б")]), empty(), "x", NOW);
    assert.deepEqual(
      plan.directiveRows.map((r) => r.key),
      ["Конф-2024-08-28/1", "Конф-2024-08-28/1 (2)"],
    );
  });

  function applied(): ExistingTables {
    const ex = empty();
    const plan = planImport(doc, ex, "резолюция.txt", NOW);
    for (const w of importWrites(plan, ex, NOW, "резолюция.txt").writes) {
      const target = { Документы: ex.documents, Поручения: ex.directives, Адресаты: ex.addressees }[w.table.name]!;
      target.splice(0, target.length, ...w.rows.map((r) => ({ ...r })));
    }
    return ex;
  }

  it("writes nothing but a journal line when the same document comes again", () => {
    const ex = applied();
    ex.directives[0].note = "заметка методиста";
    const again = planImport(doc, ex, "резолюция.txt", "2024-09-03T09:00");
    assert.equal(again.isUpdate, true);
    assert.deepEqual(again.counts, { added: 0, changed: 0, unchanged: 2, removed: 0 });
    const { writes, journal } = importWrites(again, ex, "2024-09-03T09:00", "резолюция.txt");
    assert.deepEqual(
      writes.map((w) => w.table.name),
      [],
    );
    assert.match(String(journal.details), /документ уже в своде, изменений нет/);
  });

  it("shows added, changed and removed items of an amended edition first, and marks removed ones", () => {
    const ex = applied();
    ex.directives[1].note = "заметка";
    const amended = conference([
      directive("1.1", "Обеспечить охват детей дополнительным образованием до 85 %", {
        target: { raw: "до 85 %", value: 85, unit: "%" },
      }),
      directive("1.3", "Провести педагогический совет"),
    ]);
    const plan = planImport(amended, ex, "резолюция-ред2.txt", "2024-10-01T09:00");
    assert.deepEqual(plan.counts, { added: 1, changed: 1, unchanged: 0, removed: 1 });
    assert.deepEqual(
      plan.items.map((i) => [i.n, i.change]),
      [
        ["1.3", "added"],
        ["1.1", "changed"],
        ["1.2", "removed"],
      ],
    );
    assert.deepEqual(plan.items[1].changedFields, ["текст", "целевое значение"]);
    const { writes } = importWrites(plan, ex, "2024-10-01T09:00", "резолюция-ред2.txt");
    const directives = writes.find((w) => w.table.name === "Поручения")!;
    const removed = directives.rows.find((r) => r.key === "Конф-2024-08-28/1.2")!;
    assert.match(String(removed.revision), /^исключено 01\.10\.2024/);
    assert.equal(removed.note, "заметка", "the note stays on a removed item");
    assert.equal(directives.rows.length, 3, "nothing is deleted");
  });

  it("keeps the methodologist's corrections through a re-import and an amendment of other fields", () => {
    const ex = applied();
    // She corrects the control date of 1.1 and the addressees of 1.2 by hand.
    ex.directives[0].controlDate = "2024-11-15";
    ex.directives[1].addressees = "ОО-01";
    const again = planImport(doc, ex, "резолюция.txt", "2024-09-03T09:00");
    assert.deepEqual(again.counts, { added: 0, changed: 0, unchanged: 2, removed: 0 });
    assert.deepEqual(
      importWrites(again, ex, "2024-09-03T09:00", "резолюция.txt").writes.map((w) => w.table.name),
      [],
      "nothing of hers is overwritten (only the «Журнал» line is appended)",
    );

    // The next edition changes the text of 1.1 but not its deadline: the text is updated, her date stays.
    const amended = conference([
      directive("1.1", "Обеспечить охват детей дополнительным образованием до 80 % (в новой редакции)", {
        target: { raw: "до 80 %", value: 80, unit: "%" },
      }),
      doc.directives[1],
    ]);
    const plan = planImport(amended, ex, "резолюция-ред2.txt", "2024-10-01T09:00");
    assert.deepEqual(plan.items.find((i) => i.n === "1.1")!.changedFields, ["текст"]);
    const write = importWrites(plan, ex, "2024-10-01T09:00", "резолюция-ред2.txt").writes.find((w) => w.table.name === "Поручения")!;
    assert.match(String(write.rows[0].text), /в новой редакции/);
    assert.equal(write.rows[0].controlDate, "2024-11-15");
    assert.equal(write.rows[1].addressees, "ОО-01");
  });
});
