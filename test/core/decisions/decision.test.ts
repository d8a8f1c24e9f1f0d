import assert from "node:assert/strict";
import { parseDecision, planDecisions } from "../../../src/core/decisions";

describe("parseDecision: what the collegium decided, as she writes it", () => {
  it("reads the three decisions in her words", () => {
    assert.deepEqual(parseDecision("Снять с контроля"), { kind: "remove" });
    assert.deepEqual(parseDecision(" продлить срок до 1.6.2025 "), { kind: "extend", to: "2025-06-01" });
    assert.deepEqual(parseDecision("Продлить срок исполнения до 30.06.2025 г."), { kind: "extend", to: "2025-06-30" });
    assert.deepEqual(parseDecision("оставить на контроле"), { kind: "keep" });
  });

  it("refuses an extension without a real date and anything else", () => {
    assert.equal(parseDecision("продлить срок до __.__.____"), null);
    assert.equal(parseDecision("продлить срок до 31.02.2025"), null);
    assert.equal(parseDecision("рассмотреть позже"), null);
    assert.equal(parseDecision(""), null);
  });
});

describe("planDecisions", () => {
  const rows = [
    { key: "К/1", n: "1", text: "Провести олимпиаду", onControl: "да", note: "Позвонить в СОШ № 3", extendedTo: null, extensionReason: null },
    { key: "К/2", n: "2", text: "Обновить паспорта", onControl: "да", note: null, extendedTo: null, extensionReason: null },
  ];

  it("keeps her note and appends the reason; names keys it does not know", () => {
    const plan = planDecisions(rows, [{ directiveKey: "к/1", decision: { kind: "remove" } }, { directiveKey: "К/9", decision: { kind: "keep" } }], "2025-04-10");
    assert.equal(plan.write?.rows[0].note, "Позвонить в СОШ № 3\nСнято с контроля: решение коллегии от 10.04.2025");
    assert.equal(plan.write?.rows[0].onControl, "нет");
    assert.deepEqual(plan.unknown, ["К/9"]);
    assert.deepEqual(plan.items[0].changes, ["«На контроле»: нет", "«Примечание методиста»: Снято с контроля: решение коллегии от 10.04.2025"]);
  });

  it("promises nothing for a column she deleted from the table", () => {
    const plan = planDecisions(rows, [{ directiveKey: "К/2", decision: { kind: "extend", to: "2025-06-01" } }], "2025-04-10", ["extensionReason"]);
    assert.deepEqual(plan.items[0].changes, ["«Срок продлён до»: 01.06.2025"]);
    assert.deepEqual(plan.write?.columns, ["onControl", "extendedTo", "note"]);
  });
});
