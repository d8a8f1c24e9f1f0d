// Turns a resolution file into plain text for the parser. The format is told by the bytes
// (an .rtf saved as .doc is read as RTF), the extension only names what was expected:
// .txt in UTF-8, UTF-16 or a Cyrillic 8-bit code page (detected); .docx and .odt (paragraphs
// with automatic numbering written out, tables row by row); .rtf; .doc (Word 97); .pdf (its
// text layer; pdf.js is loaded only when such a file is read). Unreadable files raise ResolutionFileError
// with a Russian message; what the reader could not recover is said in `warnings`.
import { docText } from "./resolution/doc-text";
import { docxText } from "./resolution/docx-text";
import { ResolutionFileError } from "./resolution/errors";
import { decodeText } from "./resolution/decode-text";
import { isOdtZip, odtText } from "./resolution/odt-text";
import { pdfText } from "./resolution/pdf-text";
import { isRtf, rtfText } from "./resolution/rtf-text";
import { MAX_TEXT_CHARS } from "../core/parse/bounds";

export { ResolutionFileError } from "./resolution/errors";

export interface ResolutionFileText {
  text: string;
  /** Russian sentences for the preview: what the file could not carry (a .doc's list numbers). */
  warnings: string[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** A PDF's header may follow up to 1 KB of junk (as readers allow). */
function isPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return head.includes("%PDF-");
}

const FORMAT_NAMES: Record<string, string> = { docx: "документ Word (.docx)", docm: "документ Word (.docx)", odt: "документ OpenDocument (.odt)", rtf: "RTF", doc: "документ Word 97–2003 (.doc)", pdf: "PDF" };

export async function readResolutionFile(bytes: Uint8Array, fileName: string): Promise<ResolutionFileText> {
  const name = fileName || "без имени";
  if (!bytes || bytes.length === 0) throw new ResolutionFileError(`Файл «${name}» пуст.`);
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";
  if (startsWith(bytes, CFB_MAGIC)) {
    return docText(bytes, name);
  }
  if (startsWith(bytes, ZIP_MAGIC)) {
    if (isOdtZip(bytes)) return { text: odtText(bytes, name), warnings: [] };
    return { text: await docxText(bytes, name), warnings: [] };
  }
  if (isRtf(bytes)) return { text: rtfText(bytes, name), warnings: [] };
  if (isPdf(bytes)) {
    // pdf.js itself is imported by pdfText on first use
    return { text: await pdfText(bytes, name), warnings: [] };
  }
  if (FORMAT_NAMES[ext]) {
    throw new ResolutionFileError(`Файл «${name}» назван .${ext}, но это не ${FORMAT_NAMES[ext]}: файл повреждён или переименован.`);
  }
  if (ext && ext !== "txt" && ext !== "text" && ext !== "htm" && ext !== "html") {
    throw new ResolutionFileError(`Файл «${name}»: формат .${ext} не поддерживается. Нужен .docx, .doc, .odt, .rtf, .pdf или .txt.`);
  }
  // the parser takes at most MAX_TEXT_CHARS characters; a text file of more bytes than 4 per character
  // of that is refused before it is decoded
  if (bytes.length > MAX_TEXT_CHARS * 4) {
    throw new ResolutionFileError(
      `Файл «${name}» слишком большой для резолюции: ${Math.round(bytes.length / 2 ** 20)} МБ текста. Проверьте, тот ли это файл.`,
    );
  }
  return { text: decodeText(bytes, name), warnings: [] };
}

/** The text alone (the warnings dropped): for callers that show no preview. */
export async function resolutionText(bytes: Uint8Array, fileName: string): Promise<string> {
  return (await readResolutionFile(bytes, fileName)).text;
}
