import assert from "node:assert/strict";
import { groupMembers, resolveExecutors, suggestMapping } from "../../../src/core/import/addressees";
import { TEST_ORGS } from "../../support/orgs";

describe("core/import/addressees", () => {
  it("suggests the schools for «Руководителям общеобразовательных организаций»", () => {
    const m = suggestMapping("Руководителям общеобразовательных организаций", TEST_ORGS);
    assert.equal(m.group, "все общеобразовательные организации");
    assert.deepEqual(groupMembers(m.group, TEST_ORGS), ["ОО-01", "ОО-02"]);
  });
  it("tells kindergartens from schools («дошкольных» contains «школ»)", () => {
    const m = suggestMapping("Руководителям дошкольных образовательных организаций", TEST_ORGS);
    assert.equal(m.group, "все дошкольные образовательные организации");
    assert.deepEqual(groupMembers(m.group, TEST_ORGS), ["ДОО-01"]);
    assert.equal(suggestMapping("Школам района", TEST_ORGS).group, "все общеобразовательные организации");
  });
  it("suggests every educational organisation for a generic phrase", () => {
    const m = suggestMapping("образовательным учреждениям района", TEST_ORGS);
    assert.deepEqual(groupMembers(m.group, TEST_ORGS).sort(), ["ДОО-01", "ОО-01", "ОО-02", "УДО-01"]);
  });
  it("maps the education office and the methodological centre to their codes", () => {
    assert.deepEqual(suggestMapping("Управлению образования (Петрова А.В.)", TEST_ORGS).codes, ["УО"]);
    assert.deepEqual(suggestMapping("МКУ «ИМЦ»", TEST_ORGS).codes, ["ИМЦ"]);
    assert.deepEqual(suggestMapping("муниципальному методическому центру", TEST_ORGS).codes, ["ИМЦ"]);
  });
  it("uses a confirmed mapping from «Адресаты» over a suggestion", () => {
    const mappings = new Map([["школам города", { phrase: "Школам города", codes: [], group: "школы города", confirmed: true }]]);
    const r = resolveExecutors(["Школам города"], mappings, TEST_ORGS);
    assert.deepEqual(r.codes, ["ОО-01", "ОО-02"]);
    assert.equal(r.suggested.length, 0);
  });
  it("reports a phrase it cannot resolve", () => {
    const r = resolveExecutors(["Отделу полиции"], new Map(), TEST_ORGS);
    assert.deepEqual(r.unresolved, ["Отделу полиции"]);
    assert.equal(r.suggested.length, 1);
  });
});
