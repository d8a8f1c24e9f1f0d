// Executor families: what the text said about who acts, and what was implied (a «Проверить» warning).
import assert from "node:assert/strict";
import { readExecutors, type ExecutorContext } from "../../../src/core/parse/executor-families";
import { buildStructure } from "../../../src/core/parse/structure";
import { parseResolution } from "../../../src/core/parse";

const ctx = (): ExecutorContext => ({ headings: new Map() });

describe("executor families", () => {
  // A heading that only names executors («1. Руководителям ОО:») is how the document itself says
  // who does the items under it (SPEC: the group's executor): said, not implied, so no warning.
  it("takes the executor named in the item over its group's heading, the heading otherwise, as said", () => {
    const { items } = buildStructure(["1. Руководителям ОО:", "1.1. Провести совещание.", "1.2. Методистам ИМЦ подготовить отчёт."]);
    const c = ctx();
    assert.deepEqual(readExecutors(items[0], true, c), { said: { executors: ["Руководителям ОО"], person: null }, implied: [] });
    assert.deepEqual(readExecutors(items[1], true, c).said.executors, ["Методистам ИМЦ"]);
  });

  it("adds the «Ответственный» line's executor and says nothing is implied", () => {
    const { items } = buildStructure(["1. Провести конкурс чтецов.", "Ответственный: отдел образования"]);
    assert.deepEqual(readExecutors(items[0], true, ctx()), { said: { executors: ["отдел образования"], person: null }, implied: [] });
  });

  it("implies a missing executor as a warning to check, only for a controlled directive", () => {
    const { items } = buildStructure(["1. Провести конкурс чтецов."]);
    assert.deepEqual(readExecutors(items[0], true, ctx()).implied, ["Исполнитель не указан: укажите, кому поручен пункт"]);
    assert.deepEqual(readExecutors(items[0], false, ctx()).implied, []);
  });

  it("says the executor was taken from the item above when a sub-item names none", () => {
    const { items } = buildStructure(["2. МКУ «ИМЦ» провести конкурс:", "2.1. подготовить положение;", "2.2. Отделу образования наградить победителей."]);
    const c = ctx();
    const sub = items.find((i) => i.n === "2.1")!;
    assert.deepEqual(readExecutors(sub, true, c), {
      said: { executors: ["МКУ «ИМЦ»"], person: null },
      implied: ["Исполнитель взят из пункта 2 (МКУ «ИМЦ»): проверьте, что подпункт относится к нему"],
    });
    assert.deepEqual(readExecutors(items.find((i) => i.n === "2.2")!, true, c).implied, []);
  });

  it("gives no warning for an executor its group's heading names, so real doubts stand out in the preview", () => {
    const d = parseResolution("РЕШИЛИ:\n1. Руководителям ОО:\n1.1. Провести совещание.\n1.2. Методистам ИМЦ подготовить отчёт.").directives;
    assert.deepEqual(d.map((x) => [x.executors, x.warnings]), [[["Руководителям ОО"], []], [["Методистам ИМЦ"], []]]);
  });

  it("reads a sub-item's dative and noun phrase as its executor under «Рекомендовать:»", () => {
    const d = parseResolution("РЕШИЛА:\n5. Рекомендовать:\n5.1. главам поселений содействовать в предоставлении жилья;\n5.2. Районной организации профсоюза проведение торжественного мероприятия.").directives;
    assert.deepEqual(d.map((x) => [x.n, x.executors]), [["5.1", ["главам поселений"]], ["5.2", ["Районной организации профсоюза"]]]);
  });

  it("takes the executor of a numbered sub-item that only names executors («1.2. Учителям математики:»)", () => {
    const d = parseResolution("РЕШИЛИ:\n1.1. Информацию принять к сведению.\n1.2. Учителям математики:\n• провести разбор заданий;\n• включить задания в уроки.").directives;
    assert.deepEqual(d.map((x) => [x.n, x.executors]), [["1.1", []], ["1.2.1", ["Учителям математики"]], ["1.2.2", ["Учителям математики"]]]);
    // «1.2. Учителям математики:» only names executors: a heading, not a doubt.
    assert.doesNotMatch(d[1].warnings.join(" "), /Исполнитель взят/);
  });
});
