// How a letter names the resolution it is about: the import writes «Дата принятия» as the
// document did (ДД.ММ.ГГГГ), older своды hold ISO; both give «… от ДД.ММ.ГГГГ».
import assert from "node:assert/strict";
import { documentGenitive } from "../../../src/core/letters/wording";

describe("core/letters/wording: documentGenitive", () => {
  const conference = { kind: "резолюция конференции", title: "Резолюция августовской конференции" };

  it("dates the resolution from «Дата принятия» written as ДД.ММ.ГГГГ", () => {
    assert.equal(documentGenitive({ ...conference, date: "28.08.2024" }), "резолюции конференции от 28.08.2024");
  });

  it("dates it from an ISO date too", () => {
    assert.equal(documentGenitive({ ...conference, date: "2024-08-28" }), "резолюции конференции от 28.08.2024");
  });

  it("says no date where the cell holds a year alone or something that is not a date", () => {
    assert.equal(documentGenitive({ ...conference, date: "2024" }), "резолюции конференции");
    assert.equal(documentGenitive({ ...conference, date: "31.02.2024" }), "резолюции конференции");
  });
});
