import assert from "node:assert/strict";
import type { PreviewItem } from "../../src/core/import/plan";
import { previewView, type PreviewPlan } from "../../src/taskpane/preview-view";
import { previewItem } from "../support/preview-items";

const item = previewItem;

const plan = (items: PreviewItem[], isUpdate = false): PreviewPlan => {
  const counts = { added: 0, changed: 0, unchanged: 0, removed: 0 };
  items.forEach((i) => counts[i.change]++);
  return { title: "Резолюция августовской конференции", isUpdate, items, counts, unresolved: [], newAddressees: [] };
};

describe("taskpane/preview-view", () => {
  it("shows each directive with its number, executors and deadline as ДД.ММ.ГГГГ", () => {
    const view = previewView(
      plan([
        item({ n: "1.1", deadlineRaw: "до 1 октября 2024 г.", controlDate: "2024-10-01" }),
        item({ n: "1.2", deadlineRaw: "постоянно", executors: ["Управлению образования", "МКУ «ИМЦ»"] }),
        item({ n: "1.3" }),
      ]),
    );
    assert.equal(view.summary, "Найдено 3 поручения.");
    assert.deepEqual(
      view.others.map((v) => [v.n, v.deadline]),
      [
        ["1.1", "01.10.2024"],
        ["1.2", "постоянно"],
        ["1.3", "срок не указан"],
      ],
    );
    assert.equal(view.others[1].executors, "Управлению образования; МКУ «ИМЦ»");
    assert.equal(view.changes.length, 0);
    assert.equal(view.others[0].changeLabel, "", "a first import marks nothing as new");
  });

  it("keeps the warnings of doubtful directives and counts them", () => {
    const view = previewView(plan([item({ n: "2.1", warnings: ["Срок прочитан как конец учебного года."] }), item({ n: "2.2" })]));
    assert.deepEqual(view.others[0].warnings, ["Срок прочитан как конец учебного года."]);
    assert.equal(view.doubtfulCount, 1);
  });

  it("lists added, changed and removed directives of a re-import before the unchanged ones", () => {
    const view = previewView(
      plan(
        [
          item({ n: "1", change: "unchanged" }),
          item({ n: "2", change: "changed", changedFields: ["срок", "текст"] }),
          item({ n: "3", change: "added" }),
          item({ n: "4", change: "removed" }),
        ],
        true,
      ),
    );
    assert.deepEqual(
      view.changes.map((v) => [v.n, v.changeLabel]),
      [
        ["2", "изменено: срок, текст"],
        ["3", "новое"],
        ["4", "исключено"],
      ],
    );
    assert.deepEqual(
      view.others.map((v) => v.n),
      ["1"],
    );
    assert.equal(view.summary, "Документ уже есть в своде. Новых: 1, изменённых: 1, исключённых: 1, без изменений: 1.");
  });

  it("says so when a re-import changes nothing", () => {
    const view = previewView(plan([item({ change: "unchanged" }), item({ n: "2", change: "unchanged" })], true));
    assert.equal(view.summary, "Документ уже есть в своде, изменений нет (2 поручения).");
  });

  it("notes settings problems and known phrases that name nobody, leaving new phrases to their own block", () => {
    const p = {
      ...plan([item({})]),
      unresolved: ["Отделу кадров", "Руководителям  образовательных организаций"],
      newAddressees: [{ phrase: "Руководителям образовательных организаций", codes: [], group: "", confirmed: false }],
    };
    const view = previewView(p, ["В «Настройки» дата конца учебного года не распознана."]);
    assert.equal(view.notes.length, 2);
    assert.match(view.notes[0], /Настройки/);
    assert.equal(
      view.notes[1],
      "Организации не определены для: «Отделу кадров» — отчётов по этим поручениям не будет, пока вы не укажете их в листе «Адресаты».",
    );
  });
});

