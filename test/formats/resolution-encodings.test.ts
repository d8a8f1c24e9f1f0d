// A .txt resolution in any encoding a Russian office produces reads as the same text and the same
// directives: UTF-8 and UTF-16 with or without BOM, windows-1251, KOI8-R and CP866 (which used
// to import as mojibake, or be refused as «не найдено ни одного поручения»). A text none of them
// reads as Russian is refused with an encoding message.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseResolution } from "../../src/core/parse";
import { resolutionText, ResolutionFileError } from "../../src/formats/resolution-text";
import { comparedWith } from "../support/measured";

/** An encoder built from TextDecoder's own table: decode all 256 bytes, invert the map. Unmapped characters become «?». */
function singleByteEncoder(encoding: string): { encode: (s: string) => Uint8Array; lossy: (s: string) => string } {
  const table = new Map<string, number>();
  const decoder = new TextDecoder(encoding);
  for (let b = 0; b < 256; b++) {
    const c = decoder.decode(new Uint8Array([b]));
    if (c !== "\ufffd" && !table.has(c)) table.set(c, b);
  }
  return {
    encode: (s) => Uint8Array.from([...s].map((c) => table.get(c) ?? 0x3f)),
    lossy: (s) => [...s].map((c) => (table.has(c) ? c : "?")).join(""),
  };
}

function utf16(s: string, order: "le" | "be", bom: boolean): Uint8Array {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const units = (bom ? "\ufeff" : "") + s;
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    out[2 * i + (order === "le" ? 0 : 1)] = u & 0xff;
    out[2 * i + (order === "le" ? 1 : 0)] = u >> 8;
  }
  return out;
}

const GENRE = join(__dirname, "../core/parse/genre");
const SHARED = join(__dirname, "../../../shared/corpus");
const texts = [GENRE, SHARED]
  .filter(existsSync)
  .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => ({ name: f, text: readFileSync(join(dir, f), "utf8") })))
  .filter((t) => !t.text.includes("\ufffd")) // the genre corpus keeps two files in their own encodings
  .map((t) => ({ ...t, text: t.text.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n") }));

describe("resolution text encodings", function () {
  this.timeout(30000);

  it("has real resolution texts to encode", () => assert.ok(texts.length >= 10, `${texts.length} texts`));

  for (const encoding of ["windows-1251", "koi8-r", "ibm866"]) {
    it(`reads ${encoding} as the same text and the same directives`, async () => {
      const { encode, lossy } = singleByteEncoder(encoding);
      for (const t of texts) {
        const expected = lossy(t.text);
        const got = await resolutionText(encode(t.text), t.name);
        assert.equal(got, expected, `${t.name} in ${encoding}`);
        assert.deepEqual(
          parseResolution(got).directives.map((d) => d.n),
          parseResolution(expected).directives.map((d) => d.n),
        );
      }
    });
  }

  it("reads UTF-8 and UTF-16 with and without a byte-order mark", async () => {
    for (const t of texts.slice(0, 8)) {
      assert.equal(await resolutionText(new TextEncoder().encode(t.text), t.name), t.text);
      assert.equal(await resolutionText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(t.text)]), t.name), t.text);
      for (const order of ["le", "be"] as const) {
        for (const bom of [true, false]) assert.equal(await resolutionText(utf16(t.text, order, bom), t.name), t.text, `${t.name} utf-16${order} bom=${bom}`);
      }
    }
  });

  it("reads a short KOI8-R and CP866 resolution into its directives", async () => {
    const text = "РЕШЕНИЕ коллегии\nКоллегия РЕШИЛА:\n1. Провести мониторинг качества образования до 01.10.2024.\n2. Обеспечить участие педагогов в конкурсе.";
    for (const encoding of ["koi8-r", "ibm866"]) {
      const doc = parseResolution(await resolutionText(singleByteEncoder(encoding).encode(text), "решение.txt"));
      assert.deepEqual(
        doc.directives.map((d) => d.text),
        ["Провести мониторинг качества образования до 01.10.2024.", "Обеспечить участие педагогов в конкурсе."],
        encoding,
      );
    }
  });

  it("refuses a text that is Russian in none of the encodings, saying so", async () => {
    const german = "Die Überprüfung der Maßnahmen für Schüler und Lehrer ist bis zum 01.10.2024 vorzulegen. Größere Änderungen müssen begründet werden.\n".repeat(10);
    const greek = "Η επιτροπή αποφάσισε να προχωρήσει στην υλοποίηση των μέτρων για την εκπαίδευση των μαθητών.\n".repeat(10);
    for (const [name, bytes] of [
      ["latin1.txt", singleByteEncoder("iso-8859-1").encode(german)],
      ["greek.txt", singleByteEncoder("windows-1253").encode(greek)],
    ] as const) {
      await assert.rejects(resolutionText(bytes, name), (e: unknown) => {
        assert.ok(e instanceof ResolutionFileError, String(e));
        assert.equal(
          e.message,
          `Файл «${name}» в неизвестной кодировке: текст не читается по-русски ни в UTF-8 или UTF-16, ни в Windows-1251, KOI8-R или CP866. Сохраните его как .txt в кодировке UTF-8.`,
        );
        return true;
      });
    }
  });
});

describe("resolution text size", () => {
  it("refuses a 20 MB text file before decoding it", async () => {
    const huge = new Uint8Array(20 * 2 ** 20).fill(0x41);
    await assert.rejects(resolutionText(huge, "огромный.txt"), (e: unknown) => {
      assert.ok(e instanceof ResolutionFileError);
      assert.equal(e.message, "Файл «огромный.txt» слишком большой для резолюции: 20 МБ текста. Проверьте, тот ли это файл.");
      return true;
    });
    // Before decoding: faster than reading a valid 1 MB text (decoding 20 MB would take ~20 times as long).
    const valid = new TextEncoder().encode("1. Руководителям ОО провести мониторинг до 01.10.2024.\n".repeat(12_000));
    assert.ok(valid.length > 2 ** 20);
    assert.match(await resolutionText(valid, "решение.txt"), /^1\. Руководителям ОО провести мониторинг до 01\.10\.2024\.\n/);
    await comparedWith("20 MB refused", () => resolutionText(huge, "огромный.txt").catch(() => undefined), () => resolutionText(valid, "решение.txt"), 2);
  });
});
