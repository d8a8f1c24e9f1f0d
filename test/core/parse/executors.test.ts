import assert from "node:assert/strict";
import { executorsFromPhrase, isExecutorHeading } from "../../../src/core/parse/executors";
import { inlineExecutorSplit } from "../../../src/core/parse/executor-inline";

describe("executors", () => {
  it("splits a heading on commas and takes the person out of brackets", () => {
    const e = executorsFromPhrase("Отделу образования, МКУ «Центр, который помогает» (Иванова А.А.):");
    assert.deepEqual(e.executors, ["Отделу образования", "МКУ «Центр, который помогает»"]);
    assert.equal(e.person, "Иванова А.А.");
  });
  it("drops the role before the person", () => {
    assert.equal(executorsFromPhrase("МКУ «Ресурсный центр» (и.о. директора А.Е.Евтухович)").person, "А.Е.Евтухович");
  });
  it("splits on «и» only between executors", () => {
    assert.deepEqual(executorsFromPhrase("отделу образования и образовательным организациям").executors, [
      "отделу образования",
      "образовательным организациям",
    ]);
    assert.deepEqual(executorsFromPhrase("администрациям муниципальных районов и городских округов").executors, [
      "администрациям муниципальных районов и городских округов",
    ]);
    assert.deepEqual(executorsFromPhrase("Центру профориентации и развития «Перспектива»").executors, [
      "Центру профориентации и развития «Перспектива»",
    ]);
  });
  it("keeps co-executors after «совместно с» / «во взаимодействии с»", () => {
    assert.deepEqual(executorsFromPhrase("Управлению образования во взаимодействии с руководителями школ").executors, [
      "Управлению образования",
      "руководителями школ",
    ]);
    assert.deepEqual(executorsFromPhrase("Рекомендовать школам совместно с ЦДТ").executors, ["школам", "ЦДТ"]);
  });
  it("tells a heading from a lead-in", () => {
    assert.ok(isExecutorHeading("Руководителям образовательных организаций:"));
    assert.ok(isExecutorHeading("Рекомендовать руководителям ОО:"));
    assert.ok(!isExecutorHeading("обеспечить методическое сопровождение:"));
    assert.ok(!isExecutorHeading("Управлению образования обеспечить:"));
  });
  it("finds an executor at the start of an item", () => {
    assert.equal(inlineExecutorSplit("МУ «ИМЦ» организовать сопровождение")?.executorPart, "МУ «ИМЦ»");
    assert.equal(inlineExecutorSplit("Рекомендовать руководителям ОО обеспечить участие")?.executorPart, "руководителям ОО");
    assert.equal(inlineExecutorSplit("Управлению образования (Наумова С.Е.) продолжить работу")?.executorPart, "Управлению образования (Наумова С.Е.)");
    assert.equal(inlineExecutorSplit("Продолжить работу по развитию"), null);
    assert.equal(inlineExecutorSplit("Эффективно использовать ресурсы"), null);
  });
});
