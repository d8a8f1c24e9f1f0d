// The summary's charts as chart parts: the same two charts the Office host draws, in the .xlsx
// the file host saves (CLI and standalone page) and in the collegium .docx. The parts must be
// well-formed, referenced and typed, and LibreOffice must keep them as charts when it opens
// the files (it drops what it cannot read as a chart).
import assert from "node:assert/strict";
import { DOMParser } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import { collegiumContent, summarySheet } from "../../src/core/summary";
import { blockChart, chartPartXml, sheetCharts, sheetRef } from "../../src/formats/chart-part";
import { collegiumDocx } from "../../src/formats/collegium-docx";
import { FileWorkbookPort } from "../../src/hosts/file";
import { scenarioSummary } from "../core/summary/scenario";
import { convertWithLibreOffice } from "../support/libreoffice";

function wellFormed(xml: string, what: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(`${what}: ${message}`);
    },
  }).parseFromString(xml, "text/xml") as unknown as Document;
}

function unzip(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, k.endsWith(".xml") || k.endsWith(".rels") ? strFromU8(v) : ""]));
}

/** Every relationship target of every .rels part exists in the package (external ones aside). */
function assertRelsResolve(files: Record<string, string>): void {
  for (const [path, xml] of Object.entries(files)) {
    if (!path.endsWith(".rels")) continue;
    const dir = path.replace(/_rels\/[^/]*\.rels$/, "");
    for (const m of xml.matchAll(/<Relationship\b[^>]*Target="([^"]+)"[^>]*>/g)) {
      if (/TargetMode="External"/.test(m[0])) continue;
      const target = m[1].startsWith("/") ? m[1].slice(1) : decodeURIComponent(new URL(m[1], `http://x/${dir}`).pathname.slice(1));
      assert.ok(target in files, `${path} → ${m[1]} (${decodeURIComponent(target)})`);
    }
  }
}

const summary = scenarioSummary();
const sheet = summarySheet(summary);

