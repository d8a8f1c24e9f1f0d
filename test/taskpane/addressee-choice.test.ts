import assert from "node:assert/strict";
import { createWorkbook } from "../../src/app/create-workbook";
import { applyImport, previewImport } from "../../src/app/import-resolution";
import { addOrganisations } from "../../src/app/organisations";
import type { AddresseeMapping } from "../../src/core/import/addressees";
import {
  choiceOptions,
  choose,
  groupOption,
  mappingInWords,
  mapsToNothing,
  NONE_OPTION,
  orgOption,
  selectedOptions,
  type AddresseeChoices,
} from "../../src/taskpane/addressee-choice";
import { MemoryPort } from "../support/memory-port";
import { TEST_ORGS } from "../support/orgs";

const CHOICES: AddresseeChoices = {
  organisations: [
    { code: "ОО-01", name: "МБОУ «СОШ № 1»" },
    { code: "ОО-02", name: "МБОУ «СОШ № 2»" },
  ],
  groups: [
    { name: "все общеобразовательные организации", codes: ["ОО-01", "ОО-02"] },
    { name: "школы города", codes: ["ОО-01", "ОО-02"] },
    { name: "опорные школы", codes: [] },
  ],
};
const mapping = (over: Partial<AddresseeMapping>): AddresseeMapping => ({
  phrase: "Руководителям общеобразовательных организаций",
  codes: [],
  group: "",
  confirmed: false,
  ...over,
});

describe("taskpane/addressee-choice", () => {
  it("says a mapping in words: the group, the organisations' names, or «не определено»", () => {
    assert.equal(mappingInWords(mapping({ group: "все общеобразовательные организации" }), CHOICES), "все общеобразовательные организации");
    assert.equal(mappingInWords(mapping({ codes: ["ОО-02", "ОО-01"] }), CHOICES), "МБОУ «СОШ № 2», МБОУ «СОШ № 1»");
    assert.equal(mappingInWords(mapping({ codes: ["ОО-99"] }), CHOICES), "ОО-99", "an unknown code shows as it is");
    assert.equal(mappingInWords(mapping({}), CHOICES), "не определено");
  });

  it("selects the suggestion's options in the list, «не определено» when there is none", () => {
    assert.deepEqual(selectedOptions(mapping({ group: "школы города" })), [groupOption("школы города")]);
    assert.deepEqual(selectedOptions(mapping({ codes: ["ОО-01", "ОО-02"] })), [orgOption("ОО-01"), orgOption("ОО-02")]);
    assert.deepEqual(selectedOptions(mapping({})), [NONE_OPTION]);
  });

  it("a picked group replaces the organisations, a picked organisation replaces the group and toggles", () => {
    const suggested = mapping({ group: "все общеобразовательные организации" });
    const one = choose(suggested, orgOption("ОО-01"));
    assert.deepEqual([one.group, one.codes], ["", ["ОО-01"]]);
    const two = choose(one, orgOption("ОО-02"));
    assert.deepEqual(two.codes, ["ОО-01", "ОО-02"]);
    assert.deepEqual(choose(two, orgOption("ОО-01")).codes, ["ОО-02"], "picking a chosen organisation again takes it off");
    const group = choose(two, groupOption("школы города"));
    assert.deepEqual([group.group, group.codes], ["школы города", []]);
    const none = choose(group, NONE_OPTION);
    assert.deepEqual([none.group, none.codes], ["", []]);
    assert.equal(none.phrase, suggested.phrase);
  });

  it("offers every group and organisation, and keeps a suggested group missing from the choices", () => {
    const options = choiceOptions(CHOICES, [mapping({ group: "сельские школы" })]);
    assert.deepEqual(
      options.groups.map((o) => o.text),
      ["все общеобразовательные организации", "школы города", "опорные школы", "сельские школы"],
    );
    assert.deepEqual(
      options.organisations.map((o) => [o.value, o.text]),
      [
        [orgOption("ОО-01"), "МБОУ «СОШ № 1»"],
        [orgOption("ОО-02"), "МБОУ «СОШ № 2»"],
      ],
    );
  });

  it("warns when a phrase maps to nothing: no choice, no organisations in the свод, or a group without members", () => {
    const group = mapping({ group: "школы города" });
    assert.equal(mapsToNothing(mapping({}), CHOICES), true);
    assert.equal(mapsToNothing(group, { ...CHOICES, organisations: [] }), true);
    assert.equal(mapsToNothing(group, CHOICES), false);
    assert.equal(mapsToNothing(mapping({ group: "опорные школы" }), CHOICES), true, "a group nobody belongs to");
    assert.equal(mapsToNothing(mapping({ codes: ["ОО-01"] }), CHOICES), false);
  });

  it("what she picks in the preview is what applyImport writes: «Адресаты» confirmed, «Поручения» with her organisations", async () => {
    const port = new MemoryPort();
    await createWorkbook(port, "2024-09-02T10:00");
    await addOrganisations(port, TEST_ORGS, "2024-09-02T10:00");
    const text = [
      "РЕЗОЛЮЦИЯ совещания руководителей",
      "РЕШИЛИ:",
      "1. Руководителям общеобразовательных организаций обеспечить участие в мониторинге. Срок: до 01.12.2024.",
      "2. Отделу опеки представить сведения. Срок: до 15.12.2024.",
    ].join("\n");
    const preview = await previewImport(port, { text, sourceName: "совещание.txt" }, "2024-09-02T10:05");
    const suggested = preview.plan.newAddressees;
    assert.deepEqual(
      suggested.map((m) => [m.phrase, mappingInWords(m, preview.addresseeChoices)]),
      [
        ["Руководителям общеобразовательных организаций", "все общеобразовательные организации"],
        ["Отделу опеки", "не определено"],
      ],
    );
    // She narrows the first phrase to one school and leaves the second undetermined.
    const decisions = [choose(suggested[0], orgOption("ОО-02")), suggested[1]];
    await applyImport(port, preview, "2024-09-02T10:06", decisions);

    const addressees = port.rows("Адресаты");
    assert.deepEqual(
      addressees.map((r) => [r.phrase, r.organisations, r.group, r.confirmed]),
      [
        ["Руководителям общеобразовательных организаций", "ОО-02", null, "да"],
        ["Отделу опеки", null, null, "да"],
      ],
    );
    const directives = port.rows("Поручения");
    assert.deepEqual(
      directives.map((r) => [r.n, r.addressees || ""]),
      [
        ["1", "ОО-02"],
        ["2", ""],
      ],
    );
  });
});
