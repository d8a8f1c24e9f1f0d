// Hostile .docx files: each is refused with one Russian sentence naming the file, no slower
// than a small valid file is read, without inflating a bomb or expanding entities.
import assert from "node:assert/strict";
import { zipSync, strToU8, unzipSync } from "fflate";
import * as CFB from "cfb";
import { resolutionText, ResolutionFileError } from "../../src/formats/resolution-text";
import { listZipEntries } from "../../src/formats/zip-guard";
import { packDocx, para } from "../support/docx-corpus/pack-docx";
import { comparedWith, type Benign } from "../support/measured";

/** A small valid .docx, read in full: what a refusal is timed against. */
const ORDINARY = packDocx({ body: para("Коллегия РЕШИЛА:") + para("1. Провести мониторинг до 01.10.2024.") });

/**
 * Refused with one Russian line naming the file, and before reading the body: no slower than
 * reading a small valid .docx (inflating a bomb or expanding entities is hundreds of times slower).
 */
async function refusedFast(bytes: Uint8Array, name: string, pattern: RegExp, benign?: Benign): Promise<void> {
  await assert.rejects(resolutionText(bytes, name), (e: unknown) => {
    assert.ok(e instanceof ResolutionFileError, String(e));
    assert.match(e.message, pattern);
    assert.match(e.message, new RegExp(`^Файл «${name.replace(/\./g, "\\.")}»`));
    assert.ok(!e.message.includes("\n"), "one line");
    return true;
  });
  const ordinary = await ORDINARY;
  const { work, factor } = benign ?? { work: () => resolutionText(ordinary, "обычный.docx"), factor: 10 };
  await comparedWith(`${name} (${bytes.length} bytes)`, () => resolutionText(bytes, name).catch(() => undefined), work, factor);
}

const CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
const doc = (body: string) => `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;

/** Sets the inflated size an entry declares, in its local header and the central directory. */
function declareSize(zip: Uint8Array, entry: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const latin = new TextDecoder("latin1").decode(out);
  for (let at = latin.indexOf("PK\u0001\u0002"); at >= 0; at = latin.indexOf("PK\u0001\u0002", at + 1)) {
    const nameLen = view.getUint16(at + 28, true);
    if (latin.slice(at + 46, at + 46 + nameLen) !== entry) continue;
    view.setUint32(at + 24, size, true);
    view.setUint32(view.getUint32(at + 42, true) + 22, size, true);
  }
  return out;
}

describe("hostile .docx files", function () {
  this.timeout(20000);

  it("a zip bomb in document.xml is refused before it is inflated", async () => {
    const bomb = zipSync({ "[Content_Types].xml": strToU8(CONTENT_TYPES), "word/document.xml": new Uint8Array(64 * 1024 * 1024).fill(0x20) }, { level: 9 });
    await refusedFast(bomb, "бомба.docx", /слишком велик/);
    // the same bomb declaring a harmless 2 KB: stopped while inflating, at the ratio cap, in
    // less time than inflating it in full once (about a quarter)
    await refusedFast(declareSize(bomb, "word/document.xml", 2048), "бомба2.docx", /слишком велик/, { work: () => unzipSync(bomb), factor: 1 });
  });

  it("a document.xml that declares 100 MB is refused at once", async () => {
    const zip = zipSync({ "[Content_Types].xml": strToU8(CONTENT_TYPES), "word/document.xml": strToU8(doc(para("Текст"))) });
    await refusedFast(declareSize(zip, "word/document.xml", 100 * 1024 * 1024), "огромный.docx", /слишком велик/);
  });

  it("a DOCTYPE with entities (billion laughs) is refused, not expanded", async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "хахахахаха"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">' +
      '<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>' +
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&e;&e;&e;</w:t></w:r></w:p></w:body></w:document>';
    const zip = zipSync({ "[Content_Types].xml": strToU8(CONTENT_TYPES), "word/document.xml": strToU8(laughs) });
    await refusedFast(zip, "сущности.docx", /недопустимые XML-конструкции/);
    const inStyles = await packDocx({ body: para("Текст"), styles: "" , extra: { "word/styles.xml": '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>' } });
    await refusedFast(inStyles, "стили.docx", /недопустимые XML-конструкции/);
  });

  it("a package without document.xml is not a Word document", async () => {
    const zip = zipSync({ "[Content_Types].xml": strToU8(CONTENT_TYPES), "word/styles.xml": strToU8("<w:styles/>") });
    await refusedFast(zip, "пустой.docx", /не является документом Word/);
  });

  it("an old Word file (.doc, compound file) renamed .docx is sent back to Word", async () => {
    const cfb = CFB.utils.cfb_new();
    CFB.utils.cfb_add(cfb, "WordDocument", new Uint8Array(512).fill(1));
    const bytes = new Uint8Array(CFB.write(cfb, { type: "array" }) as number[]);
    await refusedFast(bytes, "старый.docx", /старом формате Word \(\.doc\).*сохраните как \.docx/);
  });

  it("a damaged archive and a truncated one are reported as damaged", async () => {
    const good = await packDocx({ body: para("Коллегия РЕШИЛА:") });
    await refusedFast(good.subarray(0, Math.floor(good.length * 0.7)), "обрезанный.docx", /повреждён/);
    // a flipped byte inside document.xml's compressed data
    const flipped = good.slice();
    const entry = listZipEntries(flipped).find((e) => e.name === "word/document.xml")!;
    const view = new DataView(flipped.buffer);
    flipped[entry.localOffset + 30 + view.getUint16(entry.localOffset + 26, true) + view.getUint16(entry.localOffset + 28, true) + 8] ^= 0xff;
    await refusedFast(flipped, "битый.docx", /повреждён/);
  });
});
