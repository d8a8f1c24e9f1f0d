import assert from "node:assert/strict";
import type { Row, TableWrite } from "../../../src/core/workbook/port";
import { CONTROL, DIRECTIVES, DOCUMENTS, JOURNAL, ORGANISATIONS, WORKBOOK_TABLES } from "../../../src/core/workbook/schema";
import { planUpsert } from "../../../src/core/workbook/upsert";
import { FileWorkbookPort } from "../../../src/hosts/file";
import { reopen, tablePart } from "./helpers";

async function readRows(port: FileWorkbookPort, table = DIRECTIVES): Promise<Row[]> {
  const data = (await port.readTables([table])).get(table.name);
  assert.ok(data, `table ${table.name} not found`);
  return data.rows;
}

async function upsert(port: FileWorkbookPort, table: typeof DIRECTIVES, incoming: Row[]) {
  const plan = planUpsert(table, await readRows(port, table), incoming);
  await port.writeTables([plan.write]);
  return plan;
}

const directive = (n: string, extra: Row = {}): Row => ({
  key: `РЕЗ-2024/${n}`,
  documentId: "РЕЗ-2024",
  n,
  text: `Провести мероприятие ${n}`,
  deadlineKind: "date",
  controlDate: "2024-12-31",
  onControl: "да",
  ...extra,
});

/** Column letter of a «Поручения» column, from the schema (no column past Z there). */
const columnLetter = (id: string) => String.fromCharCode(65 + DIRECTIVES.columns.findIndex((c) => c.id === id));
const LAST = String.fromCharCode(64 + DIRECTIVES.columns.length);

