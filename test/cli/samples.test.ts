// The built-in samples (samples/): a fictional district and an August-conference resolution.
import assert from "node:assert/strict";
import { SAMPLE_ORGANISATIONS, loadSampleResolution } from "../../samples";

describe("built-in samples", () => {
  it("describe a district with schools, kindergartens, a УДО, the ИМЦ and the УО", () => {
    const codes = SAMPLE_ORGANISATIONS.map((o) => o.code);
    assert.equal(new Set(codes).size, codes.length, "codes are unique");
    const types = SAMPLE_ORGANISATIONS.map((o) => o.type);
    for (const t of ["ОО", "ДОО", "УДО", "МКУ", "УО"]) assert.ok(types.includes(t), `has ${t}`);
    assert.ok(SAMPLE_ORGANISATIONS.length >= 10);
    for (const o of SAMPLE_ORGANISATIONS) {
      assert.match(o.email, /^[a-z0-9.-]+@[a-z0-9.-]+$/, o.code);
      assert.ok(o.fullName.length > o.shortName.length, o.code);
      assert.match(o.head, /^[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+$/, o.code);
    }
    assert.ok(SAMPLE_ORGANISATIONS.filter((o) => o.groups.includes("общеобразовательные организации")).length >= 5);
  });

  it("include a resolution in the genre's shape: operative part, executor groups, deadlines, targets", async () => {
    const text = await loadSampleResolution();
    assert.match(text, /конференция РЕШИЛА:/);
    assert.match(text, /^1\. Управлению образования \(Петрова А\.В\.\):$/m);
    assert.match(text, /^3\. Руководителям общеобразовательных организаций:$/m);
    const items = text.match(/^\d+\.\d+\. /gm) ?? [];
    assert.ok(items.length >= 20, `${items.length} items`);
    for (const kind of [/Срок: до \d\d\.\d\d\.\d{4}\./, /Срок: постоянно\./, /Срок: в течение 2024-2025 учебного года\./, /Срок: ежеквартально до 5 числа/, /Срок: декабрь 2024 г\./])
      assert.match(text, kind);
    assert.match(text, /до 80 %/);
    assert.match(text, /принять к сведению/);
  });
});
