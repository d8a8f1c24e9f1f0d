import assert from "node:assert/strict";
import { zipSync, strToU8 } from "fflate";
import { sniffSpreadsheet } from "../../src/formats/spreadsheet-sniff";
import { readSpreadsheet } from "../../src/formats/ingest/read-spreadsheet";
import { FileRefusal } from "../../src/formats/ingest/refusal";
import { encryptedXlsxBytes, legacyXlsBytes } from "../support/report-files/altered";

function refusal(bytes: Uint8Array, name: string): FileRefusal {
  try {
    readSpreadsheet(bytes, name);
  } catch (e) {
    if (e instanceof FileRefusal) return e;
    throw e;
  }
  assert.fail("expected a refusal");
}

describe("spreadsheet-sniff", () => {
  it("tells each kind by its bytes, whatever the extension, with advice in Russian", () => {
    assert.equal(refusal(new Uint8Array(0), "a.xlsx").code, "empty");
    assert.equal(refusal(legacyXlsBytes(), "a.xlsx").message, "это файл старого формата .xls — откройте его в Excel и сохраните как .xlsx");
    assert.equal(refusal(legacyXlsBytes(true), "a.xls").code, "encrypted");
    assert.equal(refusal(encryptedXlsxBytes(), "a.xlsx").message, "файл защищён паролем — снимите пароль и пришлите снова");
    assert.equal(refusal(strToU8("<html><table><tr><td>1</td></tr></table></html>"), "a.xls").code, "not-xlsx");
    // an .ods is read now; one without its content.xml is damaged, an .ods template is still refused
    assert.equal(refusal(zipSync({ mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet") }), "a.xlsx").code, "corrupt");
    assert.equal(refusal(zipSync({ mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet-template") }), "a.ots").code, "ods");
    assert.equal(refusal(zipSync({ "xl/workbook.bin": new Uint8Array(4) }), "a.xlsx").code, "xlsb");
    assert.equal(refusal(zipSync({ "word/document.xml": strToU8("<w/>") }), "a.xlsx").code, "not-xlsx");
    assert.equal(refusal(strToU8("Attachment not found!"), "a.xls").code, "not-xlsx");
  });

  it("passes a CSV only when it is named as one", () => {
    assert.deepEqual(sniffSpreadsheet(strToU8("a;b\n1;2"), "r.csv"), { kind: "csv" });
    assert.equal(refusal(strToU8("a;b\n1;2"), "r.xlsx").code, "not-xlsx");
  });

  it("refuses a DOCTYPE in any part", () => {
    const pkg = zipSync({
      "[Content_Types].xml": strToU8("<Types/>"),
      "xl/sharedStrings.xml": strToU8('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><sst/>'),
    });
    assert.equal(refusal(pkg, "a.xlsx").code, "xml-entities");
  });
});
