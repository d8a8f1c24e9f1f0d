// The document's own date and school year: from its heading or its place-and-date line, never
// from an act cited in the preamble or from a programme's years. A wrong date would discard
// real deadlines as «before the document».
import assert from "node:assert/strict";
import { parseResolution } from "../../../src/core/parse";

const body = "\nКоллегия РЕШИЛА:\n1. Руководителям ОО провести анализ.";

describe("parse: the document's date", () => {
  it("reads a place-and-date line with the place first, and keeps it out of the title", () => {
    const protocol = parseResolution(
      "ПРОТОКОЛ № 6\nсовещания руководителей образовательных организаций\n\nг. Тихореченск                                   10.09.2025\n\nПредседатель: Е. Н. Крупина" + body,
    );
    assert.equal(protocol.date, "2025-09-10");
    assert.equal(protocol.title, "Протокол № 6 совещания руководителей образовательных организаций");

    const decision = parseResolution(
      "РЕШЕНИЕ КОЛЛЕГИИ\n\nг. Ладожинск                 12 декабря 2025 г.                 № 4\n\nО кадровом обеспечении образовательных организаций\n\n" +
        "Во исполнение распоряжения Губернатора области от 16.09.2025 № 512-р «О мерах по обеспечению образовательных организаций педагогическими кадрами», заслушав доклад, коллегия отмечает, что укомплектованность штатов составила 94,6 %." +
        body,
    );
    assert.equal(decision.date, "2025-12-12");
    assert.equal(decision.number, "4");
    assert.equal(decision.title, "Решение коллегии «О кадровом обеспечении образовательных организаций»");

    assert.equal(parseResolution("РЕЗОЛЮЦИЯ\nавгустовской конференции педагогических работников\nс. Верхнекамское 28 августа 2025 г." + body).date, "2025-08-28");
    assert.equal(parseResolution("ПРОТОКОЛЬНОЕ РЕШЕНИЕ\nмежведомственного совещания\nг. Красноборск                «05» февраля 2025 г." + body).date, "2025-02-05");
    assert.equal(parseResolution("ПРОТОКОЛ\nсовещания заведующих\nпгт Вербино                11.04.2023 № 3" + body).date, "2023-04-11");
  });

  it("reads the protocol date written in brackets under the title", () => {
    const d = parseResolution("Р Е Ш Е Н И Е\nпедагогического совета МБОУ «СОШ № 3»\n(протокол от 27 марта 2025 г. № 5)\n\nПедсовет решил:\n1) учителям провести консультации;");
    assert.equal(d.date, "2025-03-27");
    assert.equal(d.schoolYear, "2024-2025");
  });

  it("never takes the date of an act cited in the preamble or a programme's years", () => {
    const d = parseResolution(
      "РЕШЕНИЕ\nО ходе реализации муниципальной программы «Развитие образования на 2021-2025 годы»\n\n" +
        "В соответствии с Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации», постановлением администрации района от 14.11.2020 № 1380, заслушав информацию управления образования о ходе реализации программы, Совет депутатов" +
        "\nРЕШИЛ:\n1. Управлению образования обеспечить реализацию программы.",
    );
    assert.equal(d.date, null);
  });

  it("reads the date from a covering e-mail's subject that names the document, not from when it was sent", () => {
    const d = parseResolution(
      "От: Кожевникова С. И. <rmo@example>\nОтправлено: 14 ноября 2025 г. 16:42\nКому: Руководители ОО\nТема: Решение РМО учителей начальных классов от 12.11.2025\n\nУважаемые коллеги!\n\nРЕШЕНИЕ\nзаседания районного методического объединения\nучастники РМО решили:\n1. Руководителям ШМО провести анализ. Срок: до 28.11.2025",
    );
    assert.equal(d.date, "2025-11-12");
  });

  it("never reads a wrapped preamble line that starts with a cited act's date", () => {
    const d = parseResolution(
      "ПРИКАЗ\nОб организации отдыха детей\nВ целях организации отдыха детей, в соответствии с постановлением администрации района\nот 31.03.2025 № 205 «Об организации отдыха детей»\nПРИКАЗЫВАЮ:\n1. Руководителям ОО организовать работу лагерей.",
    );
    assert.equal(d.date, null);
  });

  it("an August conference dated in its place-and-date line addresses the year that starts then", () => {
    const d = parseResolution(
      "РЕЗОЛЮЦИЯ\nавгустовской конференции педагогических работников\nс. Верхнекамское 28 августа 2025 г.\n" +
        "Участники обсудили итоги 2024-2025 учебного года и задачи на 2025-2026 учебный год. Конференция РЕШИЛА:\n" +
        "1. Управлению образования в течение года проводить мониторинг.\n2. Руководителям ОО в 2026-2027 уч. году обеспечить переход на новые программы.",
    );
    assert.deepEqual([d.date, d.schoolYear], ["2025-08-28", "2025-2026"]);
    assert.equal(d.directives[0].deadline.due, "2026-08-31");
  });
});
