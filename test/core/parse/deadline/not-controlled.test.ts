// A date-like phrase inside the object of an item that asks nothing to be done later is part of
// what is acknowledged or approved, not a deadline (issue 12, SPEC «controlled»).
import assert from "node:assert/strict";
import { parseResolution } from "../../../../src/core/parse";

const doc = [
  "РЕШЕНИЕ",
  "от 27 ноября 2025 года № 112",
  "Дума РЕШИЛА:",
  "1. Информацию о ходе реализации муниципальной программы «Развитие образования на 2024-2028 годы» в 2025 году принять к сведению.",
  "2. Утвердить план мероприятий по модернизации школьных систем образования на 2026 год (приложение).",
  "3. Признать работу управления образования в 2025 году удовлетворительной.",
  "4. Управлению образования в 2026 году обеспечить открытие двух групп кратковременного пребывания.",
].join("\n");

describe("deadlines of items that are not on control", () => {
  it("reads no deadline out of what is acknowledged, approved or assessed, and keeps the task's own", () => {
    const d = parseResolution(doc).directives;
    assert.deepEqual(
      d.map((x) => [x.n, x.controlled, x.deadline.kind, x.deadline.due]),
      [
        ["1", false, "none", null],
        ["2", false, "none", null],
        ["3", false, "none", null],
        ["4", true, "period", "2026-12-31"],
      ],
    );
  });
});
