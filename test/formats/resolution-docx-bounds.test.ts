// Word numbering past Word's own limits: a 2 KB .docx whose list starts at 10^15 in Roman
// numerals used to run the process out of memory. Each such file is refused quickly with one
// Russian sentence that names the file and what is wrong; numbers within the limits still print.
import assert from "node:assert/strict";
import { resolutionText, ResolutionFileError } from "../../src/formats/resolution-text";
import { packDocx, para } from "../support/docx-corpus/pack-docx";
import { comparedWith } from "../support/measured";

const level = (ilvl: number | string, start: string, fmt: string, text = "%1.") =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const numbering = (levels: string, numExtra = "") => `<w:abstractNum w:abstractNumId="1">${levels}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/>${numExtra}</w:num>`;

/** A small valid .docx with an ordinary list, read in full: what a refusal is timed against. */
const ordinaryDocx = () => packDocx({ body: para("Провести мониторинг", [1, 0]), numbering: numbering(level(0, "1", "decimal")) });

async function refused(bytes: Uint8Array, name: string, pattern: RegExp): Promise<void> {
  const rss0 = process.memoryUsage().rss;
  await assert.rejects(resolutionText(bytes, name), (e: unknown) => {
    assert.ok(e instanceof ResolutionFileError, String(e));
    assert.match(e.message, new RegExp(`^Файл «${name.replace(/\./g, "\\.")}» повреждён или составлен не в Word: `));
    assert.match(e.message, pattern);
    return true;
  });
  const mb = (process.memoryUsage().rss - rss0) / 2 ** 20;
  assert.ok(mb < 200, `${name}: +${mb.toFixed(0)} MB`);
  // Refused at the numbering, never by counting up to the claimed value: no slower than
  // reading a valid file of the same size (a count to 10^15 would never end).
  const ordinary = await ordinaryDocx();
  await comparedWith(`${name} (${bytes.length} bytes, +${Math.max(0, mb).toFixed(0)} MB)`, () => resolutionText(bytes, name).catch(() => undefined), () => resolutionText(ordinary, "обычный.docx"), 10);
}

describe(".docx numbering bounds", () => {
  it("refuses a list that starts at 10^15 in Roman numerals, naming the value", async () => {
    const bytes = await packDocx({ body: para("Провести мониторинг", [1, 0]), numbering: numbering(level(0, "1000000000000000", "upperRoman")) });
    assert.ok(bytes.length < 3000);
    await refused(bytes, "римская.docx", /нумерация списка начинается с 1000000000000000, а Word допускает номера от 0 до 32 767/);
  });

  it("refuses a start override past 32767 and a negative start", async () => {
    const over = await packDocx({
      body: para("Провести мониторинг", [1, 0]),
      numbering: numbering(level(0, "1", "decimal"), '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="99999999"/></w:lvlOverride>'),
    });
    await refused(over, "перезапуск.docx", /начинается с 99999999/);
    const negative = await packDocx({ body: para("Провести", [1, 0]), numbering: numbering(level(0, "-5", "lowerLetter")) });
    await refused(negative, "минус.docx", /начинается с -5/);
  });

  it("refuses list levels outside 0–8, in the definition or in a paragraph", async () => {
    const defined = await packDocx({ body: para("Провести", [1, 0]), numbering: numbering(level(0, "1", "decimal") + level(4000000, "1", "decimal")) });
    await refused(defined, "уровень.docx", /уровень списка 4000000, а в Word у списка девять уровней \(0–8\)/);
    const used = await packDocx({ body: para("Провести", [1, 12]), numbering: numbering(level(0, "1", "decimal")) });
    await refused(used, "абзац.docx", /уровень списка 12/);
  });

  it("refuses a label template of thousands of characters", async () => {
    const bytes = await packDocx({ body: para("Провести", [1, 0]), numbering: numbering(level(0, "1", "upperRoman", "%1.".repeat(2000))) });
    await refused(bytes, "образец.docx", /образец номера списка длиной 6000 знаков/);
  });

  it("prints numbers within the limits as Word does, and in digits where a numeral would be a run of letters", async () => {
    const roman = await packDocx({
      body: ["Первый", "Второй", "Третий"].map((t) => para(t, [1, 0])).join(""),
      numbering: numbering(level(0, "3998", "upperRoman")),
    });
    assert.deepEqual((await resolutionText(roman, "р.docx")).split("\n"), ["MMMCMXCVIII.\tПервый", "MMMCMXCIX.\tВторой", "4000.\tТретий"]);
    const letters = await packDocx({ body: para("Пункт", [1, 0]) + para("Ещё", [1, 0]), numbering: numbering(level(0, "32767", "russianLower", "%1)")) });
    assert.deepEqual((await resolutionText(letters, "б.docx")).split("\n"), ["32767)\tПункт", "32768)\tЕщё"]);
    const ordinary = await packDocx({ body: para("Пункт", [1, 0]), numbering: numbering(level(0, "29", "russianLower", "%1)")) });
    assert.equal(await resolutionText(ordinary, "в.docx"), "аа)\tПункт");
  });
});

describe(".docx with damaged XML", () => {
  it("refuses 700 KB of unclosed paragraphs at the first one, naming the part", async () => {
    const body = "<w:p><w:r><w:t>Провести мониторинг</w:t></w:r>".repeat(15_000);
    const bytes = await packDocx({ body });
    await assert.rejects(resolutionText(bytes, "обрыв.docx"), (e: unknown) => {
      assert.ok(e instanceof ResolutionFileError);
      assert.equal(e.message, "Файл «обрыв.docx» повреждён: в части document.xml не закрыт тег <w:p>. Откройте его в Word и сохраните заново.");
      return true;
    });
    // Refused in one pass: no slower than reading the same paragraphs closed (a rescan per
    // paragraph would be thousands of times slower).
    const closed = await packDocx({ body: "<w:p><w:r><w:t>Провести мониторинг</w:t></w:r></w:p>".repeat(15_000) });
    assert.equal((await resolutionText(closed, "целый.docx")).split("\n").length, 15_000);
    await comparedWith("15 000 unclosed <w:p>", () => resolutionText(bytes, "обрыв.docx").catch(() => undefined), () => resolutionText(closed, "целый.docx"), 5);
  });
});
