// School files that claim more than an Excel sheet holds, or whose XML is cut short: each is
// refused alone, quickly and in little memory, with a Russian message naming the sheet and the
// row or cell, or the damaged part; the other files of the batch are loaded as usual.
import assert from "node:assert/strict";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readXlsxGrid } from "../../src/formats/xlsx-grid";
import { FileRefusal } from "../../src/formats/ingest/refusal";
import { readSpreadsheet } from "../../src/formats/ingest/read-spreadsheet";
import { xmlDamage } from "../../src/formats/ingest/xml-scan";
import { ingestReports } from "../../src/app/ingest-reports";
import { districtPort, NOW } from "../support/report-files/district";
import { filledReport } from "../support/report-files/altered";
import { measured, refusedBy } from "../support/measured";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function pkg(sheetData: string, opts: { shared?: string; tail?: string } = {}): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8("<Types/>"),
    "_rels/.rels": strToU8(`<Relationships><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    "xl/workbook.xml": strToU8(`<workbook ${NS}><sheets><sheet name="Отчёт" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    "xl/sharedStrings.xml": strToU8(`<sst ${NS}>${opts.shared ?? "<si><t>Выполнено</t></si>"}</sst>`),
    "xl/worksheets/sheet1.xml": strToU8(`<worksheet ${NS}><sheetData>${sheetData}</sheetData>${opts.tail ?? ""}</worksheet>`),
  });
}

/** A small valid workbook, read in full: refusals decided early are timed against it. */
const SMALL = pkg('<row r="1"><c r="A1" t="s"><v>0</v></c></row>');

/**
 * Refused as `FileRefusal`, and no slower than reading `benign` in full (by default the small
 * valid workbook; a file of the same size where the refusal needs a pass over the part).
 */
function refusal(bytes: Uint8Array, label: string, benign = SMALL): FileRefusal {
  assert.equal(readXlsxGrid(benign).sheets.length, 1);
  return refusedBy(FileRefusal, label, () => readXlsxGrid(bytes), { work: () => readXlsxGrid(benign), factor: 10 });
}

/** A real returned report with its sheet or shared strings edited as text. */
function tamper(bytes: Uint8Array, part: string, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  const name = Object.keys(files).find((n) => n.toLowerCase() === part.toLowerCase())!;
  files[name] = strToU8(edit(strFromU8(files[name])));
  return zipSync(files);
}

