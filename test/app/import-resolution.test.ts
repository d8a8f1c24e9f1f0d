import assert from "node:assert/strict";
import { applyImport, applyImports, DocumentClashError, ImportError, importResolution, previewImport, previewImports } from "../../src/app/import-resolution";
import { createWorkbook } from "../../src/app/create-workbook";
import { addOrganisations } from "../../src/app/organisations";
import { MemoryPort } from "../support/memory-port";
import { TEST_ORGS } from "../support/orgs";
import { DECISION_5 } from "../support/decisions";

// A fictional resolution in the genre's style (not from the shared corpus).
const TEXT = `РЕЗОЛЮЦИЯ
августовской конференции педагогических работников Заречного района
28 августа 2024 года

Заслушав и обсудив доклад начальника управления образования, конференция РЕШИЛА:
1. Принять к сведению доклад начальника управления образования.
2. Руководителям общеобразовательных организаций:
2.1. Обеспечить охват обучающихся программами дополнительного образования до 80 %.
Срок: до 01.12.2024
2.2. Провести родительские собрания по вопросам профориентации.
Срок: постоянно.
3. МКУ «ИМЦ»:
3.1. Организовать методическое сопровождение молодых педагогов.
Срок: в течение 2024-2025 учебного года.
`;

async function fresh(): Promise<MemoryPort> {
  const port = new MemoryPort();
  await createWorkbook(port, "2024-09-02T10:00");
  await addOrganisations(port, TEST_ORGS, "2024-09-02T10:00");
  return port;
}

describe("app/import-resolution", () => {
  it("previews the directives without writing anything", async () => {
    const port = await fresh();
    const writes = port.calls.write;
    const preview = await previewImport(port, { text: TEXT, sourceName: "резолюция.txt" }, "2024-09-02T10:05");
    assert.ok(preview.plan.items.length >= 3);
    assert.ok(preview.addresseeChoices.organisations.some((o) => o.code === "ОО-01"));
    const group = (name: string) => preview.addresseeChoices.groups.find((g) => g.name === name);
    assert.deepEqual(group("все общеобразовательные организации")?.codes, ["ОО-01", "ОО-02"]);
    assert.deepEqual(group("школы города")?.codes, ["ОО-01", "ОО-02"], "groups from «Организации» too");
    assert.equal(port.calls.write, writes);
    assert.equal(port.rows("Поручения").length, 0);
  });

  it("fills Документы, Поручения and Адресаты, and a re-import changes nothing", async () => {
    const port = await fresh();
    const first = await importResolution(port, { text: TEXT, sourceName: "резолюция.txt" }, "2024-09-02T10:05");
    assert.ok(first.added >= 3);
    const directives = port.rows("Поручения");
    assert.equal(directives.length, first.added);
    assert.equal(port.rows("Документы").length, 1);
    assert.ok(port.rows("Адресаты").length >= 2);
    const school = directives.find((r) => String(r.text).startsWith("Обеспечить охват"))!;
    assert.equal(school.addressees, "ОО-01, ОО-02");
    assert.equal(school.controlDate, "2024-12-01");

    directives[0].note = "заметка методиста";
    directives[1].onControl = "нет";
    const snapshot = JSON.stringify(port.rows("Поручения"));
    const again = await importResolution(port, { text: TEXT, sourceName: "резолюция.txt" }, "2024-09-03T10:05");
    assert.equal(again.unchanged, true);
    assert.equal(JSON.stringify(port.rows("Поручения")), snapshot);
    assert.equal(port.rows("Документы").length, 1);
  });

  it("writes the deadline and the on-control flag as she corrected them in the preview; a re-import keeps them", async () => {
    const port = await fresh();
    const batch = await previewImports(port, { text: TEXT, sourceName: "резолюция.txt" }, "2024-09-02T10:05");
    const key = (starts: string) => batch.previews[0].plan.items.find((i) => i.text.startsWith(starts))!.key;
    const meeting = key("Провести родительские собрания");
    const coverage = key("Обеспечить охват");
    await applyImports(port, batch, "2024-09-02T10:05", undefined, {
      [meeting]: { controlDate: "2024-10-15" },
      [coverage]: { controlDate: "2024-12-20", onControl: false },
    });
    const row = (k: string) => port.rows("Поручения").find((r) => r.key === k)!;
    assert.equal(row(coverage).controlDate, "2024-12-20");
    assert.equal(row(coverage).onControl, "нет");
    assert.equal(row(meeting).controlDate, "2024-10-15");
    assert.equal(row(meeting).onControl, "да", "what she did not correct stays as read");

    const again = await importResolution(port, { text: TEXT, sourceName: "резолюция.txt" }, "2024-09-03T10:05");
    assert.equal(again.updated, 0, "the same text again is no change");
    assert.equal(row(coverage).controlDate, "2024-12-20");
  });

  it("refuses a text with no directives in Russian and writes nothing", async () => {
    const port = await fresh();
    await assert.rejects(
      () => previewImport(port, { text: "Просто письмо без поручений.", sourceName: "письмо.txt" }, "2024-09-02T10:05"),
      (e: Error) => e instanceof ImportError && /не найдено ни одного поручения/.test(e.message),
    );
  });

  it("creates missing tables when importing into a workbook that lacks them", async () => {
    const port = new MemoryPort();
    const preview = await previewImport(port, { text: TEXT, sourceName: "r.txt" }, "2024-09-02T10:05");
    const r = await applyImport(port, preview, "2024-09-02T10:06");
    assert.ok(r.added >= 3);
    assert.equal(port.rows("Поручения").length, r.added);
  });

  it("writes the methodologist's corrected mapping of a new executor phrase as confirmed", async () => {
    const port = await fresh();
    const preview = await previewImport(port, { text: TEXT, sourceName: "резолюция.txt" }, "2024-09-02T10:05");
    const decisions = preview.plan.newAddressees.map((m) =>
      m.phrase.startsWith("Руководителям") ? { ...m, group: "", codes: ["ОО-01"] } : m,
    );
    await applyImport(port, preview, "2024-09-02T10:06", decisions);
    const row = port.rows("Адресаты").find((r) => String(r.phrase).startsWith("Руководителям"))!;
    assert.equal(row.organisations, "ОО-01");
    assert.equal(row.confirmed, "да");
    const school = port.rows("Поручения").find((r) => String(r.text).startsWith("Обеспечить охват"))!;
    assert.equal(school.addressees, "ОО-01");
  });
});

