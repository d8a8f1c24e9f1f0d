// A whole quarter through the file host — the sample resolution (dates, a school-year period,
// «постоянно», a quarterly report «до 5 числа месяца, следующего за отчётным кварталом»),
// an extension and a directive taken off control by hand, school files sent back late, in
// their own words or not at all — then the summary. Every number of the sheet (as saved),
// of the .docx and of the counts is recomputed from «Контроль» alone, as WORKBOOK.md asks.
import assert from "node:assert/strict";
import ExcelJS from "exceljs";
import { createWorkbook } from "../../src/app/create-workbook";
import { importResolution } from "../../src/app/import-resolution";
import { ingestReports } from "../../src/app/ingest-reports";
import { addOrganisations } from "../../src/app/organisations";
import { makeReportFiles } from "../../src/app/report-templates";
import { runSummary, type SummaryResult } from "../../src/app/summary";
import { updateSettings } from "../../src/app/update-settings";
import { simulateReturns } from "../../src/cli/demo-schools";
import { controlMarkFromRow, directiveFromRow, MARK, targetMissed, type CheckDirective, type ControlMark } from "../../src/core/check";
import { collegiumContent, summarise, summarySheet, type Summary } from "../../src/core/summary";
import type { Row } from "../../src/core/workbook/port";
import { planUpdate } from "../../src/core/workbook/upsert";
import { CONTROL, DIRECTIVES, ORGANISATIONS } from "../../src/core/workbook/schema";
import { FileWorkbookPort } from "../../src/hosts/file";
import { SAMPLE_ORGANISATIONS, SAMPLE_RESOLUTION_NAME, loadSampleResolution } from "../../samples";
import { summaryView } from "../../src/taskpane/summary-view";
import { readDocx, type DocxText } from "../support/docx-read";

const PERIOD = "2024-Q4";
const AS_OF = "2024-12-31";

async function quarter(): Promise<{ saved: Uint8Array; result: SummaryResult }> {
  const port = FileWorkbookPort.create();
  await createWorkbook(port, "2024-09-02T09:00");
  await addOrganisations(port, SAMPLE_ORGANISATIONS, "2024-09-02T09:00", "пример");
  await importResolution(port, { text: await loadSampleResolution(), sourceName: SAMPLE_RESOLUTION_NAME }, "2024-09-02T09:00");
  // Her hand: 3.3 (due 01.11.2024) extended to 20.12.2024, still past as of 31.12.2024; 1.1 taken off control.
  const directives = (await port.readTables([DIRECTIVES])).get(DIRECTIVES.name)!;
  const hand = planUpdate(
    DIRECTIVES,
    directives.rows,
    (r): Row | null =>
      r.n === "3.3"
        ? { extendedTo: "2024-12-20", extensionReason: "решение коллегии от 20.10.2024" }
        : r.n === "1.1"
          ? { onControl: "нет" }
          : null,
    ["extendedTo", "extensionReason", "onControl"],
  );
  assert.equal(hand.updated, 2);
  await port.writeTables([hand.write]);

  await updateSettings(port, { currentPeriod: PERIOD, asOf: "31.12.2024" }, "2024-12-02");
  const templates = await makeReportFiles(port, PERIOD, "2024-12-02T09:00");
  const returned = await simulateReturns(templates.files);
  await ingestReports(port, returned.map((f) => ({ name: f.name, bytes: f.bytes })), "2025-01-04T15:00");
  const result = await runSummary(port, PERIOD, AS_OF, "2025-01-05T10:00");
  return { saved: await port.save(), result };
}

/** The saved sheet's cells, row by row, as values (numbers stay numbers). */
async function sheetRows(bytes: Uint8Array, name: string): Promise<(string | number | null)[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(name);
  assert.ok(ws, `sheet ${name}`);
  const rows: (string | number | null)[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1).map((v) => (typeof v === "number" || typeof v === "string" ? v : null));
    rows[n - 1] = values;
  });
  return Array.from(rows, (r) => r ?? []);
}