describe("FileWorkbookPort", () => {
  it("creates every table of the свод on its own sheet and reads them back empty after save/reopen", async () => {
    const port = FileWorkbookPort.create();
    const created = await port.ensureTables(WORKBOOK_TABLES);
    assert.deepEqual(created, WORKBOOK_TABLES.map((t) => t.name));
    assert.deepEqual(await port.ensureTables(WORKBOOK_TABLES), [], "second ensure creates nothing");

    const bytes = await port.save();
    const again = await FileWorkbookPort.open(bytes);
    assert.deepEqual(
      again.workbook.worksheets.map((s) => s.name),
      WORKBOOK_TABLES.map((t) => t.name),
    );
    const read = await again.readTables(WORKBOOK_TABLES);
    for (const t of WORKBOOK_TABLES) assert.deepEqual(read.get(t.name), { rows: [], missingColumns: [] }, t.name);

    // What a user sees: Russian headers in a styled table with filter buttons, a frozen bold header.
    const sheet = again.workbook.getWorksheet("Поручения")!;
    assert.equal(sheet.getCell("D1").value, "Текст поручения");
    assert.equal(sheet.getCell("A1").font?.bold, true);
    assert.equal(sheet.views[0]?.state, "frozen");
    assert.equal((sheet.views[0] as { ySplit?: number }).ySplit, 1);
    assert.equal(sheet.getColumn(4).width, 60);
    assert.equal(sheet.getColumn(10).numFmt, "dd.mm.yyyy");
    const xml = tablePart(bytes, "Поручения");
    assert.match(xml, new RegExp(`ref="A1:${LAST}2"`));
    assert.match(xml, new RegExp(`<autoFilter ref="A1:${LAST}2"`));
    assert.match(xml, /TableStyleMedium2/);
    assert.doesNotMatch(xml, /hiddenButton="1"/);
  });

  it("upserts by key: user columns survive, an identical re-write changes nothing", async () => {
    const port = FileWorkbookPort.create();
    await port.ensureTables([DIRECTIVES]);
    const first = await upsert(port, DIRECTIVES, [directive("1.1"), directive("1.2"), directive("1.3")]);
    assert.equal(first.added, 3);

    // The methodologist writes a note, takes 1.2 off control, and saves in Excel.
    let reopened = await reopen(port);
    const sheet = reopened.workbook.getWorksheet("Поручения")!;
    sheet.getCell(`${columnLetter("note")}3`).value = "Согласовано с ИМЦ";
    sheet.getCell(`${columnLetter("onControl")}3`).value = "нет";
    reopened = await reopen(reopened);

    const second = await upsert(reopened, DIRECTIVES, [
      directive("1.1"),
      directive("1.2", { text: "Провести мероприятие 1.2 (в новой редакции)", onControl: "да" }),
      directive("1.3"),
      directive("1.4"),
    ]);
    assert.deepEqual([second.added, second.updated, second.unchanged], [1, 1, 2]);
    const after = await reopen(reopened);
    const rows = await readRows(after);
    assert.equal(rows.length, 4);
    assert.equal(rows[1].note, "Согласовано с ИМЦ");
    assert.equal(rows[1].onControl, "нет", "«нет» in an insert column survives");
    assert.equal(rows[1].text, "Провести мероприятие 1.2 (в новой редакции)");
    assert.equal(rows[3].key, "РЕЗ-2024/1.4");
    assert.match(tablePart(await after.save(), "Поручения"), new RegExp(`ref="A1:${LAST}5"`));

    const third = planUpsert(DIRECTIVES, rows, [
      directive("1.1"),
      directive("1.2", { text: "Провести мероприятие 1.2 (в новой редакции)" }),
      directive("1.3"),
      directive("1.4"),
    ]);
    assert.deepEqual([third.added, third.updated, third.write.changed.length], [0, 0, 0], "dates and numbers read back equal");
  });

  it("keeps text that looks like a formula as text", async () => {
    const port = FileWorkbookPort.create();
    await port.ensureTables([ORGANISATIONS]);
    const tricky = ["=СУММ(A1:A3)", "+7 (495) 000-00-00", "-не указано-", "@школа", "=1+1"];
    await upsert(
      port,
      ORGANISATIONS,
      tricky.map((t, i) => ({ code: `ОО-${i}`, shortName: t, fullName: t })),
    );
    const after = await reopen(port);
    const rows = await readRows(after, ORGANISATIONS);
    assert.deepEqual(
      rows.map((r) => r.shortName),
      tricky,
    );
    const sheet = after.workbook.getWorksheet("Организации")!;
    assert.equal(sheet.getCell("B2").type, 3 /* ValueType.String */);
    assert.equal(sheet.getCell("B2").formula, undefined);
  });

  it("writes dates as real Excel dates and reads them back exactly", async () => {
    const dates = ["1999-12-31", "2024-02-29", "2024-08-31", "2024-09-01", "2025-03-30", "2025-10-26", "2038-01-19"];
    const port = FileWorkbookPort.create();
    await port.ensureTables([DIRECTIVES, JOURNAL]);
    await upsert(
      port,
      DIRECTIVES,
      dates.map((d, i) => directive(String(i + 1), { controlDate: d })),
    );
    const journal = planUpsert(JOURNAL, [], [{ at: "2024-09-02T08:05", action: "Импорт" }]).write;
    await port.writeTables([journal]);

    const after = await reopen(port);
    const rows = await readRows(after);
    assert.deepEqual(
      rows.map((r) => r.controlDate),
      dates,
    );
    assert.equal((await readRows(after, JOURNAL))[0].at, "2024-09-02T08:05");
    const sheet = after.workbook.getWorksheet("Поручения")!;
    assert.ok(sheet.getCell("J2").value instanceof Date, "stored as a date, not as text");
    assert.equal(sheet.getCell("J2").numFmt, "dd.mm.yyyy");
    assert.equal(after.workbook.getWorksheet("Журнал")!.getCell("A2").numFmt, "dd.mm.yyyy hh:mm");
  });

  it("finds tables after a user renames and moves sheets and reorders columns", async () => {
    const port = FileWorkbookPort.create();
    await port.ensureTables([DOCUMENTS, ORGANISATIONS]);
    await upsert(port, ORGANISATIONS, [{ code: "ОО-1", shortName: "Школа № 1", email: "school1@example.ru" }]);
    const bytes = await port.save();

    // Simulate the user: rename the sheet, put it first, swap two columns, add one of their own.
    const user = await FileWorkbookPort.open(bytes);
    const sheet = user.workbook.getWorksheet("Организации")!;
    sheet.name = "Наши школы";
    (sheet as unknown as { orderNo: number }).orderNo = -1;
    const table = (sheet as unknown as { tables: Record<string, { model: { columns: { name: string }[]; tableRef: string } }> }).tables[
      "Организации"
    ].model;
    const [a, b] = [sheet.getCell("A1").value, sheet.getCell("B1").value];
    const [a2, b2] = [sheet.getCell("A2").value, sheet.getCell("B2").value];
    sheet.getCell("A1").value = b;
    sheet.getCell("B1").value = a;
    sheet.getCell("A2").value = b2;
    sheet.getCell("B2").value = a2;
    [table.columns[0], table.columns[1]] = [table.columns[1], table.columns[0]];
    sheet.getCell("I1").value = "Район";
    sheet.getCell("I2").value = "север";
    table.columns.push({ name: "Район" });
    table.tableRef = "A1:I2";
    const moved = await reopen(user);

    assert.equal(moved.workbook.worksheets[0].name, "Наши школы");
    const read = (await moved.readTables([ORGANISATIONS])).get("Организации")!;
    assert.deepEqual(read.missingColumns, []);
    assert.equal(read.rows[0].code, "ОО-1");
    assert.equal(read.rows[0].shortName, "Школа № 1");

    await upsert(moved, ORGANISATIONS, [
      { code: "ОО-1", shortName: "МБОУ СОШ № 1", email: "school1@example.ru" },
      { code: "ОО-2", shortName: "Школа № 2" },
    ]);
    const final = await reopen(moved);
    assert.deepEqual(await final.ensureTables([ORGANISATIONS]), [], "no duplicate table is created");
    const s = final.workbook.getWorksheet("Наши школы")!;
    assert.equal(s.getCell("A2").value, "МБОУ СОШ № 1", "short name written under its header");
    assert.equal(s.getCell("B3").value, "ОО-2");
    assert.equal(s.getCell("I2").value, "север", "the user's own column is untouched");
    assert.equal(final.workbook.worksheets.filter((w) => w.name.startsWith("Организации")).length, 0);
  });

  it("reports columns whose header the user deleted and does not write them", async () => {
    const port = FileWorkbookPort.create();
    await port.ensureTables([ORGANISATIONS]);
    const sheet = port.workbook.getWorksheet("Организации")!;
    sheet.getCell("H1").value = "Директор";
    const read = (await port.readTables([ORGANISATIONS])).get("Организации")!;
    assert.deepEqual(read.missingColumns, ["head"]);
    const plan = planUpsert(ORGANISATIONS, read.rows, [{ code: "ОО-1", head: "Иванова И.И." }], read.missingColumns);
    await port.writeTables([plan.write]);
    assert.equal(sheet.getCell("H2").value, null);
    assert.equal(sheet.getCell("A2").value, "ОО-1");
  });

  it("colours «Контроль» rows by mark and recolours them when the mark changes", async () => {
    const port = FileWorkbookPort.create();
    await port.ensureTables([CONTROL]);
    const rows = [
      { directiveKey: "Р/1", orgCode: "ОО-1", mark: "Просрочено" },
      { directiveKey: "Р/1", orgCode: "ОО-2", mark: "Выполнено в срок" },
      { directiveKey: "Р/1", orgCode: "ОО-3", mark: "На контроле" },
    ];
    await upsert(port, CONTROL, rows);
    let after = await reopen(port);
    const fill = (p: FileWorkbookPort, row: number) => {
      const f = p.workbook.getWorksheet("Контроль")!.getCell(row, 1).fill;
      return f?.type === "pattern" ? f.fgColor?.argb : undefined;
    };
    assert.equal(fill(after, 2), "FFF8CBAD");
    assert.equal(fill(after, 3), "FFC6EFCE");
    assert.equal(fill(after, 4), undefined);
    await upsert(after, CONTROL, [{ ...rows[0], mark: "Выполнено в срок" }]);
    after = await reopen(after);
    assert.equal(fill(after, 2), "FFC6EFCE");
  });

  it("writes a free-form summary sheet and replaces it in place", async () => {
    const port = FileWorkbookPort.create();
    await port.ensureTables([DOCUMENTS, JOURNAL]);
    const content = {
      name: "Сводка 2024-Q3",
      title: "Информация о ходе исполнения решений",
      blocks: [
        {
          title: "По организациям",
          headers: ["Организация", "Выполнено", "Доля", "Срок"],
          types: ["text", "integer", "percent", "date"] as ("text" | "integer" | "percent" | "date")[],
          rows: [["=Школа № 1", 3, 0.75, "2024-09-30"]] as (string | number | null)[][],
        },
      ],
    };
    await port.writeSheet(content);
    await port.writeSheet({ ...content, title: "Обновлено" });
    const after = await reopen(port);
    assert.deepEqual(
      after.workbook.worksheets.map((s) => s.name),
      ["Документы", "Журнал", "Сводка 2024-Q3"],
    );
    const s = after.workbook.getWorksheet("Сводка 2024-Q3")!;
    assert.equal(s.getCell("A1").value, "Обновлено");
    assert.equal(s.getCell("A5").value, "=Школа № 1");
    assert.equal(s.getCell("C5").numFmt, "0.0%");
    assert.ok(s.getCell("D5").value instanceof Date);
  });

  it("pushes a note the user wrote under a table down instead of overwriting it", async () => {
    const port = FileWorkbookPort.create();
    await port.ensureTables([JOURNAL]);
    const sheet = port.workbook.getWorksheet("Журнал")!;
    sheet.getCell("A3").value = "Заметка под таблицей";
    const write: TableWrite = planUpsert(JOURNAL, [], [
      { at: "2024-09-01T10:00", action: "Создание свода" },
      { at: "2024-09-01T10:05", action: "Импорт" },
    ]).write;
    await port.writeTables([write]);
    const after = await reopen(port);
    const s = after.workbook.getWorksheet("Журнал")!;
    assert.equal(s.getCell("B3").value, "Импорт");
    assert.equal(s.getCell("A4").value, "Заметка под таблицей");
    assert.match(tablePart(await after.save(), "Журнал"), /ref="A1:G3"/);
    assert.equal((await readRows(after, JOURNAL)).length, 2);
  });

  it("keeps a totals row the user added at the bottom of the table", async () => {
    const port = FileWorkbookPort.create();
    await port.ensureTables([JOURNAL]);
    const sheet = port.workbook.getWorksheet("Журнал")!;
    const model = (sheet as unknown as { tables: Record<string, { model: { totalsRow: boolean; tableRef: string } }> }).tables["Журнал"].model;
    model.totalsRow = true;
    model.tableRef = "A1:G3";
    sheet.getCell("A3").value = "Итого";
    const write = planUpsert(JOURNAL, [], [
      { at: "2024-09-01T10:00", action: "Создание свода" },
      { at: "2024-09-01T10:05", action: "Импорт" },
    ]).write;
    await port.writeTables([write]);
    const bytes = await port.save();
    const xml = tablePart(bytes, "Журнал");
    assert.match(xml, /ref="A1:G4"/);
    assert.match(xml, /<autoFilter ref="A1:G3"/);
    const after = await FileWorkbookPort.open(bytes);
    const s = after.workbook.getWorksheet("Журнал")!;
    assert.equal(s.getCell("A4").value, "Итого");
    assert.deepEqual(
      (await readRows(after, JOURNAL)).map((r) => r.action),
      ["Создание свода", "Импорт"],
    );
  });
});
