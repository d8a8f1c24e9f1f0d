import assert from "node:assert/strict";
import { splitItemLine } from "../../../src/core/parse/item-line";

describe("an item's own line: «Срок», «Ответственный» and a closing executor", () => {
  it("splits one bracket holding both the responsible and the term", () => {
    assert.deepEqual(splitItemLine("Организовать курсы повышения квалификации (ответственный – МКУ «ИМЦ», срок – до 01.10.2025)."), {
      body: "Организовать курсы повышения квалификации",
      deadline: "до 01.10.2025",
      responsible: "МКУ «ИМЦ»",
    });
  });

  it("takes a person after a plan's closing executor as its responsible person", () => {
    assert.deepEqual(splitItemLine("Провести семинар для молодых педагогов – отдел образования, Петрова А.А."), {
      body: "Провести семинар для молодых педагогов",
      deadline: null,
      responsible: "отдел образования Петрова А.А.",
    });
    // a deadline after the comma stays in the text for the deadline reader
    assert.equal(splitItemLine("Обновить паспорта безопасности – руководители ОО, до 1 октября 2024 г.").body, "Обновить паспорта безопасности, до 1 октября 2024 г.");
  });
});
