// Document prints are stored in своды («Служебное: отпечаток документа»): the print of a text
// must stay what earlier versions wrote, or every re-import would look like a new document.
import assert from "node:assert/strict";
import { hash64 } from "../../src/core/hash";

describe("core/hash: hash64", () => {
  it("gives the prints earlier versions stored", () => {
    assert.equal(hash64(""), "ztntfp0p76ayu");
    assert.equal(hash64("1.1\u0001провести семинар"), "bbpk6617n585o");
  });

  it("tells texts that differ in one letter apart", () => {
    assert.notEqual(hash64("провести семинар"), hash64("провести семинары"));
  });
});
