// The document's title as one line a methodologist reads in the registry: the kind, the body,
// the topic — not the place line, not the preamble, abbreviations kept in capitals.
import assert from "node:assert/strict";
import { parseResolution } from "../../../src/core/parse";

const body = "\nПРИКАЗЫВАЮ:\n1. Руководителям ОО провести инструктажи.";

describe("parse: the document's title", () => {
  it("joins a topic hard-wrapped over lines (text copied from a PDF)", () => {
    const d = parseResolution("ПРИКАЗ\n14.04.2025 № 97\nс. Белый Ключ\nОб организации отдыха и оздоровления детей в летний\nпериод 2025 года\nВ целях организации отдыха детей" + body);
    assert.equal(d.title, "Приказ «Об организации отдыха и оздоровления детей в летний период 2025 года»");
    const duma = parseResolution(
      "РЕШЕНИЕ\nот 19.12.2025 № 112\nг. Старобельск\nО ходе реализации муниципальной программы «Развитие образования\nСтаробельского муниципального округа на 2025-2030 годы»\nЗаслушав информацию заместителя главы" + body,
    );
    assert.equal(duma.title, "Решение «О ходе реализации муниципальной программы «Развитие образования Старобельского муниципального округа на 2025-2030 годы»»");
  });

  it("keeps abbreviations in capitals", () => {
    assert.equal(parseResolution("ПРОТОКОЛ\nзаседания рабочей группы по введению обновлённых ФГОС" + body).title, "Протокол заседания рабочей группы по введению обновлённых ФГОС");
    assert.equal(
      parseResolution("Р Е Ш Е Н И Е\nпедагогического совета МБОУ «Средняя общеобразовательная школа № 3»" + body).title,
      "Решение педагогического совета МБОУ «Средняя общеобразовательная школа № 3»",
    );
  });

  it("a heading run into the text ends with its topic, without the date and number", () => {
    const d = parseResolution(
      "РЕШЕНИЕ коллегии управления образования администрации Каменского района от 18 ноября 2022 года № 4 «Об итогах летней оздоровительной кампании 2022 года» Заслушав информацию начальника отдела дополнительного образования, коллегия отмечает, что летом 2022 года отдыхом было охвачено 61 % детей. Коллегия решила: 1. Отделу образования провести анализ.",
    );
    assert.equal(d.title, "Решение коллегии управления образования администрации Каменского района «Об итогах летней оздоровительной кампании 2022 года»");
    assert.equal(d.date, "2022-11-18");
  });
});
