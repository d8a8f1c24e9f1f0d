// After an import the methodologist corrects «Адресаты»: the school files, the ingestion and
// the check follow, and the check writes the new organisations into «Поручения» in its one write.
import assert from "node:assert/strict";
import { runCheck } from "../../src/app/check";
import { createWorkbook } from "../../src/app/create-workbook";
import { importResolution } from "../../src/app/import-resolution";
import { addOrganisations } from "../../src/app/organisations";
import { makeReportFiles } from "../../src/app/report-templates";
import { MemoryPort } from "../support/memory-port";
import { TEST_ORGS } from "../support/orgs";

const TEXT = `РЕЗОЛЮЦИЯ
августовской конференции Заречного района
28 августа 2024 года
Конференция РЕШИЛА:
1. Руководителям общеобразовательных организаций:
1.1. Провести педагогические советы по итогам оценочных процедур.
Срок: до 01.12.2024
`;

describe("app: directives follow «Адресаты»", () => {
  it("a phrase mapped anew after the import reaches school files, the check and «Поручения»", async () => {
    const port = new MemoryPort();
    await createWorkbook(port, "2024-09-02T10:00");
    await addOrganisations(port, TEST_ORGS, "2024-09-02T10:00");
    await importResolution(port, { text: TEXT, sourceName: "р.txt" }, "2024-09-02T10:05");
    assert.equal(port.rows("Поручения")[0].addressees, "ОО-01, ОО-02");

    // She decides the phrase means only one school.
    const mapping = port.rows("Адресаты").find((r) => String(r.phrase).startsWith("Руководителям"))!;
    Object.assign(mapping, { organisations: "ОО-02", group: "", confirmed: "да" });

    const files = await makeReportFiles(port, "2024-Q4", "2024-10-01T09:00");
    assert.deepEqual(files.files.map((f) => f.orgCode), ["ОО-02"]);

    const writes = port.calls.write;
    const result = await runCheck(port, "2024-12-31", "2024-12-31T10:00");
    assert.equal(port.calls.write, writes + 1, "one write for the whole check");
    assert.equal(result.addresseesRefreshed, 1);
    assert.equal(port.rows("Поручения")[0].addressees, "ОО-02");
    assert.deepEqual(port.rows("Контроль").filter((r) => r.mark !== "Не актуально").map((r) => r.orgCode), ["ОО-02"]);
  });
});
