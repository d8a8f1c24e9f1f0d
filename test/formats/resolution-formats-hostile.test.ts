// Hostile .odt, .rtf, .pdf and .doc files: each refused with one Russian sentence naming the
// file, no slower than a small valid file of its format is read, never a crash or a hang. The
// PDFs are written by hand: a scan (an image and no text), one of 400 pages, one whose content
// stream inflates to 64 MB of nothing.
import assert from "node:assert/strict";
import { deflateSync } from "node:zlib";
import * as CFB from "cfb";
import { zipSync, strToU8, unzlibSync } from "fflate";
import { readResolutionFile, ResolutionFileError } from "../../src/formats/resolution-text";
import { MAX_PDF_PAGES, SCANNED_PDF } from "../../src/formats/resolution/pdf-text";
import { comparedWith } from "../support/measured";

const latin1 = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0) & 0xff));

/** A PDF with the given objects (1: catalog, 2: pages …), its xref table computed. */
function pdf(objects: (string | Uint8Array)[]): Uint8Array {
  const parts: Uint8Array[] = [latin1("%PDF-1.4\n")];
  const offsets: number[] = [];
  let at = parts[0].length;
  objects.forEach((o, i) => {
    const body = typeof o === "string" ? latin1(o) : o;
    const head = latin1(`${i + 1} 0 obj\n`);
    const tail = latin1("\nendobj\n");
    offsets.push(at);
    parts.push(head, body, tail);
    at += head.length + body.length + tail.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`;
  parts.push(latin1(xref));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let k = 0;
  for (const p of parts) {
    out.set(p, k);
    k += p.length;
  }
  return out;
}

function stream(dict: string, data: Uint8Array): Uint8Array {
  const head = latin1(`<< ${dict} /Length ${data.length} >>\nstream\n`);
  const tail = latin1("\nendstream");
  const out = new Uint8Array(head.length + data.length + tail.length);
  out.set(head);
  out.set(data, head.length);
  out.set(tail, head.length + data.length);
  return out;
}

const PAGE = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 3 0 R >>";

/** Small valid files of each format, read in full: what a refusal is timed against. */
const BENIGN: Record<string, [Uint8Array, string, string]> = {
  pdf: [
    pdf([
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
      stream("", latin1("BT /F1 12 Tf 72 760 Td (1. Provesti monitoring do 01.10.2024.) Tj ET")),
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 3 0 R >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]),
    "обычный.pdf",
    "1. Provesti monitoring do 01.10.2024.",
  ],
  // 500 paragraphs (28 KB): long enough to time, where one paragraph takes microseconds
  rtf: [latin1(`{\\rtf1\\ansi\\ansicpg1251{\\fonttbl{\\f0 Times;}}\\f0 \\'d0\\'c5\\'d8\\'c5\\'cd\\'c8\\'c5\\par ${"1. \\'cf\\'f0\\'ee\\'e2\\'e5\\'f1\\'f2\\'e8 monitoring\\par ".repeat(500)}}`), "обычный.rtf", "РЕШЕНИЕ\n1. Провести monitoring\n1."],
  odt: [
    zipSync({
      mimetype: [strToU8("application/vnd.oasis.opendocument.text"), { level: 0 }],
      "content.xml": strToU8(
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text><text:p>РЕШЕНИЕ</text:p><text:p>1. Провести</text:p></office:text></office:body></office:document-content>',
      ),
    }),
    "обычный.odt",
    "РЕШЕНИЕ\n1. Провести",
  ],
};
// an RTF saved as .doc (Word opens it as such) is the small valid «.doc»
BENIGN.doc = [BENIGN.rtf[0], "обычный.doc", BENIGN.rtf[2]];

/** Reads each benign file once, checking it reads: a comparison with a failed read would mean nothing. */
async function benignReads(): Promise<void> {
  for (const [bytes, name, start] of Object.values(BENIGN)) assert.ok((await readResolutionFile(bytes, name)).text.startsWith(start), name);
}

/**
 * Refused with one Russian line naming the file, and no slower than reading a small valid file of
 * the same format (a hang, a recursion or a bomb inflated in full is orders of magnitude slower).
 */
async function refusedFast(bytes: Uint8Array, name: string, message: RegExp, benign?: { bytes: Uint8Array; factor: number }): Promise<void> {
  await assert.rejects(readResolutionFile(bytes, name), (e: unknown) => {
    assert.ok(e instanceof ResolutionFileError, `${name}: ${String(e)}`);
    assert.match(e.message, new RegExp(`«${name.replace(/\./g, "\\.")}»`));
    assert.match(e.message, message);
    assert.doesNotMatch(e.message, /\n/);
    return true;
  });
  const [small, benignName] = BENIGN[name.slice(name.lastIndexOf(".") + 1)];
  await comparedWith(`${name} (${bytes.length} bytes)`, () => readResolutionFile(bytes, name).catch(() => undefined), () => readResolutionFile(benign?.bytes ?? small, benignName), benign?.factor ?? 10);
}

describe("hostile .odt, .rtf, .pdf and .doc resolution files", function () {
  this.timeout(30000);

  before(async () => {
    // pdf.js is loaded once (about a second): the timings below are of reading, not of loading
    await readResolutionFile(pdf(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"]), "пустой.pdf").catch(() => undefined);
    await benignReads();
  });

  it("a scanned PDF (an image, no text) is sent to be recognised or asked for as Word", async () => {
    const pixels = deflateSync(new Uint8Array(100 * 100).fill(200));
    const scan = pdf([
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
      stream("", latin1("q 500 0 0 700 40 60 cm /Im1 Do Q")),
      stream("/Type /XObject /Subtype /Image /Width 100 /Height 100 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode", pixels),
      PAGE,
    ]);
    await refusedFast(scan, "скан.pdf", new RegExp(SCANNED_PDF));
    assert.match(SCANNED_PDF, /^в PDF нет текста — это скан: распознайте его или попросите файл Word$/);
  });

  it("a PDF of more pages than a resolution has is refused before its pages are read", async () => {
    const n = 400;
    const kids = Array.from({ length: n }, (_, i) => `${i + 4} 0 R`).join(" ");
    const page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>";
    const bytes = pdf(["<< /Type /Catalog /Pages 2 0 R >>", `<< /Type /Pages /Kids [${kids}] /Count ${n} >>`, stream("", latin1("")), ...Array<string>(n).fill(page)]);
    // compared with reading a PDF of as many pages as may be read, each with its own line of text
    const withText = (pages: number) => {
      const refs = Array.from({ length: pages }, (_, i) => `${i + 4} 0 R`).join(" ");
      const textPage = (i: number) => `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${i + 4 + pages} 0 R >>`;
      return pdf([
        "<< /Type /Catalog /Pages 2 0 R >>",
        `<< /Type /Pages /Kids [${refs}] /Count ${pages} >>`,
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ...Array.from({ length: pages }, (_, i) => textPage(i)),
        ...Array.from({ length: pages }, (_, i) => stream("", latin1(`BT /F1 12 Tf 72 760 Td (${i + 1}. Provesti monitoring) Tj ET`))),
      ]);
    };
    const read = withText(MAX_PDF_PAGES);
    assert.match((await readResolutionFile(read, "план.pdf")).text, new RegExp(`^1\\. Provesti monitoring\\n[^]*\\n${MAX_PDF_PAGES}\\. Provesti monitoring$`));
    // before its pages are read: in a fraction of the time 300 pages take (reading 400 would take longer)
    await refusedFast(bytes, "сборник.pdf", /в PDF 400 страниц/, { bytes: read, factor: 0.5 });
  });

  it("a PDF whose content stream inflates to 64 MB of spaces gives no text and is refused", async () => {
    const bomb = deflateSync(new Uint8Array(64 * 1024 * 1024).fill(0x20), { level: 9 });
    const bytes = pdf(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [5 0 R] /Count 1 >>", stream("/Filter /FlateDecode", bomb), "null", PAGE.replace(" /XObject << /Im1 4 0 R >>", "")]);
    await assert.rejects(readResolutionFile(bytes, "бомба.pdf"), (e: unknown) => {
      assert.ok(e instanceof ResolutionFileError, String(e));
      assert.match(e.message, /^Файл «бомба\.pdf»/);
      assert.doesNotMatch(e.message, /\n/);
      return true;
    });
    // pdf.js inflates the stream and finds no text in it: about twice the time of inflating it
    // once in JavaScript (fflate), never a pass per character or a loop over the 64 MB.
    await comparedWith("64 MB stream against inflating it", () => readResolutionFile(bytes, "бомба.pdf").catch(() => undefined), () => unzlibSync(bomb), 20);
  });

  it("truncated files of each format are damaged", async () => {
    await refusedFast(latin1("%PDF-1.7\n1 0 obj\n<< /Type /Cat"), "обрезан.pdf", /повреждён|нет текста/);
    await refusedFast(latin1("{\\rtf1\\ansi\\ansicpg1251 {\\b \\'d0\\'e5\\'f8\\'e5\\'ed\\'e8\\'e5}\\par 1. \\'cf\\'f0\\'ee"), "обрезан.rtf", /повреждён.*оборван/);
    const odt = zipSync({ mimetype: [strToU8("application/vnd.oasis.opendocument.text"), { level: 0 }], "content.xml": strToU8("<office:document-content>".padEnd(4000, " ")) });
    await refusedFast(odt.subarray(0, Math.floor(odt.length * 0.6)), "обрезан.odt", /повреждён/);
    const cfb = CFB.utils.cfb_new();
    CFB.utils.cfb_add(cfb, "WordDocument", new Uint8Array(4096).fill(1));
    const doc = new Uint8Array(CFB.write(cfb, { type: "array" }) as number[]);
    await refusedFast(doc.subarray(0, 1500), "обрезан.doc", /\.doc.*повреждён|повреждён/);
    await refusedFast(doc, "чужой.doc", /старом формате Word \(\.doc\).*сохраните как \.docx/);
  });

  it("wrong bytes behind the extension are named for what they are not", async () => {
    const text = latin1("just some text, not a document at all");
    await refusedFast(text, "решение.pdf", /назван \.pdf, но это не PDF/);
    await refusedFast(text, "решение.rtf", /назван \.rtf, но это не RTF/);
    await refusedFast(text, "решение.odt", /назван \.odt, но это не документ OpenDocument/);
    await refusedFast(text, "решение.doc", /назван \.doc, но это не документ Word 97–2003/);
  });

  it("an RTF nested 100 000 groups deep is refused, not recursed into", async () => {
    const deep = latin1(`{\\rtf1\\ansi ${"{".repeat(100_000)}x${"}".repeat(100_001)}`);
    // compared with a flat RTF of the same size, read in full
    const flat = latin1(`{\\rtf1\\ansi ${"{x}".repeat(66_666)}}`);
    assert.equal((await readResolutionFile(flat, "плоский.rtf")).text.length, 66_666);
    await refusedFast(deep, "вложенный.rtf", /вложены глубже 256/, { bytes: flat, factor: 10 });
  });

  it("reads what a file of another format renamed still is: an RTF saved as .doc, a text PDF", async () => {
    const rtf = latin1("{\\rtf1\\ansi\\ansicpg1251{\\fonttbl{\\f0 Times;}}{\\*\\generator x;}\\f0 \\'d0\\'c5\\'d8\\'c5\\'cd\\'c8\\'c5\\par {\\pntext 1.\\tab}\\u1055?\\u1088?\\par}");
    assert.equal((await readResolutionFile(rtf, "решение.doc")).text, "РЕШЕНИЕ\n1.\tПр");
  });
});
