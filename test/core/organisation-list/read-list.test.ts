import assert from "node:assert/strict";
import { readOrganisationList } from "../../../src/core/organisation-list/read-list";
import { sheetOf } from "./sheet";

describe("reading an organisation list", () => {
  it("reads columns by header, whatever their order, and splits groups and e-mails", () => {
    const { rows, problems } = readOrganisationList([
      sheetOf([
        ["Эл. почта", "Группы", "Наименование", "Код", "Тип", "Руководитель", "Другие названия"],
        ["sosh1@zar.ru, info@zar.ru", "школы города; опорные, сельские", "МБОУ «СОШ № 1»", "ОО-01", "ОО", "Иванова И. И.", "Школа № 1; СОШ 1, г. Заречный"],
      ]),
    ]);
    assert.deepEqual(problems, []);
    assert.deepEqual(rows[0].org, {
      code: "ОО-01",
      shortName: "МБОУ «СОШ № 1»",
      fullName: "",
      type: "ОО",
      groups: ["школы города", "опорные", "сельские"],
      aliases: ["Школа № 1", "СОШ 1, г. Заречный"],
      email: "sosh1@zar.ru; info@zar.ru",
      head: "Иванова И. И.",
    });
    assert.equal(rows[0].line, 2);
  });

  it("refuses a row without a code or a name, or with a broken e-mail, and says why", () => {
    const { rows, problems } = readOrganisationList([
      sheetOf([
        ["Код", "Наименование", "E-mail"],
        ["", "Гимназия № 2", ""],
        ["ОО-03", "", ""],
        ["ОО-04", "Лицей № 4", "licei4(at)mail.ru"],
        ["ОО-05", "СОШ № 5", "mailto:sosh5@школа.рф"],
      ]),
    ]);
    assert.deepEqual(
      rows.map((r) => [r.org.code, r.org.email]),
      [["ОО-05", "sosh5@школа.рф"]],
    );
    assert.match(problems[0].message, /^Строка 2 \(Гимназия № 2\): не указан код/);
    assert.match(problems[1].message, /^Строка 3: не указано наименование/);
    assert.match(problems[2].message, /^Строка 4 \(Лицей № 4\): адрес эл\. почты «licei4\(at\)mail\.ru» не похож на адрес — строка не взята\.$/);
    assert.deepEqual(problems.map((p) => p.line), [2, 3, 4]);
  });

  it("guesses an empty type from the name and says so; an unknown type is not kept", () => {
    const { rows } = readOrganisationList([
      sheetOf([
        ["Код", "Наименование", "Тип"],
        ["ДОО-05", "МБДОУ детский сад № 5", ""],
        ["ОО-07", "МБОУ «СОШ № 7»", "колледж"],
        ["Х-1", "ООО «Ромашка»", ""],
      ]),
    ]);
    assert.deepEqual(
      rows.map((r) => [r.org.type, r.typeFrom, r.typeNote]),
      [
        ["ДОО", "guess", "тип не указан — по названию принят «ДОО»"],
        ["ОО", "guess", "тип «колледж» не распознан — по названию принят «ОО»"],
        ["", "none", "тип не указан и по названию не определяется — укажите ОО, ДОО, УДО, МКУ или УО в «Организациях»"],
      ],
    );
  });

  it("without a header reads the default order and says so", () => {
    const { rows, problems } = readOrganisationList([sheetOf([["ОО-01", "МБОУ «СОШ № 1»", "Муниципальное бюджетное общеобразовательное учреждение «СОШ № 1»", "ОО", "школы города", "s1@zar.ru"]])]);
    assert.equal(rows.length, 1);
    assert.equal(rows[0].org.fullName, "Муниципальное бюджетное общеобразовательное учреждение «СОШ № 1»");
    assert.deepEqual(rows[0].org.groups, ["школы города"]);
    assert.equal(rows[0].org.email, "s1@zar.ru");
    assert.equal(problems[0].line, null);
    assert.match(problems[0].message, /Строки заголовка нет: столбцы прочитаны по порядку — код, краткое наименование, полное наименование, тип, группы, эл\. почта/);
  });

  it("takes a code written as a number and skips blank rows and a repeated header", () => {
    const { rows } = readOrganisationList([sheetOf([["Код", "Наименование"], [101, "СОШ № 1"], [], ["Код", "Наименование"], [102, "СОШ № 2"]])]);
    assert.deepEqual(
      rows.map((r) => [r.org.code, r.line]),
      [
        ["101", 2],
        ["102", 5],
      ],
    );
  });

  it("uses the first visible sheet with a header row", () => {
    const { rows } = readOrganisationList([
      sheetOf([["Справка"], ["Всего 2 организации"]], "Титул"),
      sheetOf([["Код", "Наименование"], ["ОО-09", "hidden"]], "Скрытый", "hidden"),
      sheetOf([["Код", "Наименование"], ["ОО-01", "СОШ № 1"]], "Список"),
    ]);
    assert.deepEqual(rows.map((r) => r.org.code), ["ОО-01"]);
  });

  it("reads a list whose header has no code column as names waiting for codes", () => {
    const { rows, problems } = readOrganisationList([sheetOf([["Наименование", "Тип"], ["СОШ № 1", "ОО"]])]);
    assert.deepEqual(rows.map((r) => [r.org.code, r.org.shortName, r.needsCode]), [["", "СОШ № 1", true]]);
    assert.match(problems[0].message, /Кодов в списке нет/);
  });

  it("refuses a list without a name column, or an empty list", () => {
    assert.throws(() => readOrganisationList([sheetOf([["Код", "Тип"], ["ОО-01", "ОО"]])]), /нет столбца с наименованием/);
    assert.throws(() => readOrganisationList([sheetOf([[], [""]])]), /Список пуст/);
  });
});
