import assert from "node:assert/strict";
import { directiveStatus, MARK, type Mark, type MarkResult } from "../../../src/core/check";

function mark(mark: Mark, done: MarkResult["done"] = null): MarkResult {
  return { directiveKey: "R/1", orgCode: "S", mark, controlDate: null, days: null, done, reported: true, actual: null, numerator: null, denominator: null, target: null, targetOutcome: null, details: "" };
}

describe("directiveStatus", () => {
  it("is «просрочено» with the count when any addressee is overdue", () => {
    const s = directiveStatus([mark(MARK.overdue), mark(MARK.onTime, "onTime"), mark(MARK.onControl)], true, false);
    assert.equal(s.text, "просрочено (1 из 3)");
  });

  it("is «выполнено» when every addressee reported done, late or below target included", () => {
    const s = directiveStatus([mark(MARK.onTime, "onTime"), mark(MARK.late, "late"), mark(MARK.belowTarget, "onTime")], true, false);
    assert.equal(s.text, "выполнено (3 из 3)");
    assert.equal(s.doneLate, 1);
  });

  it("keeps ongoing directives «выполняется» even when every school reported the quarter done", () => {
    const s = directiveStatus([mark(MARK.onTime, "onTime")], true, true);
    assert.equal(s.text, "выполняется (выполнено 1 из 1)");
  });

  it("is «выполняется» while work goes on, and «снято с контроля» when off control", () => {
    assert.equal(directiveStatus([mark(MARK.noReport), mark(MARK.onTime, "onTime")], true, false).text, "выполняется (выполнено 1 из 2)");
    assert.equal(directiveStatus([mark(MARK.removed)], false, false).text, "снято с контроля");
    assert.equal(directiveStatus([], true, false).text, "нет адресатов");
  });
});
