// A file holding several documents is read as several documents, each with its own number;
// a file holding one is read exactly as before.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseResolution } from "../../../src/core/parse";
import { parseDocuments } from "../../../src/core/parse/split-documents";
import { resolutionText } from "../../../src/formats/resolution-text";
import { DECISION_5 } from "../../support/decisions";


const DECISION_6 = `РЕШЕНИЕ № 6
коллегии управления образования администрации Заречного района
от 28.08.2024
«О подготовке образовательных организаций к отопительному сезону»
Коллегия РЕШИЛА:
1. Руководителям общеобразовательных организаций обеспечить готовность котельных. Срок: до 15.09.2024.
2. Управлению образования провести проверку готовности. Срок: до 20.09.2024.
3. Информацию принять к сведению.
`;

describe("parse: several documents in one file", () => {
  it("reads decisions № 5 and № 6 of one meeting as two documents with their own directives", () => {
    const docs = parseDocuments(`${DECISION_5}\n${DECISION_6}`);
    assert.deepEqual(
      docs.map((d) => ({ number: d.number, date: d.date, kind: d.kind, ns: d.directives.map((x) => x.n) })),
      [
        { number: "5", date: "2024-08-28", kind: "решение коллегии", ns: ["1", "2"] },
        { number: "6", date: "2024-08-28", kind: "решение коллегии", ns: ["1", "2", "3"] },
      ],
    );
    assert.match(docs[0].title, /Об итогах государственной итоговой аттестации/);
    assert.match(docs[1].title, /отопительному сезону/);
    assert.equal(docs[0].directives[1].text, "МКУ «ИМЦ» организовать курсы для учителей математики.", "№ 6's heading is not glued to № 5's last directive");
  });

  it("reads a protocol's numbered decisions as documents of that meeting, dated by the protocol", () => {
    const text = `ПРОТОКОЛ № 3
заседания коллегии управления образования
от 28.08.2024
Присутствовали: 12 человек.
СЛУШАЛИ: Иванову И.И. об итогах ГИА.
РЕШЕНИЕ № 1
«Об итогах ГИА»
Коллегия решила:
1. Руководителям ОО провести анализ результатов ГИА. Срок: до 01.10.2024.
СЛУШАЛИ: Петрова П.П. о летнем отдыхе.
РЕШЕНИЕ № 2
«Об итогах летней оздоровительной кампании»
Коллегия решила:
1. Управлению образования подготовить отчёт о летней кампании. Срок: до 15.09.2024.
2. Руководителям ОО представить сведения об отдыхе детей. Срок: до 10.09.2024.
`;
    const docs = parseDocuments(text);
    assert.deepEqual(
      docs.map((d) => [d.number, d.date, d.directives.length]),
      [
        ["1", "2024-08-28", 1],
        ["2", "2024-08-28", 2],
      ],
    );
    assert.match(docs[0].kind, /коллегии/);
  });

  it("does not drop silently what follows a heading it cannot tell apart: one document and a warning", () => {
    const text = `${DECISION_5}\nРЕШЕНИЕ № 6\nколлегии управления образования от 28.08.2024 (текст решения будет направлен дополнительно)\n`;
    const docs = parseDocuments(text);
    assert.equal(docs.length, 1);
    assert.equal(docs[0].directives.length, 2);
    assert.ok(docs[0].warnings.some((w) => /несколько документов/.test(w) && /РЕШЕНИЕ № 6/.test(w)), docs[0].warnings.join("\n"));
  });

  it("reads a protocol's «Решение:» after each question as one protocol, not several documents", () => {
    const text = `ПРОТОКОЛ № 4\nсовещания руководителей\n14.11.2024\n1. О подготовке к сочинению.\nСЛУШАЛИ: Гордееву Е.А.\nРешение: 1. Руководителям ОО провести пробное сочинение. Срок: до 20.11.2024.\n2. О питании.\nСЛУШАЛИ: Белову А.С.\nРешение: 1. Руководителям ОО обеспечить контроль питания. Срок: постоянно.\n`;
    const docs = parseDocuments(text);
    assert.equal(docs.length, 1);
    assert.deepEqual(docs[0], parseResolution(text));
  });

  const genre = join(__dirname, "genre");
  const corpus = join(__dirname, "../../../../shared/corpus");
  it("reads every genre and corpus document as one document, exactly as parseResolution does", async () => {
    const files = [
      ...readdirSync(genre).filter((f) => f.endsWith(".txt")).map((f) => join(genre, f)),
      ...(existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith(".txt")).map((f) => join(corpus, f)) : []),
    ];
    assert.ok(files.length >= 30);
    for (const file of files) {
      const text = await resolutionText(new Uint8Array(readFileSync(file)), file);
      assert.deepEqual(parseDocuments(text), [parseResolution(text)], file);
    }
  });
});
