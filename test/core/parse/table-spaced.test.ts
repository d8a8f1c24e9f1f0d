import assert from "node:assert/strict";
import { spacedTableToItems } from "../../../src/core/parse/table-spaced";
import { parseResolution } from "../../../src/core/parse";

const PLAN = [
  "План мероприятий",
  "№   Мероприятие                               Срок              Ответственный",
  "1.  Провести семинар для молодых педагогов    до 01.12.2025     МКУ «ИМЦ»",
  "2.  Организовать конкурс чтецов               январь 2026 г.    Руководители ОО,",
  "    среди обучающихся 5-7 классов                               учителя литературы",
  "3.  Провести мониторинг сайтов ОО                               Отдел образования",
  "",
  "Начальник отдела образования                        И.И. Петрова",
].join("\n");

describe("a plan laid out with spaces (text copied from a PDF with its layout)", () => {
  it("reads each row's cells by the header's columns, wrapped cells included", () => {
    assert.deepEqual(spacedTableToItems(PLAN).split("\n").filter(Boolean), [
      "План мероприятий",
      "1. Провести семинар для молодых педагогов",
      "Срок: до 01.12.2025",
      "Ответственный: МКУ «ИМЦ»",
      "2. Организовать конкурс чтецов среди обучающихся 5-7 классов",
      "Срок: январь 2026 г.",
      "Ответственный: Руководители ОО, учителя литературы",
      "3. Провести мониторинг сайтов ОО",
      "Ответственный: Отдел образования",
      "Начальник отдела образования                        И.И. Петрова",
    ]);
  });

  it("leaves text without such a header alone", () => {
    const text = "РЕШИЛИ:\n1. Провести семинар   для педагогов.\nСрок:   до 01.12.2025";
    assert.equal(spacedTableToItems(text), text);
  });

  it("gives the parser one directive per row with its deadline and executors", () => {
    const d = parseResolution(PLAN).directives;
    assert.deepEqual(
      d.map((x) => [x.n, x.executors, x.deadline.kind]),
      [
        ["1", ["МКУ «ИМЦ»"], "date"],
        ["2", ["Руководители ОО", "учителя литературы"], "date"],
        ["3", ["Отдел образования"], "none"],
      ],
    );
  });
});
