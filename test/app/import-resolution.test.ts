import assert from "node:assert/strict";
import { applyImport, ImportError, importResolution, previewImport } from "../../src/app/import-resolution";
import { createWorkbook } from "../../src/app/create-workbook";
import { addOrganisations } from "../../src/app/organisations";
import { MemoryPort } from "../support/memory-port";
import { TEST_ORGS } from "../support/orgs";

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
