import assert from "node:assert/strict";
import { chosenDecisions, choiceFromProposal, type DecisionChoice } from "../../src/taskpane/decisions-view";
import { lettersMessage, withoutEmailMessage } from "../../src/taskpane/letters-view";

describe("pane: letters and decisions", () => {
  it("says how many drafts were made and how to send them, and who has no e-mail", () => {
    const o = { kind: "blanks" as const, letters: 4, drafts: 3, zipName: "Письма_с_бланками_2024-Q1.zip", withoutEmail: [{ code: "ОО-03", name: "МБОУ «СОШ № 3»", email: "" }] };
    assert.equal(
      lettersMessage(o),
      "Готово: 4 письма с бланками; скачан архив «Письма_с_бланками_2024-Q1.zip» — 3 черновика .eml. Откройте файл двойным щелчком: Outlook или Thunderbird покажет письмо как черновик, проверьте его и нажмите «Отправить».",
    );
    assert.equal(withoutEmailMessage(o), "Нет адреса электронной почты в листе «Организации» — черновик не сделан, письмо есть в документе для печати: МБОУ «СОШ № 3».");
    assert.match(lettersMessage({ ...o, kind: "reminders", letters: 0, drafts: 0 }), /Напоминать некому/);
  });

  it("starts from the proposal and refuses an extension without a date", () => {
    assert.deepEqual(choiceFromProposal("продлить срок до __.__.____"), { kind: "extend", dateText: "" });
    const choices = new Map<string, DecisionChoice>([
      ["К/1", { kind: "extend", dateText: "" }],
      ["К/2", { kind: "remove", dateText: "" }],
      ["К/3", { kind: "extend", dateText: "01.06.2025" }],
      ["К/4", { kind: "", dateText: "" }],
    ]);
    const out = chosenDecisions(choices, (k) => k.slice(2));
    assert.deepEqual(out.lines, [
      { directiveKey: "К/2", decision: { kind: "remove" } },
      { directiveKey: "К/3", decision: { kind: "extend", to: "2025-06-01" } },
    ]);
    assert.deepEqual(out.problems, ["П. 1: укажите, до какой даты продлён срок (ДД.ММ.ГГГГ)."]);
  });
});
