import assert from "node:assert/strict";
import { controlRows, directiveFromRow, MARK_OBSOLETE, obsoleteControlRows, reportFromRow, computeMarks } from "../../../src/core/check";

describe("rows of the свод → the check's model", () => {
  it("reads a directive as users typed it", () => {
    const d = directiveFromRow({
      key: "K1/2",
      n: "2",
      text: "Снизить долю неуспевающих до 3 %",
      addressees: "S1, S2; S1",
      deadlineKind: "Постоянно",
      controlDate: null,
      targetValue: "3,0",
      unit: "%",
      onControl: " Нет ",
      extendedTo: "2024-06-30",
      extensionReason: "письмо",
    });
    assert.ok(d);
    assert.deepEqual(d.addressees, ["S1", "S2"]);
    assert.equal(d.kind, "ongoing");
    assert.equal(d.targetValue, 3);
    assert.equal(d.onControl, false);
    assert.equal(d.lowerIsBetter, true);
    assert.equal(d.extendedTo, "2024-06-30");
    assert.equal(directiveFromRow({ key: "" }), null);
  });

  it("reads a report's status and numbers", () => {
    const r = reportFromRow({ directiveKey: "K1/2", orgCode: "S1", period: "2024-q1", status: "Не выполнено", actual: "75,5 %", doneDate: "2024-03-01T00:00" });
    assert.ok(r);
    assert.equal(r.status, "notDone");
    assert.equal(r.actual, 75.5);
    assert.equal(r.period, "2024-Q1");
    assert.equal(r.doneDate, "2024-03-01");
    assert.equal(reportFromRow({ directiveKey: "K", orgCode: "S", status: "выполнено" })?.status, "done");
    assert.equal(reportFromRow({ directiveKey: "K", orgCode: "S", status: "выполняется" })?.status, "inProgress");
  });

  it("writes «Контроль» rows with the organisation's name, and marks vanished pairs", () => {
    const d = directiveFromRow({ key: "K1/1", n: "1", addressees: "S1", deadlineKind: "дата", controlDate: "2024-03-15", onControl: "да" })!;
    const marks = computeMarks({ directives: [d], reports: [], asOf: "2024-03-31", warningDays: 14, workingDays: false });
    const rows = controlRows(marks, [d], new Map([["S1", "СОШ № 1"]]), "2024-03-31");
    assert.equal(rows[0].organisation, "СОШ № 1");
    assert.equal(rows[0].mark, "Просрочено");
    assert.equal(rows[0].days, 16);
    const gone = obsoleteControlRows(
      [
        { directiveKey: "K1/1", orgCode: "S1", mark: "Просрочено" },
        { directiveKey: "K1/1", orgCode: "S9", mark: "Просрочено" },
        { directiveKey: "K9/9", orgCode: "S1", mark: "Нет отчёта" },
      ],
      marks,
      [d],
      "2024-03-31",
    );
    assert.deepEqual(
      gone.map((r) => [r.directiveKey, r.orgCode, r.mark, r.details]),
      [
        ["K1/1", "S9", MARK_OBSOLETE, "Организация больше не адресат поручения"],
        ["K9/9", "S1", MARK_OBSOLETE, "Поручения нет в своде"],
      ],
    );
  });
});
