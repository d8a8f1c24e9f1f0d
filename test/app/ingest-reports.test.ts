import assert from "node:assert/strict";
import { describeResult, ingestReports, type FileResult } from "../../src/app/ingest-reports";
import { JOURNAL, REPORTS } from "../../src/core/workbook/schema";
import { colOf, csvReport, encryptedXlsxBytes, filledReport, legacyXlsBytes } from "../support/report-files/altered";
import { districtPort, NOW } from "../support/report-files/district";
import { convertWithLibreOffice } from "../support/libreoffice";
import { HEADER_ROW } from "../../src/formats/report-template";

const done = (over: Record<string, unknown> = {}) => ({ status: "выполнено", actual: 80, doneDate: new Date(Date.UTC(2024, 1, 20)), whatDone: "Открыты 3 кружка", evidence: "https://school1.example/news", ...over });

async function ingestOne(name: string, bytes: Uint8Array, port = districtPort()): Promise<{ r: FileResult; port: ReturnType<typeof districtPort> }> {
  const res = await ingestReports(port, [{ name, bytes }], NOW);
  return { r: res.files[0], port };
}

describe("ingestReports", () => {
  it("takes a clean report and writes one «Журнал» line in one batched write", async () => {
    const bytes = await filledReport("ОО-01", [done(), done({ actual: null }), done({ actual: null, status: "выполняется", doneDate: null })]);
    const { r, port } = await ingestOne("Отчёт_ОО-01_2024-Q1.xlsx", bytes);
    assert.equal(r.outcome, "accepted", r.reasons.join("\n"));
    assert.equal(r.rowsAccepted, 3);
    const rows = port.tables.get(REPORTS.name)!;
    assert.equal(rows.length, 3);
    const first = rows.find((x) => x.directiveKey === "Р-1/1")!;
    assert.equal(first.orgCode, "ОО-01");
    assert.equal(first.period, "2024-Q1");
    assert.equal(first.actual, 80);
    assert.equal(first.doneDate, "2024-02-20");
    assert.equal(first.evidence, "https://school1.example/news");
    assert.equal(port.tables.get(JOURNAL.name)!.length, 1);
    assert.equal(port.calls.write, 1);
  });

  it("loading the same file twice changes nothing; a corrected file replaces the values", async () => {
    const port = districtPort();
    const first = await filledReport("ОО-01", [done(), done(), done()]);
    await ingestReports(port, [{ name: "a.xlsx", bytes: first }], NOW);
    port.tables.get(REPORTS.name)![0].note = "проверено методистом";
    const snapshot = JSON.stringify(port.tables.get(REPORTS.name));
    await ingestReports(port, [{ name: "a.xlsx", bytes: first }], "2024-04-06T10:00:00.000Z");
    assert.equal(JSON.stringify(port.tables.get(REPORTS.name)), snapshot);
    const corrected = await filledReport("ОО-01", [done({ actual: 90 }), done(), done()]);
    const res = await ingestReports(port, [{ name: "a2.xlsx", bytes: corrected }], NOW);
    const rows = port.tables.get(REPORTS.name)!;
    assert.equal(rows.length, 3);
    assert.equal(rows.find((x) => x.directiveKey === "Р-1/1")!.actual, 90);
    assert.equal(rows[0].note, "проверено методистом", "the methodologist's note survives");
    assert.equal(res.updated, 1);
  });

  describe("re-loading after the methodologist corrected a value", () => {
    const LATER = "2024-04-08T09:30:00.000Z";
    const allTables = (port: ReturnType<typeof districtPort>) => JSON.stringify([...port.tables.entries()]);
    const row = (port: ReturnType<typeof districtPort>, key: string) => port.tables.get(REPORTS.name)!.find((x) => x.directiveKey === key)!;

    async function loadedAndCorrected() {
      const port = districtPort();
      const original = await filledReport("ОО-01", [done(), done({ actual: null }), done({ actual: null, status: "выполняется", doneDate: null })]);
      await ingestReports(port, [{ name: "Отчёт_ОО-01.xlsx", bytes: original }], NOW);
      // She corrects the school's 80 to 85 by hand.
      row(port, "Р-1/1").actual = 85;
      return { port, original };
    }

    it("the same file again changes no cell of any table, «Получено» and the «Журнал» included", async () => {
      const { port, original } = await loadedAndCorrected();
      const before = allTables(port);
      const res = await ingestReports(port, [{ name: "Отчёт_ОО-01.xlsx", bytes: original }], LATER);
      assert.equal(allTables(port), before);
      assert.equal(res.added + res.updated, 0);
      assert.equal(res.files[0].outcome, "accepted");
      assert.equal(res.files[0].rowsUnchanged, 3);
      assert.match(describeResult(res.files[0]), /ничего не изменено/);
    });

    it("a corrected file writes only the cell the school changed; her correction elsewhere stays", async () => {
      const { port } = await loadedAndCorrected();
      const before = port.tables.get(REPORTS.name)!.map((r) => ({ ...r }));
      const corrected = await filledReport("ОО-01", [done(), done({ actual: null, evidence: "https://school1.example/meeting" }), done({ actual: null, status: "выполняется", doneDate: null })]);
      const res = await ingestReports(port, [{ name: "Отчёт_ОО-01_исправленный.xlsx", bytes: corrected }], LATER);
      assert.equal(res.updated, 1);
      assert.equal(res.added, 0);
      const after = port.tables.get(REPORTS.name)!;
      assert.equal(after.length, 3);
      assert.equal(row(port, "Р-1/1").actual, 85, "her correction stays");
      assert.deepEqual(row(port, "Р-1/1"), before.find((r) => r.directiveKey === "Р-1/1"), "a row the school did not change is untouched");
      assert.deepEqual(row(port, "Р-1/3"), before.find((r) => r.directiveKey === "Р-1/3"));
      const changed = row(port, "Р-1/2");
      const old = before.find((r) => r.directiveKey === "Р-1/2")!;
      assert.equal(changed.evidence, "https://school1.example/meeting");
      for (const c of ["status", "actual", "numerator", "denominator", "doneDate", "whatDone"]) assert.deepEqual(changed[c], old[c], c);
      // The changed row says which file and when it came from.
      assert.equal(changed.sourceFile, "Отчёт_ОО-01_исправленный.xlsx");
      assert.equal(changed.receivedAt, LATER.slice(0, 16));
      assert.deepEqual(res.files[0].reasons, []);
      assert.equal(port.tables.get(JOURNAL.name)!.length, 2);
    });

    it("a corrected file that changes the very cell she corrected: the school's new value wins, and the result says so", async () => {
      const { port } = await loadedAndCorrected();
      const corrected = await filledReport("ОО-01", [done({ actual: 90 }), done({ actual: null }), done({ actual: null, status: "выполняется", doneDate: null })]);
      const res = await ingestReports(port, [{ name: "Отчёт_ОО-01_v2.xlsx", bytes: corrected }], LATER);
      assert.equal(row(port, "Р-1/1").actual, 90);
      assert.equal(res.files[0].outcome, "accepted");
      assert.deepEqual(res.files[0].reasons, [], "her overwritten correction is a note, not a refusal");
      assert.equal(res.files[0].notes!.length, 1);
      assert.match(res.files[0].notes![0], /Р-1\/1.*«Фактическое значение».*«90».*«85»/);
      assert.match(describeResult(res.files[0]), /«90» вместо исправленного в своде «85»/);
      // Her correction of a cell the school did not change is not reported.
      const third = await filledReport("ОО-01", [done({ actual: 90 }), done({ actual: null, whatDone: "Собрания проведены" }), done({ actual: null, status: "выполняется", doneDate: null })]);
      row(port, "Р-1/1").actual = 88;
      const res3 = await ingestReports(port, [{ name: "Отчёт_ОО-01_v3.xlsx", bytes: third }], LATER);
      assert.deepEqual(res3.files[0].reasons, []);
      assert.deepEqual(res3.files[0].notes, []);
      assert.equal(row(port, "Р-1/1").actual, 88);
      assert.equal(row(port, "Р-1/2").whatDone, "Собрания проведены");
    });
  });

  it("reads retyped headers, inserted rows and columns, merged cells, text numbers and dates, free statuses", async () => {
    const bytes = await filledReport(
      "ОО-01",
      [
        { status: "Выполнено.", actual: "75,5 %", doneDate: "01.10.2023", whatDone: "=Кружки открыты" },
        { status: "в работе", doneDate: "1 окт" },
        { status: "частично", actual: null, numerator: 30, denominator: 40 },
      ],
      {
        alter: (ws) => {
          ws.getCell(8, colOf("status")).value = "Отметка о выполнении";
          ws.getCell(8, colOf("actual")).value = "Факт";
          ws.spliceRows(10, 0, []); // an empty line inserted between directives
          ws.spliceColumns(4, 0, []); // a column inserted before «Срок»
          ws.mergeCells(9, 12 + 1, 9, 13 + 1); // what was done merged into the evidence cell
        },
      },
    );
    const { r, port } = await ingestOne("report.xlsx", bytes);
    assert.equal(r.outcome, "accepted", r.reasons.join("\n"));
    const rows = port.tables.get(REPORTS.name)!;
    const byKey = (k: string) => rows.find((x) => x.directiveKey === k)!;
    assert.equal(byKey("Р-1/1").status, "выполнено");
    assert.equal(byKey("Р-1/1").actual, 75.5);
    assert.equal(byKey("Р-1/1").doneDate, "2023-10-01");
    assert.equal(byKey("Р-1/1").whatDone, "=Кружки открыты", "school text stays text, nothing stripped");
    assert.equal(byKey("Р-1/2").status, "выполняется");
    assert.equal(byKey("Р-1/2").doneDate, "2023-10-01");
    assert.equal(byKey("Р-1/3").status, "выполняется");
    assert.equal(byKey("Р-1/3").numerator, 30);
  });

  it("reads «0,755» as 75,5 % where the target is a percentage", async () => {
    const { r, port } = await ingestOne("r.xlsx", await filledReport("ОО-01", [{ status: "выполнено", actual: "0,755" }]));
    assert.equal(r.rowsAccepted, 1);
    assert.equal(port.tables.get(REPORTS.name)![0].actual, 75.5);
  });

  it("partly accepts a file with a bad row and names the sheet, cell and reason", async () => {
    const bytes = await filledReport("ОО-01", [done(), { status: "как-нибудь" }, done({ doneDate: "31.02.2024" })]);
    const { r, port } = await ingestOne("r.xlsx", bytes);
    assert.equal(r.outcome, "partial");
    assert.equal(r.rowsAccepted, 1);
    assert.equal(r.rowsRefused, 2);
    assert.equal(r.reasons[0], "лист «Отчёт», ячейка G10, колонка «Статус»: статус «как-нибудь» не распознан (ожидается: выполнено, выполняется или не выполнено)");
    assert.match(r.reasons[1], /ячейка K11, колонка «Дата выполнения»: «31\.02\.2024» — такой даты нет/);
    assert.equal(port.tables.get(REPORTS.name)!.length, 1);
  });

  it("refuses rows with unknown keys and directives not addressed to the school", async () => {
    const bytes = await filledReport("ОО-02", [done(), done()], {
      alter: (ws) => {
        ws.getCell(11, 1).value = "Р-9/9";
        ws.getCell(11, colOf("status")).value = "выполнено";
        ws.getCell(12, 1).value = "Р-1/3";
        ws.getCell(12, colOf("status")).value = "выполнено";
      },
    });
    const { r } = await ingestOne("r.xlsx", bytes);
    assert.equal(r.outcome, "partial");
    assert.equal(r.rowsAccepted + r.rowsRefused, 4);
    assert.ok(r.reasons.some((x) => /поручения с ключом «Р-9\/9» нет в своде/.test(x)));
    assert.ok(r.reasons.some((x) => /Р-1\/3 не адресовано организации ОО-02/.test(x)));
  });

  it("refuses a file for the wrong period, another school's file and an old template, leaving the workbook untouched", async () => {
    const port = districtPort();
    const wrongPeriod = await filledReport("ОО-01", [done()], { period: "2023-Q4" });
    const otherSchool = await filledReport("ОО-02", [done()]);
    const oldTemplate = await filledReport("ОО-01", [done()], { version: 1 });
    const res = await ingestReports(
      port,
      [
        { name: "ОО-01 за 4 квартал.xlsx", bytes: wrongPeriod },
        { name: "Отчёт_ОО-01_2024-Q1.xlsx", bytes: otherSchool },
        { name: "old.xlsx", bytes: oldTemplate },
      ],
      NOW,
    );
    assert.deepEqual(res.files.map((f) => f.outcome), ["refused", "refused", "refused"]);
    assert.match(res.files[0].reasons[0], /отчёт за IV квартал 2023 г\., а собирается I квартал 2024 г\./);
    assert.match(res.files[1].reasons[0], /назван как отчёт ОО-01, а внутри — отчёт ОО-02/);
    assert.match(res.files[2].reasons[0], /старому бланку/);
    assert.equal(port.tables.get(REPORTS.name)!.length, 0);
    assert.equal(port.tables.get(JOURNAL.name)!.length, 0);
  });

  it("refuses a renamed .xls and a password-protected file with plain advice", async () => {
    const res = await ingestReports(
      districtPort(),
      [
        { name: "Отчёт_ОО-01_2024-Q1.xlsx", bytes: legacyXlsBytes() },
        { name: "Отчёт_ОО-02_2024-Q1.xlsx", bytes: encryptedXlsxBytes() },
        { name: "old.xls", bytes: legacyXlsBytes(true) },
      ],
      NOW,
    );
    assert.equal(res.files[0].reasons[0], "это файл старого формата .xls — откройте его в Excel и сохраните как .xlsx");
    assert.equal(res.files[1].reasons[0], "файл защищён паролем — снимите пароль и пришлите снова");
    assert.equal(res.files[2].code, "encrypted");
  });

  it("reads a windows-1251 CSV with «;», taking the school and period from the file name", async () => {
    const csv = csvReport([
      ["Ключ поручения", "Статус", "Фактическое значение", "Дата выполнения", "Что сделано"],
      ["Р-1/1", "выполнено", "75,5", "15.03.2024", "Кружки «Робототехника»; шахматы"],
      ["Р-1/2", "не выполнено", "", "", ""],
    ]);
    const { r, port } = await ingestOne("ОО-02_2024-Q1.csv", csv);
    assert.equal(r.outcome, "accepted", r.reasons.join("\n"));
    const rows = port.tables.get(REPORTS.name)!;
    assert.equal(rows[0].orgCode, "ОО-02");
    assert.equal(rows[0].actual, 75.5);
    assert.equal(rows[0].whatDone, "Кружки «Робототехника»; шахматы");
    assert.equal(rows[1].status, "не выполнено");
  });

  it("refuses a file whose school cannot be told, asking her to say which", async () => {
    const csv = csvReport([["Ключ поручения", "Статус"], ["Р-1/1", "выполнено"]], "utf-8-bom");
    const { r } = await ingestOne("отчёт.csv", csv);
    assert.equal(r.outcome, "refused");
    assert.match(r.reasons[0], /не удалось понять, чей это отчёт/);
  });

  it("counts blank form rows apart: a file whose every filled row was taken is «принят»; all files of a batch are written in one call", async () => {
    const port = districtPort();
    const a = await filledReport("ОО-01", [done(), {}, done()]);
    const b = await filledReport("ОО-02", [done(), done()]);
    const res = await ingestReports(port, [{ name: "a.xlsx", bytes: a }, { name: "b.xlsx", bytes: b }], NOW);
    assert.deepEqual(res.files.map((f) => [f.outcome, f.rowsAccepted, f.rowsRefused, f.rowsBlank]), [["accepted", 2, 0, 1], ["accepted", 2, 0, 0]]);
    assert.deepEqual(res.files[0].reasons, []);
    assert.equal(describeResult(res.files[0]), "a.xlsx: принят (строк принято 2, отклонено 0; пустых строк: 1)");
    assert.equal(port.calls.write, 1);
    assert.equal(res.changed, true);
    assert.equal(port.tables.get(REPORTS.name)!.length, 4);
    assert.equal(port.tables.get(JOURNAL.name)!.length, 2);
    const blank = await ingestReports(districtPort(), [{ name: "пустой.xlsx", bytes: await filledReport("ОО-01", []) }], NOW);
    assert.equal(blank.files[0].outcome, "refused");
    assert.match(blank.files[0].reasons[0], /не заполнена ни одна строка \(пустых строк: 3\)/);
  });

  it("keeps a 5 000-character «Что сделано» whole and reads retyped headers; a column it cannot read is named with its letter", async () => {
    const long = "Проведены открытые занятия для родителей и обучающихся. ".repeat(90).trim();
    assert.ok(long.length > 5000);
    const bytes = await filledReport("ОО-02", [done({ whatDone: long }), done({ actual: null })], {
      alter: (ws) => {
        ws.getCell(8, colOf("whatDone")).value = "Проделанная работа";
        ws.getCell(8, colOf("actual")).value = "Значение показателя";
        ws.getCell(8, 14).value = "Ответственный исполнитель";
        ws.getCell(9, 14).value = "Иванова И. И.";
      },
    });
    const { r, port } = await ingestOne("Отчёт_ОО-02_2024-Q1.xlsx", bytes);
    assert.equal(r.outcome, "accepted", r.reasons.join("\n"));
    const rows = port.tables.get(REPORTS.name)!;
    assert.equal(rows.find((x) => x.directiveKey === "Р-1/1")!.whatDone, long);
    assert.equal(rows.find((x) => x.directiveKey === "Р-1/1")!.actual, 80);
    assert.deepEqual(r.notes, [
      "лист «Отчёт», колонка N «Ответственный исполнитель»: заголовок не распознан, данные из неё не загружены (заполнено строк: 1) — если в ней отчёт, дайте колонке заголовок из бланка (например, «Что сделано») и загрузите файл снова",
    ]);
    assert.match(describeResult(r), /колонка N «Ответственный исполнитель»: заголовок не распознан/);
  });

  describe("two files from one school for one period in one batch", () => {
    const savedOn = (iso: string) => (_ws: unknown, wb: { modified: Date }) => {
      wb.modified = new Date(iso);
    };

    it("the one saved later wins wherever both say something, whatever their order, and both results name the other file", async () => {
      const port = districtPort();
      const newer = await filledReport("ОО-01", [done({ actual: 90 }), done()], { alter: savedOn("2024-04-03T08:15:00Z") });
      const older = await filledReport("ОО-01", [done({ actual: 70 }), done(), done({ whatDone: "Паспорта обновлены" })], { alter: savedOn("2024-04-01T12:00:00Z") });
      const res = await ingestReports(port, [{ name: "Отчёт_ОО-01_исправленный.xlsx", bytes: newer }, { name: "Отчёт_ОО-01.xlsx", bytes: older }], NOW);
      const rows = port.tables.get(REPORTS.name)!;
      assert.equal(rows.length, 3);
      assert.equal(rows.find((x) => x.directiveKey === "Р-1/1")!.actual, 90);
      assert.equal(rows.find((x) => x.directiveKey === "Р-1/1")!.sourceFile, "Отчёт_ОО-01_исправленный.xlsx");
      assert.equal(rows.find((x) => x.directiveKey === "Р-1/3")!.whatDone, "Паспорта обновлены", "what only the earlier file says is kept");
      const [n, o] = res.files;
      assert.match(n.notes!.join("\n"), /в этой загрузке есть и более ранний файл ОО-01 за I квартал 2024 г\. — «Отчёт_ОО-01\.xlsx» \(сохранён 01\.04\.2024 в \d\d:\d\d, этот — 03\.04\.2024 в \d\d:\d\d\): что заполнено в обоих, записано из этого файла, что только в более раннем — из него/);
      assert.match(o.notes!.join("\n"), /в этой загрузке есть и более поздний файл ОО-01 за I квартал 2024 г\. — «Отчёт_ОО-01_исправленный\.xlsx».*записано из него/);
    });

    it("files that do not say when they were saved are taken in the order given, the last one winning", async () => {
      const port = districtPort();
      const head = ["Ключ поручения", "Статус", "Фактическое значение"];
      const first = csvReport([head, ["Р-1/1", "выполнено", "70"]]);
      const second = csvReport([head, ["Р-1/1", "выполнено", "95"]]);
      const res = await ingestReports(port, [{ name: "ОО-02_2024-Q1.csv", bytes: first }, { name: "ОО-02_2024-Q1 (2).csv", bytes: second }], NOW);
      assert.equal(port.tables.get(REPORTS.name)![0].actual, 95);
      assert.match(res.files[1].notes!.join("\n"), /более ранний файл ОО-02 за I квартал 2024 г\. — «ОО-02_2024-Q1\.csv» \(он выше в списке загруженных файлов, а когда файлы сохранены, в них не указано\)/);
      assert.match(res.files[0].notes!.join("\n"), /более поздний файл ОО-02 за I квартал 2024 г\. — «ОО-02_2024-Q1 \(2\)\.csv»/);
    });
  });
});

