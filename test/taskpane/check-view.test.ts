import assert from "node:assert/strict";
import { MARK } from "../../src/core/check/types";
import { checkView, markColours } from "../../src/taskpane/check-view";

const result = {
  asOf: "2024-12-05",
  period: "2024-Q4",
  counts: { [MARK.onTime]: 3, [MARK.late]: 0, [MARK.overdue]: 2, [MARK.dueSoon]: 1, [MARK.noReport]: 4, [MARK.onControl]: 0 },
  controlAdded: 10,
  controlUpdated: 0,
  controlObsolete: 0,
  withoutAddressees: 2,
  addresseesRefreshed: 0,
  settingsProblems: ["Настройка «Текущий период»: значение «весна» не распознано, взято значение по умолчанию."],
};

describe("taskpane/check-view", () => {
  it("counts the marks in the summary's order, only those present, with the «Контроль» sheet's colours", () => {
    const view = checkView(result);
    assert.equal(view.heading, "По состоянию на 05.12.2024, IV квартал 2024 г.: 10 отметок.");
    assert.deepEqual(
      view.marks.map((m) => [m.mark, m.count]),
      [[MARK.onTime, 3], [MARK.dueSoon, 1], [MARK.noReport, 4], [MARK.overdue, 2]],
    );
    const colour = (mark: string) => view.marks.find((m) => m.mark === mark)!;
    assert.deepEqual([colour(MARK.overdue).fill, colour(MARK.overdue).font], ["#F8CBAD", "#9C0006"], "Просрочено: red");
    assert.equal(colour(MARK.dueSoon).fill, "#FFE699", "Срок истекает: amber");
    assert.equal(colour(MARK.noReport).fill, "#D9D9D9", "Нет отчёта: grey");
    assert.deepEqual(markColours(MARK.onControl), {});
  });

  it("warns about directives without organisations and unreadable settings, and says what was written", () => {
    const view = checkView(result);
    assert.deepEqual(view.notes, ["Лист «Контроль»: добавлено 10 строк, обновлено 0."]);
    assert.equal(view.warnings.length, 2);
    assert.match(view.warnings[0], /^2 поручения на контроле без организаций-исполнителей/);
    assert.match(view.warnings[1], /«Текущий период»/);
  });

  it("says so when nothing is on control", () => {
    const view = checkView({ ...result, counts: {}, controlAdded: 0, withoutAddressees: 0, settingsProblems: [] });
    assert.equal(view.heading, "По состоянию на 05.12.2024, IV квартал 2024 г.: отметок нет.");
    assert.deepEqual([view.marks, view.notes, view.warnings], [[], [], []]);
  });

  it("says when the organisations of directives followed «Адресаты»", () => {
    assert.ok(checkView({ ...result, addresseesRefreshed: 1 }).notes.includes("Организации-исполнители обновлены по листу «Адресаты» у 1 поручения."));
    assert.ok(checkView({ ...result, addresseesRefreshed: 3 }).notes.includes("Организации-исполнители обновлены по листу «Адресаты» у 3 поручений."));
  });
});
