import assert from "node:assert/strict";
import { decodeCsvBytes, detectDelimiter, readCsvGrid } from "../../src/formats/csv";
import { csvReport } from "../support/report-files/altered";

describe("csv", () => {
  it("decodes windows-1251 and UTF-8 with BOM, and finds the delimiter", () => {
    const cp = csvReport([["Школа", "Значение"], ["СОШ № 1", "75,5"]]);
    assert.equal(decodeCsvBytes(cp).encoding, "windows-1251");
    assert.equal(decodeCsvBytes(cp).text.split("\r\n")[0], "Школа;Значение");
    const bom = csvReport([["Школа", "Значение"]], "utf-8-bom");
    assert.equal(decodeCsvBytes(bom).text, "Школа;Значение");
    assert.equal(detectDelimiter('a,"b,c",d\n1,2,3'), ",");
    assert.equal(detectDelimiter("a;b;c\n1,5;2;3"), ";");
  });

  it("keeps quoted delimiters, doubled quotes and line breaks inside a cell, as text", () => {
    const g = readCsvGrid(new TextEncoder().encode('Что сделано;Статус\r\n"Кружок ""Шахматы""; секция";выполнено\r\n"две\nстроки";'), "r.csv");
    const rows = g.sheets[0].rows;
    assert.deepEqual(rows[1][0], { kind: "text", text: 'Кружок "Шахматы"; секция' });
    assert.deepEqual(rows[2][0], { kind: "text", text: "две\nстроки" });
    assert.equal(rows[2][1], undefined);
  });
});