// The same cases in files that went through LibreOffice (as schools using it send them):
// filled from the project's own template, saved by soffice as .xlsx and .ods in one run each.
describe("ingestReports on reports saved by LibreOffice", function () {
  this.timeout(120_000);
  const LONG = "Проведены открытые занятия для родителей и обучающихся. ".repeat(90).trim();
  const made = new Map<string, Uint8Array>();
  const sources: { name: string; bytes: Uint8Array }[] = [];

  before(async () => {
    // ОО-01, rows 9–11: Р-1/1, Р-1/2, Р-1/3. Status and date merged over Р-1/1 and Р-1/2; Р-1/3 left blank.
    sources.push({
      name: "Отчёт_ОО-01_2024-Q1.xlsx",
      bytes: await filledReport("ОО-01", [{ status: "выполнено", actual: 80, doneDate: new Date(Date.UTC(2024, 2, 1)), whatDone: "Кружки открыты" }, { whatDone: "Собрания проведены" }], {
        alter: (ws) => {
          ws.mergeCells(9, colOf("status"), 10, colOf("status"));
          ws.mergeCells(9, colOf("doneDate"), 10, colOf("doneDate"));
        },
      }),
    });
    // ОО-02, rows 9–10: Р-1/1, Р-1/2. Dates typed as text without a year, a 5 000-character text,
    // «Что сделано» retyped, and a column of its own under a header the form does not have.
    sources.push({
      name: "Отчёт_ОО-02_2024-Q1.xlsx",
      bytes: await filledReport("ОО-02", [{ status: "выполнено", actual: "75,5 %", doneDate: "1 окт", whatDone: LONG }, { status: "выполнено", doneDate: "01.03", whatDone: "Собрания" }], {
        alter: (ws) => {
          ws.getCell(HEADER_ROW, colOf("whatDone")).value = "Проделанная работа";
          ws.getCell(HEADER_ROW, 14).value = "Ответственный";
          ws.getCell(9, 14).value = "Иванова И. И.";
          ws.getCell(10, 14).value = "Петров П. П.";
        },
      }),
    });
    // ОО-01 again: the row of Р-1/1 copied below itself to report a second activity.
    sources.push({
      name: "Отчёт_ОО-01_две_строки.xlsx",
      bytes: await filledReport("ОО-01", [{ status: "выполняется", doneDate: "01.02.2024", whatDone: "Открыт кружок робототехники" }], {
        alter: (ws) => {
          ws.spliceRows(10, 0, []);
          for (let c = 1; c <= colOf("evidence"); c++) ws.getCell(10, c).value = ws.getCell(9, c).value;
          ws.getCell(10, colOf("status")).value = "выполнено";
          ws.getCell(10, colOf("doneDate")).value = "15.03.2024";
          ws.getCell(10, colOf("whatDone")).value = "Открыта шахматная секция";
        },
      }),
    });
    for (const to of ["xlsx", "ods"]) {
      for (const [name, bytes] of convertWithLibreOffice(sources, to)) made.set(`${to}:${name}`, bytes);
    }
  });

  const reportsAfter = async (to: string, name: string, now = NOW) => {
    const port = districtPort();
    const res = await ingestReports(port, [{ name: name.replace(/xlsx$/, to), bytes: made.get(`${to}:${name}`)! }], now);
    const rows = port.tables.get(REPORTS.name)!;
    return { r: res.files[0], row: (k: string) => rows.find((x) => x.directiveKey === k)!, count: rows.length };
  };

  for (const to of ["xlsx", "ods"]) {
    describe(`as .${to}`, () => {
      it("a status and a date merged over two directive rows reach «Отчёты» for both; the blank row is counted, not refused", async () => {
        const { r, row, count } = await reportsAfter(to, "Отчёт_ОО-01_2024-Q1.xlsx");
        assert.equal(r.outcome, "accepted", describeResult(r));
        assert.deepEqual([r.rowsAccepted, r.rowsRefused, r.rowsBlank], [2, 0, 1]);
        assert.equal(count, 2);
        assert.deepEqual([row("Р-1/1").status, row("Р-1/1").doneDate, row("Р-1/1").actual], ["выполнено", "2024-03-01", 80]);
        assert.deepEqual([row("Р-1/2").status, row("Р-1/2").doneDate, row("Р-1/2").whatDone], ["выполнено", "2024-03-01", "Собрания проведены"]);
      });

      it("dates typed without a year take the report period's year in a file read ten months late; a long text and a retyped header arrive whole; an unknown column is named", async () => {
        const { r, row } = await reportsAfter(to, "Отчёт_ОО-02_2024-Q1.xlsx", "2025-02-01T10:00:00.000Z");
        assert.equal(r.outcome, "accepted", describeResult(r));
        assert.equal(row("Р-1/1").doneDate, "2023-10-01");
        assert.equal(row("Р-1/2").doneDate, "2024-03-01");
        assert.equal(row("Р-1/1").actual, 75.5);
        assert.equal(row("Р-1/1").whatDone, LONG);
        assert.deepEqual(r.reasons, []);
        assert.deepEqual(r.notes, [
          "лист «Отчёт», колонка N «Ответственный»: заголовок не распознан, данные из неё не загружены (заполнено строк: 2) — если в ней отчёт, дайте колонке заголовок из бланка (например, «Что сделано») и загрузите файл снова",
        ]);
      });

      it("a row copied to report a second activity is combined with the first, with a note naming both rows", async () => {
        const { r, row, count } = await reportsAfter(to, "Отчёт_ОО-01_две_строки.xlsx");
        assert.equal(r.outcome, "accepted", describeResult(r));
        assert.equal(r.rowsAccepted, 1);
        assert.equal(count, 1);
        assert.deepEqual([row("Р-1/1").status, row("Р-1/1").doneDate, row("Р-1/1").whatDone], ["выполнено", "2024-03-15", "Открыт кружок робототехники\nОткрыта шахматная секция"]);
        assert.equal(r.notes!.length, 1);
        assert.match(r.notes![0], /^лист «Отчёт», строки 9 и 10: обе по поручению Р-1\/1 — объединены в одну запись/);
      });
    });
  }
});
