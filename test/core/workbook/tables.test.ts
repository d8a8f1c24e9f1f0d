import assert from "node:assert/strict";
import { AddresseesTable } from "../../../src/core/workbook/tables/addressees";
import { ControlTable } from "../../../src/core/workbook/tables/control";
import { DirectivesTable } from "../../../src/core/workbook/tables/directives";
import { OrganisationsTable } from "../../../src/core/workbook/tables/organisations";
import { ReportsTable } from "../../../src/core/workbook/tables/reports";
import { DIRECTIVES, WORKBOOK_TABLES } from "../../../src/core/workbook/schema";

describe("table definitions", () => {
  it("are the schemas the hosts lay out", () => {
    assert.equal(DIRECTIVES, DirectivesTable);
    assert.deepEqual(
      WORKBOOK_TABLES.map((t) => t.name),
      ["Документы", "Поручения", "Организации", "Адресаты", "Отчёты", "Контроль", "Журнал", "Настройки"],
    );
    const onControl = DIRECTIVES.columns.find((c) => c.id === "onControl");
    assert.deepEqual(onControl, { id: "onControl", header: "На контроле", type: "text", width: 10, owner: "insert" });
  });

  it("read a «Поручения» row as she may have typed it", () => {
    const d = DirectivesTable.read({
      key: " Колл-2024-08-28/1 ",
      executors: "Руководителям ОО; Управлению образования",
      addressees: "ОО-01, ОО-02; ОО-01",
      deadlineKind: "Периодически",
      controlDate: "01.10.2024",
      targetValue: "1 234,5",
      lowerIsBetter: "ДА",
      onControl: "Нет ",
      warnings: "первое\nвторое",
    });
    assert.equal(d.key, "Колл-2024-08-28/1");
    assert.deepEqual(d.executors, ["Руководителям ОО", "Управлению образования"]);
    assert.deepEqual(d.addressees, ["ОО-01", "ОО-02"]);
    assert.equal(d.deadlineKind, "recurring");
    assert.equal(d.controlDate, "2024-10-01");
    assert.equal(d.targetValue, 1234.5);
    assert.equal(d.lowerIsBetter, true);
    assert.equal(d.onControl, false);
    assert.deepEqual(d.warnings, ["первое", "второе"]);
    assert.equal(d.extendedTo, null, "a column the row lacks reads blank");
  });

  it("keep a directive on control unless «нет» is written", () => {
    assert.equal(DirectivesTable.read({ onControl: "" }).onControl, true);
    assert.equal(DirectivesTable.read({ onControl: "дa?" }).onControl, true);
    assert.equal(DirectivesTable.read({ onControl: false }).onControl, false);
    assert.equal(DirectivesTable.read({ lowerIsBetter: "" }).lowerIsBetter, null, "blank: guessed from the wording");
  });

  it("write only the columns given, the one way the add-in writes them", () => {
    assert.deepEqual(DirectivesTable.write({ onControl: false, executors: ["А", "Б"], deadlineKind: "none", lowerIsBetter: null }), {
      onControl: "нет",
      executors: "А; Б",
      deadlineKind: "не указан",
      lowerIsBetter: "",
    });
    assert.deepEqual(AddresseesTable.write({ organisations: ["ОО-01", "ОО-02"], confirmed: true }), { organisations: "ОО-01, ОО-02", confirmed: "да" });
  });

  it("read lists, statuses and marks of the other tables", () => {
    const org = OrganisationsTable.read({ code: "ОО-01", groups: "Город, Сельские; Малокомплектные", aliases: "МБОУ «СОШ № 1», г. Заречный; Школа 1" });
    assert.deepEqual(org.groups, ["Город", "Сельские", "Малокомплектные"]);
    assert.deepEqual(org.aliases, ["МБОУ «СОШ № 1», г. Заречный", "Школа 1"]);
    assert.deepEqual(AddresseesTable.read({ organisations: "ОО-01 ОО-02", confirmed: "Да" }).organisations, ["ОО-01", "ОО-02"]);
    assert.equal(AddresseesTable.read({ confirmed: "" }).confirmed, false);
    const r = ReportsTable.read({ status: "Не выполнено", actual: "75 %", doneDate: "2024-10-01T00:00" });
    assert.deepEqual([r.status, r.actual, r.doneDate], ["notDone", 75, "2024-10-01"]);
    assert.equal(ReportsTable.read({ status: "Выполнено частично" }).status, "done");
    assert.equal(ReportsTable.read({ status: "в работе" }).status, "inProgress");
    assert.equal(ReportsTable.read({ status: " " }).status, null);
    assert.equal(ControlTable.read({ reported: "есть" }).reported, true);
    assert.deepEqual(ControlTable.write({ reported: null }), { reported: "" });
  });

  it("tell a column the plan leaves out from a blank one", () => {
    const planned = DirectivesTable.readPresent({ key: "К/1", onControl: "нет" });
    assert.deepEqual(planned, { key: "К/1", onControl: false });
    assert.equal("documentId" in planned, false, "absent: not to be written");
    assert.deepEqual(DirectivesTable.write({ note: undefined, status: "" }), { status: "" });
  });
});