describe("xlsx bounds and damaged XML", function () {
  this.timeout(60000);

  it("refuses a 4 KB file with <row r=\"1000000000\"> before allocating, naming the sheet and the row", () => {
    const bytes = pkg('<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="1000000000"><c r="A1000000000"><v>1</v></c></row>');
    assert.ok(bytes.length < 4096);
    const e = refusal(bytes, "row 1 000 000 000");
    assert.equal(e.code, "corrupt");
    assert.equal(e.message, "файл повреждён: на листе «Отчёт» строка 1 000 000 000, а в Excel строк не больше 1 048 576 — попросите прислать его снова");
  });

  it("reads a cell in Excel's last row without a row object per row number", () => {
    // the time is printed, not compared: the bound is structural (one shared empty row, below)
    const grid = measured("row 1 048 576", () => readXlsxGrid(pkg('<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="1048576"><c r="XFD1048576"><v>7</v></c></row>')));
    const rows = grid.sheets[0].rows;
    assert.equal(rows.length, 1_048_576);
    assert.deepEqual(rows[1_048_575][16_383], { kind: "number", value: 7 });
    assert.equal(rows[5], rows[500_000], "missing rows share one empty row");
  });

  it("refuses a cell past column XFD, naming it", () => {
    const e = refusal(pkg('<row r="1"><c r="XFE1"><v>1</v></c></row>'), "cell XFE1");
    assert.match(e.message, /^файл повреждён: на листе «Отчёт» ячейка XFE1 за пределами листа Excel \(столбцов не больше 16 384, последний — XFD\)/);
    assert.match(refusal(pkg('<row r="1"><c r="ABCD1"><v>1</v></c></row>'), "cell ABCD1").message, /ячейка ABCD1 за пределами листа/);
  });

  it("refuses 10,000 whole-column merges on a sheet of a million rows instead of visiting billions of cells", () => {
    const merges = `<mergeCells>${Array.from({ length: 10_000 }, () => '<mergeCell ref="A1:B1048576"/>').join("")}</mergeCells>`;
    // timed against the same sheet whose 10,000 merges are two rows tall
    const small = `<mergeCells>${Array.from({ length: 10_000 }, () => '<mergeCell ref="A1:B2"/>').join("")}</mergeCells>`;
    const data = '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="1048576"><c r="A1048576"><v>1</v></c></row>';
    const e = refusal(pkg(data, { tail: merges }), "10 000 merges", pkg(data, { tail: small }));
    assert.equal(e.code, "too-large");
  });

  it("refuses 739 KB of unclosed <si> at the first one, in one pass, naming the part", () => {
    const shared = "<si><t>Выполнено</t>".repeat(26_000);
    assert.ok(strToU8(shared).length > 739_000);
    const closed = "<si><t>Выполнено</t></si>".repeat(26_000);
    const e = refusal(pkg('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', { shared }), "26 000 unclosed <si> (750 KB)", pkg('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', { shared: closed }));
    assert.equal(e.code, "corrupt");
    assert.equal(e.message, "файл повреждён: в части xl/sharedStrings.xml не закрыт тег <si> — попросите прислать его снова");
  });

  it("refuses unclosed <row> and <c>, and a sheet cut inside a tag", () => {
    const rows = '<row r="1"><c r="A1"><v>1</v></c>'.repeat(20_000);
    const closedRows = Array.from({ length: 20_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`).join("");
    assert.match(refusal(pkg(rows), "20 000 unclosed <row>", pkg(closedRows)).message, /в части xl\/worksheets\/sheet1\.xml не закрыт тег <row>/);
    assert.match(refusal(pkg('<row r="1"><c r="A1"><v>1</v></row>'), "unclosed <c>").message, /не закрыт тег <c>/);
    assert.match(refusal(pkg('<row r="1"><c r="A1'), "cut tag").message, /обрывается тег <c>/);
    assert.deepEqual(xmlDamage('<a x="1>2"><b/><!-- <c> --><![CDATA[<d>]]></a>'), null);
    assert.deepEqual(xmlDamage("<a><b></a>"), { kind: "unclosed", tag: "b", at: 3 });
  });

  it("reads a part with long runs of spaces quickly", () => {
    // timed against the same cell holding 100 000 letters instead
    const letters = pkg(`<row r="1"><c r="A1" t="inlineStr"><is><t>x${"x".repeat(100_000)}y</t></is></c></row>`);
    const grid = measured("50 000 spaces", () => readXlsxGrid(pkg(`<row r="1"><c r="A1" t="inlineStr"><is><t>x${" ".repeat(50_000)}y</t></is></c></row>`, { tail: " ".repeat(50_000) })), {
      work: () => readXlsxGrid(letters),
      factor: 10,
    });
    assert.equal(grid.sheets[0].rows[0][0]?.kind, "text");
  });

  it("in a batch, refuses the bad files alone and loads the others", async () => {
    const done = { status: "выполнено", whatDone: "Проведено", doneDate: new Date(Date.UTC(2024, 2, 1)) };
    const good1 = await filledReport("ОО-01", [done, done, done]);
    const good2 = await filledReport("ОО-02", [done, done]);
    const hugeRow = tamper(good2, "xl/worksheets/sheet1.xml", (x) => x.replace("</sheetData>", '<row r="1000000000"><c r="A1000000000"><v>1</v></c></row></sheetData>'));
    const unclosed = tamper(good2, "xl/sharedStrings.xml", (x) => x.replace("</sst>", "<si><t>обрыв</t></sst>"));
    assert.throws(() => readSpreadsheet(hugeRow, "огромная.xlsx"), FileRefusal);
    const port = districtPort();
    const result = await ingestReports(
      port,
      [
        { name: "школа1.xlsx", bytes: good1 },
        { name: "огромная.xlsx", bytes: hugeRow },
        { name: "оборванная.xlsx", bytes: unclosed },
        { name: "школа2.xlsx", bytes: good2 },
      ],
      NOW,
    );
    assert.deepEqual(
      result.files.map((f) => [f.file, f.outcome]),
      [
        ["школа1.xlsx", "accepted"],
        ["огромная.xlsx", "refused"],
        ["оборванная.xlsx", "refused"],
        ["школа2.xlsx", "accepted"],
      ],
    );
    assert.match(result.files[1].reasons[0], /строка 1 000 000 000, а в Excel строк не больше 1 048 576/);
    assert.match(result.files[2].reasons[0], /в части xl\/sharedStrings\.xml не закрыт тег <si>/);
  });
});
