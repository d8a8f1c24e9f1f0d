// Turns a resolution file (.txt in UTF-8 or windows-1251, or .docx) into plain text.
// Placeholder: .txt as UTF-8 only; the parser work replaces it.

export class ResolutionFileError extends Error {}

export async function resolutionText(bytes: Uint8Array, fileName: string): Promise<string> {
  if (/\.docx$/i.test(fileName)) throw new ResolutionFileError(`Файл «${fileName}»: чтение .docx ещё не готово.`);
  return new TextDecoder("utf-8").decode(bytes);
}