describe("taskpane/preview-view: a document whose id another document of the свод has", () => {
  const clash = {
    id: "Колл-2024-08-28",
    existingTitle: "Решение коллегии «О питании обучающихся»",
    existingDate: "28.08.2024",
    existingDirectives: 3,
    distinctId: "Колл-2024-08-28-2",
  };

  it("says which document holds the id and offers a separate document or a new edition, and shows no id yet", () => {
    const view = previewView({ ...plan([item({ n: "1" })]), documentId: "Колл-2024-08-28-2", clash, recognisedAs: null });
    assert.equal(
      view.clash?.message,
      "В своде уже есть другой документ с кодом Колл-2024-08-28: «Решение коллегии «О питании обучающихся»» от 28.08.2024. Этот документ отличается от него (другие название и поручения). Как его записать?",
    );
    assert.deepEqual(view.clash?.asNew, { choice: "new", label: "Отдельным документом с кодом Колл-2024-08-28-2" });
    assert.deepEqual(view.clash?.asEdition, { choice: "edition", label: "Новой редакцией документа Колл-2024-08-28" });
    assert.equal(view.idLine, "");
  });

  it("after her choice shows the id it will be written under and what happens to the other document", () => {
    const apart = previewView({ ...plan([item({ n: "1" })]), documentId: "Колл-2024-08-28-2", clash: null, recognisedAs: null }, [], "new");
    assert.equal(apart.clash, null);
    assert.equal(apart.idLine, "Код документа: Колл-2024-08-28-2");
    assert.ok(apart.notes.includes("Документ будет записан отдельно, с кодом Колл-2024-08-28-2; документ, уже бывший в своде, не меняется."));
    const edition = previewView({ ...plan([item({ n: "1", change: "changed" })], true), documentId: "Колл-2024-08-28", clash: null, recognisedAs: null }, [], "edition");
    assert.ok(edition.notes.includes("Документ будет записан как новая редакция документа Колл-2024-08-28."));
  });

  it("says when a document was recognised by its content under the id it has in the свод", () => {
    const view = previewView({ ...plan([item({ n: "1", change: "unchanged" })], true), documentId: "Колл-2024-08-28-5", clash: null, recognisedAs: "Колл-2024-08-28-5" });
    assert.ok(view.notes.includes("Документ узнан по содержанию: он уже есть в своде под кодом Колл-2024-08-28-5."));
  });
  it("shows the target, «не на контроле», how many organisations, and whether the text is cut", () => {
    const long = "Обеспечить " + "участие педагогов в региональном мониторинге качества подготовки обучающихся ".repeat(3);
    const items = [
      item({ n: "1", text: long, target: "до 80 %", controlDate: "2024-12-01", deadlineRaw: "до 01.12.2024" }),
      item({ n: "2", text: "Принять к сведению", controlled: false, executors: [] }),
    ];
    const view = previewView({ ...plan(items), directiveRows: [{ key: items[0].key, addressees: "ОО-01, ОО-02, ОО-03" }, { key: items[1].key, addressees: "" }] });
    const [first, second] = view.others;
    assert.equal(first.target, "Целевое значение: до 80 %");
    assert.equal(first.organisations, "3 организации");
    assert.ok(first.shortened && first.text.endsWith("…") && first.fullText === long, "a cut text keeps the full one to show");
    assert.equal(second.onControl, false);
    assert.equal(second.organisations, "ни одной организации");
    assert.equal(second.shortened, false);
    assert.equal(view.summary, "Найдено 2 поручения. Не на контроле: 1.");
  });

  it("shows her corrected deadline and on-control flag instead of the document's", () => {
    const items = [item({ n: "1", controlDate: "2024-12-01", deadlineRaw: "до 01.12.2024" }), item({ n: "2" })];
    const view = previewView(plan(items), [], undefined, { [items[0].key]: { controlDate: "2024-12-20", onControl: false } });
    const [first, second] = view.others;
    assert.deepEqual([first.deadline, first.deadlineCorrected, first.controlDate, first.onControl], ["20.12.2024", true, "2024-12-20", false]);
    assert.deepEqual([second.deadline, second.deadlineCorrected, second.onControl], ["срок не указан", false, true]);
    assert.ok(first.canSetControl, "a new directive's flag can be set here");
  });

  it("lets her set «на контроле» only on new directives of a re-import, and correct nothing on dropped ones", () => {
    const view = previewView(plan([item({ n: "1", change: "unchanged" }), item({ n: "2", change: "removed" })], true));
    const byN = new Map([...view.changes, ...view.others].map((v) => [v.n, v]));
    assert.deepEqual([byN.get("1")!.canCorrect, byN.get("1")!.canSetControl], [true, false]);
    assert.equal(byN.get("2")!.canCorrect, false);
  });
});
