// Applying an import reuses the preview's plan while the свод reads as it did then: the same
// rows end up in the свод as when planning again, and anything that changes the plan (an
// edited свод, a corrected mapping, another day) plans again once.
import assert from "node:assert/strict";
import { applyImport, previewImport, type ImportPreview } from "../../src/app/import-resolution";
import { createWorkbook } from "../../src/app/create-workbook";
import { addOrganisations } from "../../src/app/organisations";
import { ORGANISATIONS } from "../../src/core/workbook/schema";
import { MemoryPort } from "../support/memory-port";
import { TEST_ORGS } from "../support/orgs";

const TEXT = `РЕЗОЛЮЦИЯ
августовской конференции педагогических работников Заречного района
28 августа 2024 года

Заслушав и обсудив доклад начальника управления образования, конференция РЕШИЛА:
1. Руководителям общеобразовательных организаций:
1.1. Обеспечить охват обучающихся программами дополнительного образования до 80 %.
Срок: до 01.12.2024
1.2. Провести родительские собрания по вопросам профориентации.
Срок: постоянно.
2. МКУ «ИМЦ» организовать методическое сопровождение молодых педагогов.
Срок: в течение 2024-2025 учебного года.
`;

const PREVIEW_AT = "2024-09-02T10:05";
const APPLY_AT = "2024-09-02T10:06";

async function fresh(): Promise<MemoryPort> {
  const port = new MemoryPort();
  await createWorkbook(port, "2024-09-02T10:00");
  await addOrganisations(port, TEST_ORGS, "2024-09-02T10:00");
  return port;
}

async function previewed(): Promise<{ port: MemoryPort; preview: ImportPreview }> {
  const port = await fresh();
  return { port, preview: await previewImport(port, { text: TEXT, sourceName: "резолюция.txt" }, PREVIEW_AT) };
}

/** What the pane passes: the suggested mappings of new phrases, as she confirmed them. */
const confirmed = (p: ImportPreview) => p.plan.newAddressees.map((m) => ({ ...m }));

const snapshot = (port: MemoryPort) => JSON.stringify(["Документы", "Поручения", "Адресаты"].map((t) => port.rows(t)));

describe("an import planned once", () => {
  it("applies the preview's plan when the свод is as it was, writing what planning again would write", async () => {
    const reused = await previewed();
    assert.ok(reused.preview.plan.newAddressees.length > 0, "the text brings new executor phrases");
    const r = await applyImport(reused.port, reused.preview, APPLY_AT, confirmed(reused.preview));
    assert.equal(r.replanned, false);
    assert.equal(r.added, 3);

    const again = await previewed();
    const r2 = await applyImport(again.port, { ...again.preview, basis: undefined }, APPLY_AT, confirmed(again.preview));
    assert.equal(r2.replanned, true);
    assert.equal(snapshot(reused.port), snapshot(again.port));
    const phrases = reused.port.rows("Адресаты").filter((row) => row.confirmed === "да");
    assert.equal(phrases.length, reused.preview.plan.newAddressees.length, "every phrase she confirmed is written confirmed");
    const doc = reused.port.rows("Документы")[0];
    assert.equal(doc.importedAt, APPLY_AT, "the time of the write, not of the preview");
  });

  it("plans again when the свод changed after the preview", async () => {
    const { port, preview } = await previewed();
    port.tables.get(ORGANISATIONS.name)!.push({ code: "ОО-99", shortName: "СОШ № 99", type: "ОО" });
    const r = await applyImport(port, preview, APPLY_AT, confirmed(preview));
    assert.equal(r.replanned, true);
    const school = port.rows("Поручения").find((row) => String(row.text).startsWith("Обеспечить охват"))!;
    assert.match(String(school.addressees), /ОО-99/, "the new school is among the addressees of the group");
  });

  it("plans again when she corrected a mapping, or on another day", async () => {
    const corrected = await previewed();
    const decisions = corrected.preview.plan.newAddressees.map((m) => (m.phrase.startsWith("Руководителям") ? { ...m, group: "", codes: ["ОО-01"] } : m));
    assert.equal((await applyImport(corrected.port, corrected.preview, APPLY_AT, decisions)).replanned, true);
    const school = corrected.port.rows("Поручения").find((row) => String(row.text).startsWith("Обеспечить охват"))!;
    assert.equal(school.addressees, "ОО-01");

    const late = await previewed();
    assert.equal((await applyImport(late.port, late.preview, "2024-09-03T08:00", confirmed(late.preview))).replanned, true);
  });
});