// Two decisions of one meeting (28.08.2024), № 5 and № 6, and decisions that print no number.
const DECISION_6 = `РЕШЕНИЕ № 6
коллегии управления образования администрации Заречного района
от 28.08.2024
«О подготовке образовательных организаций к отопительному сезону»
Коллегия РЕШИЛА:
1. Руководителям общеобразовательных организаций обеспечить готовность котельных. Срок: до 15.09.2024.
2. Управлению образования провести проверку готовности. Срок: до 20.09.2024.
3. МКУ «ИМЦ» подготовить методические рекомендации. Срок: до 01.11.2024.
`;
const unnumbered = (topic: string, task: string) =>
  `РЕШЕНИЕ\nколлегии управления образования администрации Заречного района\nот 28.08.2024\n«${topic}»\nКоллегия РЕШИЛА:\n1. Руководителям общеобразовательных организаций ${task}. Срок: до 01.10.2024.\n`;

const byDoc = (port: MemoryPort, id: string) => port.rows("Поручения").filter((r) => r.documentId === id);
const snapshot = (rows: unknown[]) => JSON.parse(JSON.stringify(rows));

describe("app/import-resolution: documents that must not be confused", () => {
  it("imports decision № 6 of the same meeting beside № 5, leaving № 5's directives, notes and reports as they were", async () => {
    const port = await fresh();
    const five = await importResolution(port, { text: DECISION_5, sourceName: "решение5.txt" }, "2024-09-02T10:05");
    assert.equal(five.documentId, "Колл-2024-08-28-5");
    const key = "Колл-2024-08-28-5/1";
    port.rows("Поручения").find((r) => r.key === key)!.note = "Проверить на совещании директоров";
    port.rows("Отчёты").push({ directiveKey: key, orgCode: "ОО-01", period: "2024-Q3", status: "выполнено", whatDone: "Анализ проведён" });
    const before = { directives: snapshot(byDoc(port, "Колл-2024-08-28-5")), reports: snapshot(port.rows("Отчёты")) };

    const six = await importResolution(port, { text: DECISION_6, sourceName: "решение6.txt" }, "2024-09-02T10:10");
    assert.equal(six.documentId, "Колл-2024-08-28-6");
    assert.equal(six.added, 3);
    assert.equal(six.updated, 0);
    assert.equal(six.preview.plan.isUpdate, false);
    assert.deepEqual(byDoc(port, "Колл-2024-08-28-5"), before.directives, "№ 5's rows, with her note, are untouched");
    assert.deepEqual(port.rows("Отчёты"), before.reports, "the school's report still belongs to № 5's directive");
    assert.deepEqual(
      byDoc(port, "Колл-2024-08-28-6").map((r) => r.key),
      ["Колл-2024-08-28-6/1", "Колл-2024-08-28-6/2", "Колл-2024-08-28-6/3"],
    );
    assert.deepEqual(
      port.rows("Документы").map((r) => r.id),
      ["Колл-2024-08-28-5", "Колл-2024-08-28-6"],
    );
  });

  it("previews and imports a file holding both decisions as two documents under their own ids", async () => {
    const port = await fresh();
    const batch = await previewImports(port, { text: `${DECISION_5}\n${DECISION_6}`, sourceName: "решения.txt" }, "2024-09-02T10:05");
    assert.deepEqual(
      batch.previews.map((p) => [p.plan.documentId, p.plan.items.length]),
      [
        ["Колл-2024-08-28-5", 2],
        ["Колл-2024-08-28-6", 3],
      ],
    );
    await assert.rejects(() => previewImport(port, { text: `${DECISION_5}\n${DECISION_6}`, sourceName: "решения.txt" }, "2024-09-02T10:05"), /2 документа/);
    const results = await applyImports(port, batch, "2024-09-02T10:06");
    assert.deepEqual(
      results.map((r) => [r.documentId, r.added]),
      [
        ["Колл-2024-08-28-5", 2],
        ["Колл-2024-08-28-6", 3],
      ],
    );
    assert.equal(port.rows("Поручения").length, 5);
  });

  it("recognises a re-import of the same document with a re-typed title or without its date line: no new rows", async () => {
    const port = await fresh();
    await importResolution(port, { text: DECISION_5, sourceName: "решение5.txt" }, "2024-09-02T10:05");
    const retyped = DECISION_5.replace("«Об итогах государственной итоговой аттестации в 2024 году»", "«Об итогах ГИА-2024»");
    const again = await importResolution(port, { text: retyped, sourceName: "решение5-копия.txt" }, "2024-09-03T10:05");
    assert.equal(again.documentId, "Колл-2024-08-28-5");
    assert.equal(again.added, 0);
    const undated = await importResolution(port, { text: DECISION_5.replace("от 28.08.2024\n", ""), sourceName: "решение5.txt" }, "2024-09-03T10:06");
    assert.equal(undated.documentId, "Колл-2024-08-28-5", "recognised by its content, not filed under «Колл-2024-…» anew");
    assert.equal(undated.added, 0);
    assert.equal(port.rows("Поручения").length, 2);
    assert.equal(port.rows("Документы").length, 1);
  });

  it("keeps the id an older свод gave a numbered decision («Колл-2024-08-28»), and files № 6 apart", async () => {
    const port = await fresh();
    await importResolution(port, { text: DECISION_5, sourceName: "решение5.txt", documentId: "Колл-2024-08-28" }, "2024-09-02T10:05");
    port.rows("Документы")[0].contentPrint = null; // imported before documents had a print
    const again = await importResolution(port, { text: DECISION_5, sourceName: "решение5.txt" }, "2024-09-03T10:05");
    assert.equal(again.documentId, "Колл-2024-08-28");
    assert.equal(again.added, 0);
    const six = await importResolution(port, { text: DECISION_6, sourceName: "решение6.txt" }, "2024-09-03T10:06");
    assert.equal(six.documentId, "Колл-2024-08-28-6");
    assert.equal(byDoc(port, "Колл-2024-08-28").length, 2);
  });

  it("refuses, writing nothing, a different document that would get the id of one in the свод, until she chooses", async () => {
    const port = await fresh();
    await importResolution(port, { text: unnumbered("О питании обучающихся", "обеспечить контроль питания"), sourceName: "а.txt" }, "2024-09-02T10:05");
    const before = snapshot(port.rows("Поручения"));
    const writes = port.calls.write;
    const other = unnumbered("О безопасности дорожного движения", "провести месячник безопасности");
    const preview = await previewImport(port, { text: other, sourceName: "б.txt" }, "2024-09-02T10:06");
    assert.equal(preview.plan.clash?.id, "Колл-2024-08-28");
    assert.equal(preview.plan.clash?.distinctId, "Колл-2024-08-28-2");
    const refusal = await importResolution(port, { text: other, sourceName: "б.txt" }, "2024-09-02T10:06").then(
      () => null,
      (e: Error) => e,
    );
    assert.ok(refusal instanceof DocumentClashError);
    assert.match(refusal.message, /В своде уже есть другой документ с этим кодом: Колл-2024-08-28 \(«Решение коллегии .*О питании обучающихся.*» от 28\.08\.2024\)/);
    assert.match(refusal.message, /отдельным документом с кодом Колл-2024-08-28-2 или считать новой редакцией документа Колл-2024-08-28/);
    assert.equal(port.calls.write, writes, "nothing written");
    assert.deepEqual(port.rows("Поручения"), before);

    const apart = await importResolution(port, { text: other, sourceName: "б.txt", identity: "new" }, "2024-09-02T10:07");
    assert.equal(apart.documentId, "Колл-2024-08-28-2");
    assert.deepEqual(byDoc(port, "Колл-2024-08-28"), before, "the first document is untouched");
    const again = await importResolution(port, { text: other, sourceName: "б.txt" }, "2024-09-02T10:08");
    assert.equal(again.documentId, "Колл-2024-08-28-2", "a re-import finds it under its own id by its content");
    assert.equal(again.added, 0);
  });

  it("updates the document in the свод when she says the text is its new edition", async () => {
    const port = await fresh();
    await importResolution(port, { text: unnumbered("О питании обучающихся", "обеспечить контроль питания"), sourceName: "а.txt" }, "2024-09-02T10:05");
    const edition = unnumbered("О питании и безопасности обучающихся", "обеспечить контроль питания и безопасности");
    const r = await importResolution(port, { text: edition, sourceName: "а-ред2.txt", identity: "edition" }, "2024-09-03T10:05");
    assert.equal(r.documentId, "Колл-2024-08-28");
    assert.equal(r.preview.plan.isUpdate, true);
    assert.equal(r.updated, 1);
    assert.equal(port.rows("Документы").length, 1);
  });
});
