import assert from "node:assert/strict";
import { joinWrapped } from "../../../src/core/parse/line-join";
import { parseResolution } from "../../../src/core/parse";

describe("joining hard-wrapped lines", () => {
  it("mends a word hyphenated at the line's end", () => {
    assert.equal(joinWrapped(["средства на капиталь-", "ный ремонт"]), "средства на капитальный ремонт");
    assert.equal(joinWrapped(["представлять инфор-", "мацию о ходе"]), "представлять информацию о ходе");
  });
  it("keeps the hyphen of a compound and of a dash", () => {
    assert.equal(joinWrapped(["Центру психолого-", "педагогической помощи"]), "Центру психолого-педагогической помощи");
    assert.equal(joinWrapped(["учителям физико-", "математического профиля"]), "учителям физико-математического профиля");
    assert.equal(joinWrapped(["в 2025 -", "2026 учебном году"]), "в 2025 - 2026 учебном году");
    assert.equal(joinWrapped(["Руководители ОО, учителя-", "предметники"]), "Руководители ОО, учителя-предметники");
    assert.equal(joinWrapped(["педагогам-", "психологам"]), "педагогам-психологам");
    assert.equal(joinWrapped(["муници-", "пального района"]), "муниципального района");
    assert.equal(joinWrapped(["обеспечить", "участие"]), "обеспечить участие");
  });
  it("reads an executor hyphenated over two lines as one word, and keeps the directive's text as written", () => {
    const [d] = parseResolution("РЕШИЛА:\n1. Руководителям общеобразова-\nтельных организаций обеспечить участие.").directives;
    assert.deepEqual(d.executors, ["Руководителям общеобразовательных организаций"]);
    assert.equal(d.text, "Руководителям общеобразова- тельных организаций обеспечить участие.");
  });
});
