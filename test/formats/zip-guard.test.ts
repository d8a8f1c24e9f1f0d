import assert from "node:assert/strict";
import { zipSync, strToU8, unzipSync } from "fflate";
import { crc32, listZipEntries, unzipGuarded } from "../../src/formats/zip-guard";
import { FileRefusal } from "../../src/formats/ingest/refusal";
import { comparedWithSync } from "../support/measured";

const refusedAs = (fn: () => unknown, code: string) =>
  assert.throws(fn, (e: unknown) => e instanceof FileRefusal && e.code === code);

describe("zip-guard", () => {
  it("inflates a normal package and checks CRC-32", () => {
    const zip = zipSync({ "a.xml": strToU8("<a>привет</a>"), "b.txt": strToU8("x".repeat(1000)) });
    const parts = unzipGuarded(zip);
    assert.equal(new TextDecoder().decode(parts.get("a.xml")), "<a>привет</a>");
    assert.equal(parts.get("b.txt")!.length, 1000);
    assert.equal(crc32(strToU8("123456789")), 0xcbf43926);
  });

  it("refuses a damaged entry as corrupt (CRC mismatch)", () => {
    const zip = zipSync({ "a.xml": strToU8("<a>hello world hello world</a>") }, { level: 0 });
    const i = new TextDecoder("latin1").decode(zip).indexOf("hello");
    zip[i] ^= 1;
    refusedAs(() => unzipGuarded(zip), "corrupt");
  });

  it("refuses duplicate entry names and truncated archives", () => {
    const zip = zipSync({ "a.xml": strToU8("<a/>"), "b.xml": strToU8("<b/>") }, { level: 0 });
    const dup = zip.slice();
    const text = new TextDecoder("latin1").decode(dup);
    for (let at = text.indexOf("b.xml"); at >= 0; at = text.indexOf("b.xml", at + 1)) dup[at] = "a".charCodeAt(0);
    refusedAs(() => listZipEntries(dup), "corrupt");
    refusedAs(() => listZipEntries(zip.subarray(0, Math.floor(zip.length * 0.6))), "corrupt");
  });

  it("refuses a bomb quickly, before inflating it in full", () => {
    const bomb = zipSync({ "xl/worksheets/sheet1.xml": new Uint8Array(24 * 1024 * 1024).fill(32) }, { level: 9 });
    refusedAs(() => unzipGuarded(bomb), "zip-bomb");
    // in a fraction of the time inflating it in full takes: stopped once past the ratio cap
    comparedWithSync("24 MB bomb against inflating it", () => assert.throws(() => unzipGuarded(bomb)), () => unzipSync(bomb), 0.5);
  });

  it("refuses a bomb whose headers lie about its size", () => {
    const zip = zipSync({ "s.xml": new Uint8Array(16 * 1024 * 1024).fill(32) }, { level: 9 });
    const entries = listZipEntries(zip);
    // Rewrite the declared size in the central directory to 2 KB.
    const cd = new TextDecoder("latin1").decode(zip).lastIndexOf("PK\u0001\u0002");
    new DataView(zip.buffer, zip.byteOffset).setUint32(cd + 24, 2048, true);
    assert.equal(entries.length, 1);
    refusedAs(() => unzipGuarded(zip), "zip-bomb");
  });
});
