// Hostile files a methodologist may pick by mistake. Each gives either a parsed document (possibly
// with no directives and a warning) or a ResolutionFileError with a one-line Russian message;
// the CLI turns the latter into stderr and exit code 1, never a stack trace or a hang.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, Packer, Paragraph } from "docx";
import { resolutionText, ResolutionFileError } from "../../src/formats/resolution-text";
import { parseResolution } from "../../src/core/parse";
import { comparedWith } from "../support/measured";

const utf8 = (s: string) => new TextEncoder().encode(s);
const oneLineRussian = (e: unknown) => e instanceof ResolutionFileError && /[а-яё]/i.test(e.message) && !e.message.includes("\n");

async function parseFile(bytes: Uint8Array, name: string) {
  return parseResolution(await resolutionText(bytes, name));
}

describe("hostile resolution files", function () {
  this.timeout(30000);

  it("refuses empty, binary, truncated PDF and RTF and broken .docx files with a one-line Russian message", async () => {
    const random = new Uint8Array(20000).map((_, i) => (i * 7919 + 13) % 256);
    const cases: [Uint8Array, string][] = [
      [new Uint8Array(), "пусто.txt"],
      [random, "мусор.txt"],
      [utf8("%PDF-1.7\n1 0 obj"), "решение.txt"],
      [utf8("{\\rtf1\\ansi {Решение}"), "решение.txt"],
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9]), "решение.docx"],
    ];
    for (const [bytes, name] of cases) await assert.rejects(resolutionText(bytes, name), oneLineRussian, name);
  });

  it("gives no directives and a warning for a whitespace-only text", async () => {
    const doc = await parseFile(utf8("  \n\t\n   "), "пробелы.txt");
    assert.equal(doc.directives.length, 0);
    assert.ok(doc.warnings.some((w) => /Пункты решения не найдены/.test(w)));
  });

  it("reads a web page renamed .txt as text, with its numbered list", async () => {
    const html = "<html><head><style>p{}</style></head><body><h1>Решение коллегии</h1><p>Коллегия РЕШИЛА:</p><ol><li>Руководителям&nbsp;ОО провести мониторинг до 01.10.2024.</li><li>Принять к сведению.</li></ol></body></html>";
    const doc = await parseFile(utf8(html), "страница.txt");
    assert.deepEqual(doc.directives.map((d) => d.n), ["1", "2"]);
    assert.deepEqual(doc.directives[0].executors, ["Руководителям ОО"]);
    assert.equal(doc.directives[0].deadline.due, "2024-10-01");
  });

  it("reads UTF-16 text saved without a byte-order mark", async () => {
    const text = "Коллегия РЕШИЛА:\r\n1. Руководителям ОО провести мониторинг. Срок: до 01.10.2024\r\n";
    const le = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      le[2 * i] = text.charCodeAt(i) & 0xff;
      le[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    const doc = await parseFile(le, "utf16.txt");
    assert.equal(doc.directives[0].deadline.due, "2024-10-01");
  });

  it("reads a .docx typed without Word numbering", async () => {
    const bytes = new Uint8Array(
      await Packer.toBuffer(new Document({ sections: [{ children: ["РЕШЕНИЕ коллегии", "Коллегия РЕШИЛА:", "Руководителям ОО:", "- провести мониторинг до 01.10.2024;", "- обеспечить участие в конкурсе."].map((t) => new Paragraph(t)) }] })),
    );
    const doc = await parseFile(bytes, "без-нумерации.docx");
    assert.deepEqual(doc.directives.map((d) => d.n), ["1", "2"]);
    assert.deepEqual(doc.directives[1].executors, ["Руководителям ОО"]);
  });

  it("refuses a 5 MB text at once, and numbering past 999 instead of gluing the rest to item 999", async () => {
    let body = "Коллегия РЕШИЛА:\n";
    for (let i = 1; body.length < 5 * 1024 * 1024; i++) body += `${i}. Руководителям ОО обеспечить выполнение плана мероприятий до 01.10.2024; продолжить работу.\n`;
    await assert.rejects(parseFile(utf8(body), "большой.txt"), /^ResolutionRefusal: Текст слишком длинный для решения: 5 24\d \d{3} знаков/);
    const thousand = body.slice(0, body.indexOf("\n1002. "));
    await assert.rejects(parseFile(utf8(thousand), "тысяча.txt"), /Нумерация пунктов доходит до 1000/);
    // Timed against reading the first 500 items, a valid decision: the 5 MB text is refused by
    // its length, before any rule runs, and the thousand items in one pass, not item by item.
    const five = body.slice(0, body.indexOf("\n501. ") + 1);
    assert.equal((await parseFile(utf8(five), "пятьсот.txt")).directives.length, 500);
    const [bodyBytes, thousandBytes, fiveBytes] = [body, thousand, five].map(utf8);
    const readFive = () => parseFile(fiveBytes, "пятьсот.txt");
    await comparedWith("5 MB refused", () => parseFile(bodyBytes, "большой.txt").catch(() => undefined), readFive, 10);
    await comparedWith("1001 items refused", () => parseFile(thousandBytes, "тысяча.txt").catch(() => undefined), readFive, 10);
  });

  it("the CLI answers JSON for text and a one-line error with exit code 1 for a broken file", () => {
    const dir = mkdtempSync(join(tmpdir(), "svodka-hostile-"));
    writeFileSync(join(dir, "пробелы.txt"), "   \n");
    writeFileSync(join(dir, "битый.docx"), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    const run = (file: string) => spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "parse", join(dir, file), "--json"], { encoding: "utf8", timeout: 20000 });
    const ok = run("пробелы.txt");
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(JSON.parse(ok.stdout).directives.length, 0);
    const bad = run("битый.docx");
    assert.equal(bad.status, 1);
    assert.equal(bad.stdout, "");
    assert.match(bad.stderr.trim(), /^Файл «битый\.docx» повреждён[^\n]*$/);
  });
});
