import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { createWorkbook } from "../../src/app/create-workbook";
import { applyOrganisationList, previewOrganisationList } from "../../src/app/organisation-list";
import { orgsCommand } from "../../src/cli/commands/orgs";
import { FileWorkbookPort } from "../../src/hosts/file";
import { JOURNAL, ORGANISATIONS } from "../../src/core/workbook/schema";
import { MemoryPort } from "../support/memory-port";
import { TEST_ORGS } from "../support/orgs";
import { csvReport, legacyXlsBytes } from "../support/report-files/altered";

const NOW = "2024-09-02T10:00";

/** A свод whose «Организации» holds the small test district. */
function districtPort(): MemoryPort {
  const port = new MemoryPort();
  port.tables.set(
    ORGANISATIONS.name,
    TEST_ORGS.map((o) => ({ code: o.code, shortName: o.shortName, fullName: o.fullName, type: o.type, groups: o.groups.join("; "), aliases: o.aliases.join("; "), email: "", head: "" })),
  );
  port.tables.set(JOURNAL.name, []);
  return port;
}

const tsv = (rows: string[][]) => rows.map((r) => r.join("\t")).join("\r\n") + "\r\n";

async function listXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Список ОО");
  ws.getCell("A1").value = "Список образовательных организаций Заречного района на 01.09.2024";
  ws.mergeCells("A1:F1");
  ws.addRow([]);
  ws.addRow(["№ п/п", "Полное наименование", "Краткое наименование", "Код", "Тип", "Электронная почта"]);
  ws.addRow([1, "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 3»", "МБОУ «СОШ № 3»", 103, "ОО", "sosh3@zar.ru"]);
  ws.addRow([2, "Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 2»", "МБДОУ «Детский сад № 2»", "ДОО-02", "", { text: "ds2@zar.ru", hyperlink: "mailto:ds2@zar.ru" }]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("organisation list (paste or file) into «Организации»", () => {
  it("reads a table copied from Excel (tabs) by its headers, in one read of the свод", async () => {
    const port = districtPort();
    const p = await previewOrganisationList(port, {
      text: tsv([
        ["Наименование", "Код", "Группы", "E-mail", "Директор"],
        ["МБОУ «Гимназия № 4»", "ОО-04", "школы города, опорные", "gym4@zar.ru", "Сидорова А. Б."],
        ["МБДОУ «Детский сад № 3 „Ромашка“»", "ДОО-03", "", "", ""],
      ]),
    });
    assert.equal(port.calls.read, 1);
    assert.equal(port.calls.write, 0, "a preview writes nothing");
    assert.deepEqual(p.added, ["ОО-04", "ДОО-03"]);
    assert.deepEqual(p.organisations[0], {
      code: "ОО-04",
      shortName: "МБОУ «Гимназия № 4»",
      fullName: "",
      type: "ОО",
      groups: ["школы города", "опорные"],
      aliases: [],
      email: "gym4@zar.ru",
      head: "Сидорова А. Б.",
    });
    assert.equal(p.organisations[1].type, "ДОО");
    assert.deepEqual(
      p.problems.map((x) => x.message),
      ["Строка 2 (ОО-04): тип не указан — по названию принят «ОО».", "Строка 3 (ДОО-03): тип не указан — по названию принят «ДОО»."],
    );
  });

  it("reads a «;»-separated paste with quoted cells", async () => {
    const p = await previewOrganisationList(districtPort(), {
      text: 'код;краткое наименование;тип;группы\nУДО-02;"МБУ ДО ""ДЮСШ ""Олимп""""";УДО;"спорт; город"\n',
    });
    assert.deepEqual(p.organisations, [
      { code: "УДО-02", shortName: 'МБУ ДО "ДЮСШ "Олимп""', fullName: "", type: "УДО", groups: ["спорт", "город"], aliases: [], email: "", head: "" },
    ]);
    assert.deepEqual(p.problems, []);
  });

  it("reads a paste without a header in the default order and says so", async () => {
    const p = await previewOrganisationList(districtPort(), { text: "ОО-05\tМБОУ «СОШ № 5»\t\tОО\tшколы города\tsosh5@zar.ru\nОО-06\tМБОУ «СОШ № 6»\n" });
    assert.deepEqual(p.added, ["ОО-05", "ОО-06"]);
    assert.equal(p.organisations[0].email, "sosh5@zar.ru");
    assert.match(p.problems[0].message, /^Строки заголовка нет: столбцы прочитаны по порядку — код, краткое наименование/);
  });

  it("points out duplicates and near-duplicate names, within the list and against the свод", async () => {
    const p = await previewOrganisationList(districtPort(), {
      text: tsv([
        ["Код", "Наименование"],
        ["ОО-11", "МБОУ СОШ №1"],
        ["ДОО-05", "Детский сад № 5 \"Солнышко\""],
        ["ДОО-15", "МБДОУ детский сад №5 «Солнышко»"],
        ["ОО-21", "МБОУ «СОШ № 2»"],
        ["ДОО-05", "Детский сад № 5"],
      ]),
    });
    assert.deepEqual(
      p.nearDuplicates.map((d) => d.codes),
      [
        ["ОО-11", "ОО-01"],
        ["ДОО-05", "ДОО-15"],
      ],
    );
    assert.equal(p.nearDuplicates[0].message, "МБОУ СОШ №1 (ОО-11) и МБОУ «СОШ № 1» (ОО-01) — похоже, одна и та же организация; ОО-01 уже есть в «Организациях».");
    assert.deepEqual(
      p.duplicates.map((d) => d.message),
      ["Код ДОО-05 указан в списке дважды (строки 3 и 6) — взята строка 3.", "Одно и то же название у кодов ОО-21 и ОО-02: МБОУ «СОШ № 2»; ОО-02 уже есть в «Организациях»."],
    );
  });

  it("applying writes through addOrganisations; applying the same list again changes nothing", async () => {
    const port = districtPort();
    const list = { text: tsv([["Код", "Наименование", "Тип"], ["ОО-07", "МБОУ «СОШ № 7»", "ОО"], ["ОО-08", "МБОУ «СОШ № 8»", "ОО"]]) };
    const first = await applyOrganisationList(port, await previewOrganisationList(port, list), NOW, "вставка");
    assert.deepEqual(first, { added: 2, updated: 0 });
    assert.equal(port.rows(ORGANISATIONS.name).length, TEST_ORGS.length + 2);
    assert.equal(port.rows(JOURNAL.name)[0].action, "Список организаций");
    const snapshot = JSON.stringify(port.rows(ORGANISATIONS.name));

    const again = await previewOrganisationList(port, list);
    assert.deepEqual([again.added, again.updated, again.organisations], [[], [], []]);
    assert.deepEqual(await applyOrganisationList(port, again, NOW, "вставка"), { added: 0, updated: 0 });
    assert.equal(JSON.stringify(port.rows(ORGANISATIONS.name)), snapshot);
  });

  it("a pasted column of school names fills a new свод with generated codes, and pasting it again adds nothing", async () => {
    const port = new MemoryPort();
    await createWorkbook(port, NOW);
    const list = { text: "МБОУ «СОШ № 1»\nМБОУ «СОШ № 2»\nМБДОУ «Детский сад № 1»\n" };
    const preview = await previewOrganisationList(port, list);
    assert.deepEqual(preview.added, ["ОО-01", "ОО-02", "ДОО-01"]);
    assert.deepEqual(await applyOrganisationList(port, preview, NOW, "вставка"), { added: 3, updated: 0 });
    assert.deepEqual(
      port.rows(ORGANISATIONS.name).map((r) => [r.code, r.shortName, r.type]),
      [
        ["ОО-01", "МБОУ «СОШ № 1»", "ОО"],
        ["ОО-02", "МБОУ «СОШ № 2»", "ОО"],
        ["ДОО-01", "МБДОУ «Детский сад № 1»", "ДОО"],
      ],
    );
    const again = await previewOrganisationList(port, list);
    assert.deepEqual([again.added, again.updated], [[], []]);
    assert.deepEqual(again.matchedByName.map((m) => m.code), ["ОО-01", "ОО-02", "ДОО-01"]);
  });

  it("a list that updates one organisation by code keeps the others and the values it does not give", async () => {
    const port = districtPort();
    port.rows(ORGANISATIONS.name).find((r) => r.code === "ОО-01")!.head = "Петрова П. П.";
    const before = port.rows(ORGANISATIONS.name).filter((r) => r.code !== "ОО-01").map((r) => ({ ...r }));
    const p = await previewOrganisationList(port, { text: tsv([["Код", "Краткое наименование", "Эл. почта"], ["оо-01", "МАОУ «СОШ № 1»", "sosh1@zar.ru"]]) });
    assert.deepEqual([p.added, p.updated], [[], ["ОО-01"]]);
    assert.deepEqual(await applyOrganisationList(port, p, NOW, "вставка"), { added: 0, updated: 1 });
    const rows = port.rows(ORGANISATIONS.name);
    assert.equal(rows.length, TEST_ORGS.length);
    const updated = rows.find((r) => r.code === "ОО-01")!;
    assert.deepEqual([updated.shortName, updated.email, updated.head, updated.type, updated.groups], ["МАОУ «СОШ № 1»", "sosh1@zar.ru", "Петрова П. П.", "ОО", "школы города"]);
    assert.deepEqual(
      rows.filter((r) => r.code !== "ОО-01"),
      before,
    );
  });

  it("reads an .xlsx list: the header under a title, a numeric code, a hyperlinked e-mail", async () => {
    const port = districtPort();
    const p = await previewOrganisationList(port, { name: "Список ОО.xlsx", bytes: await listXlsx() });
    assert.deepEqual(p.added, ["103", "ДОО-02"]);
    assert.equal(p.organisations[0].fullName, "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 3»");
    assert.equal(p.organisations[0].email, "sosh3@zar.ru");
    assert.equal(p.organisations[1].email, "ds2@zar.ru");
    assert.equal(p.organisations[1].type, "ДОО");
    assert.deepEqual(
      p.problems.map((x) => x.message),
      ["Столбец «№ п/п» не распознан и не прочитан.", "Строка 5 (ДОО-02): тип не указан — по названию принят «ДОО»."],
    );
    await applyOrganisationList(port, p, NOW, "Список ОО.xlsx");
    assert.equal(port.rows(JOURNAL.name)[0].source, "Список ОО.xlsx");
    assert.ok(port.rows(ORGANISATIONS.name).some((r) => r.code === "103" && r.shortName === "МБОУ «СОШ № 3»"));
  });

  it("reads a CSV saved by Russian Excel (windows-1251, «;»)", async () => {
    const bytes = csvReport([
      ["Код", "Наименование", "Тип"],
      ["ОО-09", "МБОУ «ООШ № 9»", "ОО"],
    ]);
    const p = await previewOrganisationList(districtPort(), { name: "список.csv", bytes });
    assert.deepEqual(p.organisations.map((o) => [o.code, o.shortName]), [["ОО-09", "МБОУ «ООШ № 9»"]]);
  });

  it("refuses a broken or foreign file with a Russian message", async () => {
    const good = await listXlsx();
    await assert.rejects(previewOrganisationList(districtPort(), { name: "список.xlsx", bytes: good.subarray(0, 300) }), /^Error: Файл «список\.xlsx» не прочитан: файл повреждён/);
    await assert.rejects(previewOrganisationList(districtPort(), { name: "список.xls", bytes: legacyXlsBytes() }), /старого формата \.xls — откройте его в Excel и сохраните как \.xlsx/);
    await assert.rejects(previewOrganisationList(districtPort(), { name: "список.xlsx", bytes: new TextEncoder().encode("<html><body>таблица</body></html>") }), /это не таблица Excel и не CSV/);
    await assert.rejects(previewOrganisationList(districtPort(), { name: "пусто.csv", bytes: new Uint8Array(0) }), /не прочитан: файл пустой/);
    await assert.rejects(previewOrganisationList(new MemoryPort(), { text: "Код\tНаименование\nОО-01\tСОШ № 1\n" }), /нет таблицы «Организации»/);
  });
});

describe("svodka orgs (the CLI command)", function () {
  this.timeout(60_000);
  const dirs: string[] = [];
  const tempDir = (): string => {
    const dir = mkdtempSync(join(tmpdir(), "svodka-orgs-"));
    dirs.push(dir);
    return dir;
  };
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  async function run(args: string[]): Promise<string> {
    const chunks: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((s: string) => chunks.push(s) > 0) as typeof process.stdout.write;
    try {
      await orgsCommand(args);
    } finally {
      process.stdout.write = write;
    }
    return chunks.join("");
  }

  it("prints the preview in Russian, applies it and saves the свод; a second run changes nothing", async () => {
    const dir = tempDir();
    const workbook = join(dir, "свод.xlsx");
    const port = FileWorkbookPort.create();
    await createWorkbook(port, NOW);
    writeFileSync(workbook, await port.save());
    const list = join(dir, "список.xlsx");
    writeFileSync(list, await listXlsx());

    const out = await run(["--workbook", workbook, list]);
    assert.match(out, /Список организаций «список\.xlsx»:\n {2}новых организаций: 2 \(103, ДОО-02\)\n {2}изменятся: 0\n/);
    assert.match(out, /Строка 5 \(ДОО-02\): тип не указан — по названию принят «ДОО»\./);
    assert.match(out, /Добавлено: 2, обновлено: 0\. Свод сохранён/);
    const saved = await (await FileWorkbookPort.open(readFileSync(workbook))).readTables([ORGANISATIONS]);
    assert.deepEqual(
      saved.get(ORGANISATIONS.name)!.rows.map((r) => r.code),
      ["103", "ДОО-02"],
    );

    const bytes = readFileSync(workbook);
    const again = await run(["--workbook", workbook, list]);
    assert.match(again, /новых организаций: 0\n {2}изменятся: 0\n/);
    assert.match(again, /ничего не меняется; свод не изменён/);
    assert.ok(readFileSync(workbook).equals(bytes), "the file is not rewritten");
  });

  it("refuses a broken list without touching the свод", async () => {
    const dir = tempDir();
    const workbook = join(dir, "свод.xlsx");
    const port = FileWorkbookPort.create();
    await createWorkbook(port, NOW);
    writeFileSync(workbook, await port.save());
    const bytes = readFileSync(workbook);
    writeFileSync(join(dir, "список.xlsx"), new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]));
    await assert.rejects(orgsCommand(["--workbook", workbook, join(dir, "список.xlsx")]), /Файл «список\.xlsx» не прочитан: файл повреждён/);
    assert.ok(readFileSync(workbook).equals(bytes));
  });
});
