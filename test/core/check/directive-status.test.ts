import assert from "node:assert/strict";
import { directiveStatus, MARK, type Mark } from "../../../src/core/check";

const marks = (...list: Mark[]) => list.map((mark) => ({ mark }));

describe("directiveStatus: a directive's standing from its addressees' marks", () => {
  it("is overdue when any addressee is «Просрочено»", () => {
    const s = directiveStatus(marks(MARK.overdue, MARK.onTime, MARK.onControl), true);
    assert.deepEqual([s.outcome, s.text], ["overdue", "просрочено (1 из 3)"]);
  });

  it("is done in time only when every addressee is «Выполнено в срок»", () => {
    const s = directiveStatus(marks(MARK.onTime, MARK.onTime), true);
    assert.deepEqual([s.outcome, s.text], ["onTime", "выполнено в срок (2 из 2)"]);
  });

  it("is done late when all are done and one is late", () => {
    const s = directiveStatus(marks(MARK.onTime, MARK.late), true);
    assert.deepEqual([s.outcome, s.text], ["late", "выполнено, с нарушением срока (1 из 2)"]);
  });

  it("is in progress otherwise, a school without a report included", () => {
    assert.deepEqual(
      [directiveStatus(marks(MARK.noReport, MARK.onTime), true).outcome, directiveStatus(marks(MARK.noReport, MARK.onTime), true).text],
      ["inProgress", "выполняется (выполнено 1 из 2)"],
    );
    assert.equal(directiveStatus(marks(MARK.dueSoon), true).outcome, "inProgress");
  });

  it("says off control and no addressees", () => {
    assert.equal(directiveStatus(marks(MARK.removed), false).text, "снято с контроля");
    assert.equal(directiveStatus([], true).text, "нет адресатов");
  });
});
