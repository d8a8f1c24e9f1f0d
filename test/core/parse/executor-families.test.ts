// Executor families: what the text said about who acts, and what was implied (a «Проверить» warning).
import assert from "node:assert/strict";
import { readExecutors, type ExecutorContext } from "../../../src/core/parse/executor-families";
import { buildStructure } from "../../../src/core/parse/structure";

const ctx = (): ExecutorContext => ({ headings: new Map() });

describe("executor families", () => {
  it("takes the executor named in the item over its group's heading, the heading otherwise", () => {
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
});
