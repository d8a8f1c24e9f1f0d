import assert from "node:assert/strict";
import { strToU8, zipSync } from "fflate";
import type { GridCell } from "../../src/core/ingest/grid";
import { readSpreadsheet } from "../../src/formats/ingest/read-spreadsheet";
import { FileRefusal } from "../../src/formats/ingest/refusal";
import { comparedWithSync } from "../support/measured";

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"';

function ods(tables: string, opts: { styles?: string; manifest?: string } = {}): Uint8Array {
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:automatic-styles>${opts.styles ?? ""}</office:automatic-styles><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`;
  return zipSync({
    mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }],
    "META-INF/manifest.xml": strToU8(opts.manifest ?? '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'),
    "content.xml": strToU8(content),
  });
}

const cell = (attrs: string, text = "") => `<table:table-cell ${attrs}>${text ? `<text:p>${text}</text:p>` : ""}</table:table-cell>`;
const at = (rows: (GridCell | undefined)[][], ref: string) => {
  const col = ref.charCodeAt(0) - 65;
  return rows[Number(ref.slice(1)) - 1]?.[col];
};

function refusal(bytes: Uint8Array): FileRefusal {
  try {
    readSpreadsheet(bytes, "отчёт.ods");
  } catch (e) {
    if (e instanceof FileRefusal) return e;
    throw e;
  }
  assert.fail("expected a refusal");
}

describe("ods-grid: an .ods read as Excel would show the same cells", () => {
  it("reads numbers, percentages, dates, booleans, texts and errors as the .xlsx reader does", () => {
    const table = `<table:table table:name="Отчёт">
      <table:table-column table:number-columns-repeated="1024"/>
      <table:table-row>${cell('office:value-type="float" office:value="80"', "80")}${cell('office:value-type="percentage" office:value="0.755"', "75,5 %")}${cell('office:value-type="date" office:date-value="2024-02-20"', "20.02.2024")}${cell('office:value-type="date" office:date-value="2024-02-20T10:10:40"', "20.02.2024 10:10")}${cell('office:value-type="boolean" office:boolean-value="true"', "ИСТИНА")}<table:table-cell table:number-columns-repeated="1019"/></table:table-row>
      <table:table-row>${cell('office:value-type="string"', "Открыты<text:s text:c=\"2\"/>3 кружка")}<table:table-cell office:value-type="string"><text:p>первая</text:p><text:p>вторая <text:span>строка</text:span></text:p><office:annotation><text:p>комментарий</text:p></office:annotation></table:table-cell>${cell('table:formula="of:=1/0" office:value-type="float" office:value="0" calcext:value-type="error"', "#DIV/0!")}${cell('office:value-type="string" table:number-columns-repeated="3"', "да")}</table:table-row>
      <table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
    </table:table>`;
    const grid = readSpreadsheet(ods(table), "отчёт.ods");
    assert.equal(grid.format, "ods");
    const rows = grid.sheets[0].rows;
    assert.equal(grid.sheets[0].name, "Отчёт");
    assert.equal(rows.length, 2, "the empty repeated rows at the end cost nothing");
    assert.deepEqual(at(rows, "A1"), { kind: "number", value: 80 });
    assert.deepEqual(at(rows, "B1"), { kind: "number", value: 0.755, percent: true });
    assert.deepEqual(at(rows, "C1"), { kind: "date", iso: "2024-02-20" });
    assert.deepEqual(at(rows, "D1"), { kind: "date", iso: "2024-02-20T10:10" });
    assert.deepEqual(at(rows, "E1"), { kind: "bool", value: true });
    assert.deepEqual(at(rows, "A2"), { kind: "text", text: "Открыты  3 кружка" });
    assert.deepEqual(at(rows, "B2"), { kind: "text", text: "первая\nвторая строка" });
    assert.deepEqual(at(rows, "C2"), { kind: "error", code: "#DIV/0!" });
    assert.deepEqual([at(rows, "D2"), at(rows, "E2"), at(rows, "F2"), at(rows, "G2")], [{ kind: "text", text: "да" }, { kind: "text", text: "да" }, { kind: "text", text: "да" }, undefined]);
  });

  it("takes merged ranges from the spans and leaves covered cells empty, as Excel shows them", () => {
    const table = `<table:table table:name="Лист1"><table:table-row>${cell('office:value-type="string" table:number-columns-spanned="1" table:number-rows-spanned="2"', "выполнено")}${cell('office:value-type="float" office:value="1"', "1")}</table:table-row><table:table-row><table:covered-table-cell office:value-type="string"><text:p>скрытый текст</text:p></table:covered-table-cell>${cell('office:value-type="float" office:value="2"', "2")}</table:table-row></table:table>`;
    const sheet = readSpreadsheet(ods(table), "a.ods").sheets[0];
    assert.deepEqual(sheet.merges, [{ top: 0, left: 0, bottom: 1, right: 0 }]);
    assert.deepEqual(at(sheet.rows, "A1"), { kind: "text", text: "выполнено" });
    assert.equal(at(sheet.rows, "A2"), undefined);
    assert.deepEqual(at(sheet.rows, "B2"), { kind: "number", value: 2 });
  });

  it("flags a sheet hidden by its table style", () => {
    const styles = '<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style><style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>';
    const row = `<table:table-row>${cell('office:value-type="string"', "x")}</table:table-row>`;
    const grid = readSpreadsheet(ods(`<table:table table:name="Отчёт" table:style-name="ta1">${row}</table:table><table:table table:name="_svodka" table:style-name="ta2">${row}</table:table>`, { styles }), "a.ods");
    assert.deepEqual(grid.sheets.map((s) => [s.name, s.state]), [["Отчёт", "visible"], ["_svodka", "hidden"]]);
  });

  it("refuses a value repeated past the sheet quickly, without allocating the repeats", () => {
    const rowsBomb = `<table:table table:name="S"><table:table-row table:number-rows-repeated="999999999">${cell('office:value-type="string"', "X")}</table:table-row></table:table>`;
    assert.equal(refusal(ods(rowsBomb)).code, "too-large");
    const colsBomb = `<table:table table:name="S"><table:table-row>${cell('office:value-type="string" table:number-columns-repeated="999999999"', "X")}</table:table-row></table:table>`;
    assert.equal(refusal(ods(colsBomb)).code, "too-large");
    // Timed against the same file repeating the value 5 times, read in full: allocating the
    // repeats would be millions of times slower (or run out of memory).
    for (const bomb of [rowsBomb, colsBomb]) {
      const [hostile, benign] = [ods(bomb), ods(bomb.replace("999999999", "5"))];
      assert.equal(readSpreadsheet(benign, "отчёт.ods").sheets[0].rows.flat().filter((c) => c?.kind === "text").length, 5);
      comparedWithSync(bomb === rowsBomb ? "rows repeated 999 999 999 times" : "columns repeated 999 999 999 times", () => refusal(hostile), () => readSpreadsheet(benign, "отчёт.ods"), 10);
    }
  });

  it("refuses a password-protected .ods, a damaged content.xml and an empty one with plain advice", () => {
    const manifest = '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data manifest:checksum-type="SHA1"/></manifest:file-entry></manifest:manifest>';
    assert.equal(refusal(ods("", { manifest })).message, "файл защищён паролем — снимите пароль и пришлите снова");
    const damaged = refusal(ods('<table:table table:name="S"><table:table-row>'));
    assert.equal(damaged.code, "corrupt");
    assert.match(damaged.message, /файл повреждён/);
    assert.equal(refusal(ods('<table:table table:name="S"><table:table-row table:number-rows-repeated="5"/></table:table>')).code, "empty");
  });
});
