// The «Динамика» sheet's subtitle reads as a Russian sentence: a quarter's title ends in «г.»,
// so the list of quarters is followed by one full stop, not two.
import assert from "node:assert/strict";
import { dynamicsSheet } from "../../../src/core/dynamics";
import { scenarioSummary } from "../summary/scenario";

describe("core/dynamics: dynamicsSheet", () => {
  it("lists the quarters with reports and ends that list with one full stop", () => {
    const sheet = dynamicsSheet([scenarioSummary()]);
    assert.match(sheet.subtitle ?? "", /^Кварталы, за которые есть отчёты: I квартал 2024 г\. Каждый квартал/);
    assert.doesNotMatch(sheet.subtitle ?? "", /\.\./);
  });
});