describe("chart parts: the summary's charts", function () {
  this.timeout(60_000);

  it("asks for the Office host's two charts: «% исполнения в срок» by organisation, target against district figure", () => {
    const charts = sheetCharts(sheet);
    assert.deepEqual(
      charts.map((c) => [c.kind, c.title, c.series.map((s) => s.name)]),
      [
        ["bar", "% исполнения в срок", ["% исполнения в срок"]],
        ["column", "Цель и значение по району", ["Целевое значение", "Значение по району"]],
      ],
    );
    const discipline = charts[0];
    assert.deepEqual(discipline.categories, summary.organisations.map((o) => o.name));
    assert.deepEqual(discipline.series[0].values, summary.organisations.map((o) => o.onTimeShare));
    assert.equal(discipline.percent, true);
    const empty = { ...sheet.blocks[1], rows: sheet.blocks[1].rows.map((r) => r.map((v, i) => (i === 9 ? null : v))) };
    assert.equal(blockChart(empty, 1), null, "nothing reported yet: no empty chart");
  });

  it("writes a well-formed chart part that refers to the block's cells and caches their values", () => {
    const [discipline] = sheetCharts(sheet);
    const xml = chartPartXml(discipline, { sheet: "Сводка 2024-Q1 'A'", firstRow: 10 });
    const doc = wellFormed(xml, "chart");
    assert.equal(doc.getElementsByTagName("c:barDir")[0].getAttribute("val"), "bar");
    const refs = [...xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1]);
    const n = discipline.categories.length;
    assert.deepEqual(refs, [`'Сводка 2024-Q1 ''A'''!$A$11:$A$${10 + n}`, `'Сводка 2024-Q1 ''A'''!$J$11:$J$${10 + n}`]);
    assert.equal(sheetRef("S", 27, 0, 2), "'S'!$AB$1:$AB$2");
    assert.equal(doc.getElementsByTagName("c:pt").length, n + discipline.series[0].values.filter((v) => v !== null).length);
  });

  describe("in the files, opened by LibreOffice", () => {
    let xlsx: Uint8Array;
    let docx: Uint8Array;
    let xlsxBack: Record<string, string>;
    let docxBack: Record<string, string>;

    before(async () => {
      const port = FileWorkbookPort.create();
      await port.writeSheet(sheet);
      xlsx = await port.save();
      docx = await collegiumDocx(collegiumContent(summary, { resolutions: [] }), { charts: sheetCharts(sheet) });
      // One soffice run per target: the .xlsx back to .xlsx, the .docx back to .docx.
      xlsxBack = unzip(convertWithLibreOffice([{ name: "svod.xlsx", bytes: xlsx }], "xlsx").get("svod.xlsx")!);
      docxBack = unzip(convertWithLibreOffice([{ name: "collegium.docx", bytes: docx }], "docx").get("collegium.docx")!);
    });

    it("the .xlsx holds the two charts: parts well-formed, referenced from the sheet, typed", () => {
      const files = unzip(xlsx);
      const charts = Object.keys(files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
      assert.equal(charts.length, 2);
      for (const p of Object.keys(files).filter((x) => /\.(xml|rels)$/.test(x))) wellFormed(files[p], p);
      const types = files["[Content_Types].xml"];
      for (const p of charts) assert.ok(types.includes(`PartName="/${p}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"`), p);
      assert.ok(/PartName="\/xl\/drawings\/drawing1\.xml" ContentType="application\/vnd\.openxmlformats-officedocument\.drawing\+xml"/.test(types));
      const sheetXml = Object.entries(files).find(([p, x]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p) && x.includes("<drawing"))![1];
      assert.match(sheetXml, /<drawing r:id="[^"]+"\/>/);
      assertRelsResolve(files);
      assert.match(files["xl/charts/chart1.xml"], /<c:f>'Сводка 2024-Q1'!\$A\$\d+:\$A\$\d+<\/c:f>/);
    });

    it("a свод opened again keeps its charts: no warning that they are lost, and saved again with them", async () => {
      const reopened = await FileWorkbookPort.open(xlsx);
      assert.ok(!reopened.losses.includes("диаграммы"), reopened.losses.join(", "));
      const again = unzip(await reopened.save());
      const charts = Object.keys(again).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
      assert.equal(charts.length, 2);
      assertRelsResolve(again);
      const rewritten = await FileWorkbookPort.open(await reopened.save());
      await rewritten.writeSheet(sheet);
      const once = Object.keys(unzip(await rewritten.save())).filter((p) => /^xl\/charts\//.test(p));
      assert.equal(once.length, 2, "the sheet written again has its two charts, not four");
    });

    it("LibreOffice keeps both as charts of the summary sheet, with their series", () => {
      const charts = Object.keys(xlsxBack).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
      assert.equal(charts.length, 2, Object.keys(xlsxBack).join(", "));
      const all = charts.map((p) => xlsxBack[p]).join("");
      assert.match(all, /<c:barDir val="bar"\/>/);
      assert.match(all, /<c:barDir val="col"\/>/);
      assert.match(all, /Сводка 2024-Q1/, "the series still refer to the sheet's cells");
    });

    it("the .docx holds the same two charts as Word charts, and LibreOffice keeps them", () => {
      const files = unzip(docx);
      const charts = Object.keys(files).filter((p) => /^word\/charts\/chart\d+\.xml$/.test(p));
      assert.equal(charts.length, 2);
      for (const p of charts) wellFormed(files[p], p);
      assertRelsResolve(files);
      assert.match(files["word/document.xml"], /<c:chart [^>]*r:id="[^"]+"/);
      const back = Object.keys(docxBack).filter((p) => /^word\/charts\/chart\d+\.xml$/.test(p));
      assert.equal(back.length, 2, Object.keys(docxBack).join(", "));
      assert.match(back.map((p) => docxBack[p]).join(""), /% исполнения в срок/);
    });
  });
});
