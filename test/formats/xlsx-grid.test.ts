import assert from "node:assert/strict";
import { zipSync, strToU8 } from "fflate";
import { readXlsxGrid, formatKind } from "../../src/formats/xlsx-grid";
import { FileRefusal } from "../../src/formats/ingest/refusal";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function pkg(sheetData: string, opts: { date1904?: string; shared?: string[]; extraSheet?: string; merges?: string } = {}): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8("<Types/>"),
    "_rels/.rels": strToU8(`<Relationships><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    "xl/workbook.xml": strToU8(`<workbook ${NS}>${opts.date1904 ? `<workbookPr date1904="${opts.date1904}"/>` : ""}<sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
    "xl/styles.xml": strToU8(`<styleSheet ${NS}><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="9"/></cellXfs></styleSheet>`),
    "xl/sharedStrings.xml": strToU8(`<sst ${NS}>${(opts.shared ?? []).map((s) => `<si>${s}</si>`).join("")}</sst>`),
    "xl/worksheets/sheet1.xml": strToU8(`<worksheet ${NS}><sheetData>${sheetData}</sheetData>${opts.merges ?? ""}</worksheet>`),
  });
}

describe("xlsx-grid", () => {
  it("reads dates by style in both date systems, and ISO t=\"d\" cells", () => {
    const row = '<row r="1"><c r="A1" s="1"><v>45292</v></c><c r="B1" t="d"><v>2021-01-01T00:00:00</v></c><c r="C1" s="2"><v>0.755</v></c></row>';
    const g1900 = readXlsxGrid(pkg(row)).sheets[0].rows[0];
    assert.deepEqual(g1900[0], { kind: "date", iso: "2024-01-01" });
    assert.deepEqual(g1900[1], { kind: "date", iso: "2021-01-01" });
    assert.deepEqual(g1900[2], { kind: "number", value: 0.755, percent: true });
    const g1904 = readXlsxGrid(pkg(row, { date1904: "true" })).sheets[0].rows[0];
    assert.deepEqual(g1904[0], { kind: "date", iso: "2028-01-02" });
  });

  it("decodes strings once: _x000D_, _x005F_, CDATA, rich runs, empty <si/>", () => {
    const g = readXlsxGrid(
      pkg(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t><![CDATA[<b>жирный</b>]]></t></is></c><c r="D1" t="s"><v>2</v></c><c r="E1" t="s"><v>3</v></c></row>',
        { shared: ["<t>A_x000D_B</t>", "<t>_x005F_x000D_</t>", '<r><t xml:space="preserve">Выполнено </t></r><r><rPr><b/></rPr><t>в срок</t></r>', ""] },
      ),
    ).sheets[0].rows[0];
    assert.equal(g[0]!.kind === "text" && g[0]!.text, "A\rB");
    assert.equal(g[1]!.kind === "text" && g[1]!.text, "_x000D_");
    assert.equal(g[2]!.kind === "text" && g[2]!.text, "<b>жирный</b>");
    assert.equal(g[3]!.kind === "text" && g[3]!.text, "Выполнено в срок");
    assert.equal(g[4]!.kind === "text" && g[4]!.text, "");
  });

  it("keeps only the master of a merged range; formulas give their cached value or say they have none", () => {
    const g = readXlsxGrid(
      pkg('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><f>A1+B1</f><v>3</v></c><c r="D1"><f>A1*2</f></c></row>', {
        merges: '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>',
      }),
    ).sheets[0].rows[0];
    assert.deepEqual(g[0], { kind: "number", value: 1 });
    assert.equal(g[1], undefined);
    assert.deepEqual(g[2], { kind: "number", value: 3 });
    assert.deepEqual(g[3], { kind: "formula-uncached", formula: "A1*2" });
  });

  it("reads rows and cells without r attributes in order", () => {
    const g = readXlsxGrid(pkg("<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>")).sheets[0].rows;
    assert.deepEqual(g[1][0], { kind: "number", value: 3 });
    assert.deepEqual(g[0][1], { kind: "number", value: 2 });
  });

  it("refuses an empty workbook and one with too many rows", () => {
    assert.throws(() => readXlsxGrid(pkg("")), (e: unknown) => e instanceof FileRefusal && e.code === "empty");
    const many = Array.from({ length: 30 }, (_, i) => `<row r="${i + 1}"><c><v>1</v></c></row>`).join("");
    assert.throws(
      () => readXlsxGrid(pkg(many), undefined, { maxRows: 20, maxCells: 1e6, maxMerges: 10, maxTextChars: 1e6 }),
      (e: unknown) => e instanceof FileRefusal && e.code === "too-large",
    );
  });

  it("classifies number formats", () => {
    assert.equal(formatKind("dd.mm.yyyy"), "date");
    assert.equal(formatKind("0.0%"), "percent");
    assert.equal(formatKind('"руб."#,##0'), "plain");
    assert.equal(formatKind("[Red]0.00"), "plain");
  });
});
