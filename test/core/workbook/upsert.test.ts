import assert from "node:assert/strict";
import { DIRECTIVES, JOURNAL } from "../../../src/core/workbook/schema";
import { planUpdate, planUpsert, sameCell } from "../../../src/core/workbook/upsert";

describe("core/workbook/upsert", () => {
  const existing = [
    { key: "Д/1", text: "Старый текст", onControl: "нет", note: "моя заметка" },
    { key: "Д/2", text: "Второй", onControl: "да", note: null },
  ];

  it("updates system columns in place and keeps the methodologist's columns", () => {
    const plan = planUpsert(DIRECTIVES, existing, [{ key: "Д/1", text: "Новый текст", onControl: "да" }]);
    assert.equal(plan.updated, 1);
    assert.deepEqual(plan.write.changed, [0]);
    assert.equal(plan.rows[0].text, "Новый текст");
    assert.equal(plan.rows[0].onControl, "нет", "«На контроле» set by hand survives");
    assert.equal(plan.rows[0].note, "моя заметка");
    assert.ok(!plan.write.columns.includes("note"), "user columns are never written");
  });

  it("appends new keys with insert-only columns filled", () => {
    const plan = planUpsert(DIRECTIVES, existing, [{ key: "Д/3", text: "Третий", onControl: "да", note: "x" }]);
    assert.equal(plan.added, 1);
    assert.equal(plan.rows.length, 3);
    assert.equal(plan.rows[2].onControl, "да");
    assert.equal(plan.rows[2].note, null);
  });

  it("changes nothing when the same rows come again", () => {
    const plan = planUpsert(DIRECTIVES, existing, [{ key: "д/1 ", text: "Старый текст" }]);
    assert.equal(plan.updated, 0);
    assert.equal(plan.added, 0);
    assert.deepEqual(plan.write.changed, []);
  });

  it("appends every row to a table without a key", () => {
    const plan = planUpsert(JOURNAL, [{ action: "a" }], [{ action: "b" }, { action: "b" }]);
    assert.equal(plan.added, 2);
    assert.equal(plan.rows.length, 3);
  });

  it("never writes a column the user deleted", () => {
    const plan = planUpsert(DIRECTIVES, existing, [{ key: "Д/1", text: "x" }], ["text"]);
    assert.ok(!plan.write.columns.includes("text"));
  });

  it("compares cells read back from a host loosely", () => {
    assert.ok(sameCell(null, ""));
    assert.ok(sameCell(75, "75"));
    assert.ok(!sameCell(75, ""));
    assert.ok(!sameCell("a", "b"));
  });

  it("plans updates of existing rows only", () => {
    const plan = planUpdate(DIRECTIVES, existing, (r) => ({ status: r.key === "Д/2" ? "просрочено" : null }), ["status"]);
    assert.deepEqual(plan.write.changed, [1]);
    assert.equal(plan.rows[1].status, "просрочено");
  });
});

describe("core/workbook/upsert: a number she typed as text", () => {
  it("is the same number by the rule both hosts read it with", () => {
    assert.equal(sameCell("1 234,5", 1234.5), true);
    assert.equal(sameCell(80, "80"), true);
    assert.equal(sameCell("1e3", 1000), false, "exponent notation is text");
  });
});
