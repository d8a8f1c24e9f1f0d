// Turns a resolution file into plain text for the parser: .txt in UTF-8, UTF-16 or
// windows-1251 (detected), or .docx (paragraphs with Word's automatic numbering written out,
// tables row by row). Unreadable files raise ResolutionFileError with a Russian message.
import { docxText } from "./resolution/docx-text";
import { ResolutionFileError } from "./resolution/errors";
import { decodeText } from "./resolution/decode-text";
import { MAX_TEXT_CHARS } from "../core/parse/bounds";

export { ResolutionFileError } from "./resolution/errors";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export async function resolutionText(bytes: Uint8Array, fileName: string): Promise<string> {
  const name = fileName || "без имени";
  if (!bytes || bytes.length === 0) throw new ResolutionFileError(`Файл «${name}» пуст.`);
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";
  if (startsWith(bytes, CFB_MAGIC)) {
    throw new ResolutionFileError(
      `Файл «${name}» сохранён в старом формате Word (.doc) или защищён паролем. Откройте его в Word и сохраните как .docx без пароля.`,
    );
  }
  if (ext === "docx" || ext === "docm" || startsWith(bytes, ZIP_MAGIC)) {
    if (!startsWith(bytes, ZIP_MAGIC)) {
      throw new ResolutionFileError(`Файл «${name}» назван .docx, но это не документ Word: файл повреждён или переименован.`);
    }
    return docxText(bytes, name);
  }
  if (ext === "pdf" || startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    throw new ResolutionFileError(`Файл «${name}» — это PDF. Сохраните резолюцию как .docx или .txt.`);
  }
  if (ext === "rtf" || startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) {
    throw new ResolutionFileError(`Файл «${name}» в формате RTF. Сохраните его в Word как .docx.`);
  }
  if (ext && ext !== "txt" && ext !== "text" && ext !== "htm" && ext !== "html") {
    throw new ResolutionFileError(`Файл «${name}»: формат .${ext} не поддерживается. Нужен .docx или .txt.`);
  }
  // the parser takes at most MAX_TEXT_CHARS characters; a text file of more bytes than 4 per character
  // of that is refused before it is decoded
  if (bytes.length > MAX_TEXT_CHARS * 4) {
    throw new ResolutionFileError(
      `Файл «${name}» слишком большой для резолюции: ${Math.round(bytes.length / 2 ** 20)} МБ текста. Проверьте, тот ли это файл.`,
    );
  }
  return decodeText(bytes, name);
}
