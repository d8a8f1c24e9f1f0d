// How the свод prints: every table sheet and «Сводка» on A4, fitted to the page width, the
// header row repeated on each page, rows tall enough for their wrapped texts; a свод made
// before this gets it on the next write, and a print setup she made herself is kept.
import assert from "node:assert/strict";
import { CONTROL, DIRECTIVES, WORKBOOK_TABLES } from "../../../src/core/workbook/schema";
import { FileWorkbookPort } from "../../../src/hosts/file";
import { parts } from "./helpers";

const LONG = "Обеспечить охват обучающихся 5-11 классов дополнительным образованием не менее 80 %, в том числе за счёт сетевого взаимодействия с учреждениями культуры и спорта района, и ежеквартально представлять информацию.";

const directive = (n: string, text: string) => ({ key: `Р/${n}`, documentId: "Р", n, text, onControl: "да" });

/** Sheet XML by sheet name. */
function sheets(bytes: Uint8Array): Map<string, string> {
  const p = parts(bytes, /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|worksheets\/[^/]+\.xml)$/);
  const rels = p["xl/_rels/workbook.xml.rels"];
  const out = new Map<string, string>();
  for (const m of p["xl/workbook.xml"].matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels)!;
    out.set(m[1], p[`xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, "")}`]);
  }
  return out;
}

const setupOf = (xml: string) => /<pageSetup\b[^>]*>/.exec(xml)?.[0] ?? "";
const rowHeight = (xml: string, r: number) => Number(new RegExp(`<row r="${r}"[^>]*\\sht="([\\d.]+)"`).exec(xml)?.[1] ?? 0);

describe("FileWorkbookPort: printing", () => {
  it("sets every table sheet to A4, fitted to the width, header row on each page; long rows get their height", async () => {
    const port = FileWorkbookPort.create();
    await port.ensureTables(WORKBOOK_TABLES);
    await port.writeTables([{ table: DIRECTIVES, rows: [directive("1", LONG), directive("2", "Коротко.")], columns: ["key", "documentId", "n", "text", "onControl"], changed: [] }]);
    await port.writeSheet({ name: "Сводка 2024-Q4", title: "Ход исполнения", blocks: [{ title: "Поручения", headers: ["№", "Поручение"], types: ["text", "text"], rows: [["1", LONG]] }] });
    const bytes = await port.save();
    const byName = sheets(bytes);
    const workbook = parts(bytes, /^xl\/workbook\.xml$/)["xl/workbook.xml"];
    for (const t of WORKBOOK_TABLES) {
      const xml = byName.get(t.name)!;
      assert.match(xml, /<pageSetUpPr fitToPage="1"\/>/, t.name);
      assert.match(setupOf(xml), /paperSize="9".*fitToWidth="1" fitToHeight="0"/, t.name);
      assert.match(workbook, new RegExp(`_xlnm.Print_Titles[^>]*>(&apos;|')${t.name}(&apos;|')!\\$1:\\$1<`), t.name);
    }
    // «Поручения» is wide: landscape; «Адресаты» fits a portrait page.
    assert.match(setupOf(byName.get(DIRECTIVES.name)!), /orientation="landscape"/);
    assert.match(setupOf(byName.get("Адресаты")!), /orientation="portrait"/);
    const directives = byName.get(DIRECTIVES.name)!;
    assert.ok(rowHeight(directives, 2) >= 30, `the long directive's row is ${rowHeight(directives, 2)} pt`);
    assert.equal(rowHeight(directives, 3), 0, "a one-line row keeps the default height");
    const summary = byName.get("Сводка 2024-Q4")!;
    assert.match(setupOf(summary), /paperSize="9"/);
    assert.match(summary, /<pageSetUpPr fitToPage="1"\/>/);
    assert.ok(rowHeight(summary, 5) >= 30, "the summary's wrapped row has its height");
  });

  it("gives an older свод its print setup on the next write, and keeps one she set", async () => {
    const port = FileWorkbookPort.create();
    await port.ensureTables([DIRECTIVES, CONTROL]);
    // As a свод made before: no print setup; and «Контроль» printed her way (Letter, portrait, 80 %).
    const plain = port.workbook.getWorksheet(DIRECTIVES.name)!;
    plain.pageSetup = { ...plain.pageSetup, paperSize: undefined, fitToPage: false, printTitlesRow: undefined };
    const hers = port.workbook.getWorksheet(CONTROL.name)!;
    hers.pageSetup = { ...hers.pageSetup, paperSize: 1 as never, orientation: "portrait", fitToPage: false, scale: 80, printTitlesRow: undefined };
    const again = await FileWorkbookPort.open(await port.save());
    await again.writeTables([
      { table: DIRECTIVES, rows: [directive("1", "Текст")], columns: ["key", "documentId", "n", "text", "onControl"], changed: [] },
      { table: CONTROL, rows: [{ directiveKey: "Р/1", orgCode: "ОО-01", mark: "Нет отчёта" }], columns: ["directiveKey", "orgCode", "mark"], changed: [] },
    ]);
    const byName = sheets(await again.save());
    assert.match(setupOf(byName.get(DIRECTIVES.name)!), /paperSize="9"/);
    const control = setupOf(byName.get(CONTROL.name)!);
    assert.match(control, /paperSize="1"/);
    assert.match(control, /scale="80"/);
    assert.doesNotMatch(byName.get(CONTROL.name)!, /fitToPage="1"/);
  });
});
