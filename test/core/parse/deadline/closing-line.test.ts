// SPEC: «When a whole executor group has no per-item deadlines and one deadline line closes the
// group, it applies to every item of the group» — a deadline written inside an item's own sentence
// is a per-item deadline too.
import assert from "node:assert/strict";
import { parseResolution } from "../../../../src/core/parse";

const head = "РЕШЕНИЕ\nот 05.11.2025 № 3\nСовет РЕШИЛ:\n";

describe("a deadline line closing a group", () => {
  it("applies to every item when none has its own", () => {
    const d = parseResolution(head + "1. Управлению образования:\n– разработать положение о конкурсе;\n– провести семинар для наставников.\nСрок: в течение 2025-2026 учебного года.").directives;
    assert.deepEqual(d.map((x) => [x.n, x.deadline.kind, x.deadline.due]), [
      ["1.1", "period", "2026-08-31"],
      ["1.2", "period", "2026-08-31"],
    ]);
  });
  it("belongs to the last item alone when another item names its own, even inside its sentence", () => {
    const d = parseResolution(
      head + "1. Управлению образования:\n– разработать положение о конкурсе и провести конкурс в марте 2026 года;\n– предусмотреть в задании мероприятия по сопровождению молодых педагогов;\n– обеспечить охват наставничеством.\nСрок: в течение 2025-2026 учебного года.",
    ).directives;
    assert.deepEqual(d.map((x) => [x.n, x.deadline.kind, x.deadline.due]), [
      ["1.1", "date", "2026-03-31"],
      ["1.2", "none", null],
      ["1.3", "period", "2026-08-31"],
    ]);
  });
});