describe("the summary follows from «Контроль» alone", function () {
  this.timeout(120_000);
  let saved: Uint8Array;
  let result: SummaryResult;
  let marks: ControlMark[];
  let directives: CheckDirective[];
  let recomputed: Summary;
  let docx: DocxText;

  before(async () => {
    ({ saved, result } = await quarter());
    const reopened = await FileWorkbookPort.open(saved);
    const t = await reopened.readTables([CONTROL, DIRECTIVES, ORGANISATIONS]);
    marks = t.get(CONTROL.name)!.rows.map(controlMarkFromRow).filter((m): m is ControlMark => m !== null);
    directives = t.get(DIRECTIVES.name)!.rows.map(directiveFromRow).filter((d): d is CheckDirective => d !== null);
    const organisations = t.get(ORGANISATIONS.name)!.rows.map((o) => ({ code: String(o.code), name: String(o.shortName) }));
    recomputed = summarise({ period: PERIOD, asOf: AS_OF, directives, marks, organisations });
    docx = await readDocx(result.docx);
  });

  it("has a quarter with every kind of mark to recompute", () => {
    const extended = marks.filter((m) => m.directiveKey.endsWith("/3.3") && m.mark === MARK.overdue);
    assert.ok(extended.some((m) => m.reported), "an overdue school that did report: it is not «не представившая»");
    const kinds = new Set(marks.map((m) => m.mark));
    for (const mark of [MARK.onTime, MARK.late, MARK.overdue, MARK.noReport, MARK.removed, MARK.onControl]) assert.ok(kinds.has(mark), mark);
    assert.ok(marks.some((m) => targetMissed(m.targetMark)), "a missed target");
    assert.ok(marks.length > 50);
  });

  it("directive totals: counted by hand from the marks, equal to the summary's", () => {
    const by = new Map<string, ControlMark[]>();
    for (const m of marks) by.set(m.directiveKey, [...(by.get(m.directiveKey) ?? []), m]);
    const n = { total: 0, onTime: 0, late: 0, overdue: 0, inProgress: 0 };
    for (const list of by.values()) {
      if (list.every((m) => m.mark === MARK.removed)) continue;
      n.total++;
      if (list.some((m) => m.mark === MARK.overdue)) n.overdue++;
      else if (list.every((m) => m.mark === MARK.onTime)) n.onTime++;
      else if (list.every((m) => m.mark === MARK.onTime || m.mark === MARK.late)) n.late++;
      else n.inProgress++;
    }
    const t = result.summary.totals;
    assert.deepEqual({ total: t.total, onTime: t.onTime, late: t.late, overdue: t.overdue, inProgress: t.inProgress }, n);
    assert.deepEqual(recomputed.totals, t);
  });

  it("organisation figures: each mark counted by hand from the marks", () => {
    for (const o of result.summary.organisations) {
      const own = marks.filter((m) => m.orgCode === o.code && m.mark !== MARK.removed);
      assert.equal(o.total, own.length, o.name);
      for (const mark of Object.keys(o.counts)) assert.equal(o.counts[mark as keyof typeof o.counts], own.filter((m) => m.mark === mark).length, `${o.name} ${mark}`);
      assert.equal(o.belowTarget, own.filter((m) => targetMissed(m.targetMark)).length);
    }
  });

  it("the sheet as written and as saved equals the sheet made from «Контроль»", async () => {
    const expected = summarySheet(recomputed);
    assert.deepEqual(result.sheet, expected);
    const cells = await sheetRows(saved, expected.name);
    for (const block of expected.blocks) {
      const at = cells.findIndex((r) => r.slice(0, block.headers.length).join("|") === block.headers.join("|"));
      assert.ok(at >= 0, `headers of «${block.title}»`);
      block.rows.forEach((row, i) => {
        const got = cells[at + 1 + i] ?? [];
        row.forEach((v, c) => {
          if (typeof v === "number") assert.ok(Math.abs(Number(got[c]) - v) < 1e-9, `${block.title} row ${i} col ${c}: ${got[c]} ≠ ${v}`);
          else assert.equal(got[c] ?? null, v === "" ? null : v, `${block.title} row ${i} col ${c}`);
        });
      });
    }
  });

  it("the .docx: counts line, table, targets and organisations without reports equal those made from «Контроль»", () => {
    const c = collegiumContent(recomputed, { resolutions: [] });
    assert.ok(docx.paragraphs.includes(c.countsLine), c.countsLine);
    // Rows of one cell are the resolution's section headings.
    const main = docx.tables[0].slice(1).filter((r) => r.length > 1);
    assert.equal(main.length, c.rows.length);
    c.rows.forEach((row, i) => {
      for (const col of [0, 1, 3]) assert.equal(main[i][col], row.cells[col], `row ${i} col ${col}`);
      assert.equal(main[i][5], row.status + row.proposal, `row ${i}: status and proposal`);
    });
    assert.deepEqual(docx.tables[1].slice(1), c.targetRows);
    const at = docx.paragraphs.indexOf("Организации, не представившие отчёт");
    assert.deepEqual(docx.paragraphs.slice(at + 1, at + 1 + c.silentLines.length), c.silentLines);
  });

  it("the pane's view, both listings, equals the view made from «Контроль»", () => {
    const shown = summaryView(result.summary);
    assert.deepEqual(shown, summaryView(recomputed));
    assert.ok(JSON.stringify(shown).length > 500, "the view names organisations");
  });

  it("«не представившие отчёт» are exactly the organisations with «Нет отчёта», with N of M from the marks", () => {
    const silent = new Set(marks.filter((m) => m.mark === MARK.noReport).map((m) => m.orgCode));
    assert.ok(silent.size > 0);
    assert.deepEqual(new Set(result.summary.silent.map((o) => o.code)), silent);
    for (const o of result.summary.silent) {
      const own = marks.filter((m) => m.orgCode === o.code && m.mark !== MARK.removed);
      assert.equal(o.missing, own.filter((m) => m.mark === MARK.noReport).length);
      assert.equal(o.owed, own.length);
      assert.equal(o.nothingAtAll, own.every((m) => !m.reported));
    }
    assert.ok(result.summary.silent.some((o) => o.nothingAtAll), "the school that sent nothing is said to have sent nothing");
  });

  it("no organisation stands in the .docx under a heading its marks contradict", () => {
    const names = new Map(result.summary.organisations.map((o) => [o.name, o.code]));
    const heading: Record<string, string[]> = {
      Выполнено: [MARK.onTime, MARK.late],
      "Работа ведётся": [MARK.onControl, MARK.dueSoon],
      "Не выполнено в срок": [MARK.overdue],
      "Не представили отчёт": [MARK.noReport],
    };
    let checked = 0;
    result.summary.directives
      .filter((d) => d.outcome !== "removed")
      .forEach((d, i) => {
        const info = docx.tables[0].slice(1).filter((r) => r.length > 1)[i][4];
        for (const [title, allowed] of Object.entries(heading)) {
          const line = new RegExp(`${title}: ([^]*?)\\.(?=[А-ЯЁ]|$)`).exec(info)?.[1];
          if (!line) continue;
          for (const item of line.split(/; |, (?=М)/)) {
            const name = [...names.keys()].filter((n) => item.startsWith(n)).sort((a, b) => b.length - a.length)[0];
            assert.ok(name, `an organisation in «${item}»`);
            const mark = marks.find((m) => m.directiveKey === d.directive.key && m.orgCode === names.get(name))?.mark;
            assert.ok(mark && allowed.includes(mark), `п. ${d.directive.n}: ${name} under «${title}» but marked ${mark}`);
            checked++;
          }
        }
      });
    assert.ok(checked > 20, `only ${checked} organisations checked`);
  });

  it("a recurring directive is judged on the day its text names, not the quarter's end", () => {
    const recurring = directives.find((d) => d.kind === "recurring" && /5 числа/.test(d.deadlineRaw ?? ""));
    assert.ok(recurring);
    const own = marks.filter((m) => m.directiveKey === recurring.key);
    assert.ok(own.length > 0);
    // Due 05.01.2025: as of 31.12.2024 nobody is overdue on it, and a school that did it on 01.10.2024 did it in time.
    assert.ok(own.every((m) => m.mark !== MARK.overdue), own.map((m) => m.mark).join(", "));
    assert.ok(own.some((m) => m.mark === MARK.onTime), own.map((m) => m.mark).join(", "));
  });
});
