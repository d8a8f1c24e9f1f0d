// Plain-text resolutions arrive in UTF-8 (with or without BOM), UTF-16 from Notepad, or
// windows-1251 from older Windows machines. Order: BOM, then strict UTF-8, else windows-1251.
import { ResolutionFileError } from "./errors";

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let control = 0;
  for (const c of sample) {
    const code = c.charCodeAt(0);
    if (code === 0 || (code < 32 && c !== "\n" && c !== "\r" && c !== "\t" && c !== "\f")) control++;
  }
  return control > sample.length * 0.05 || sample.includes("\u0000");
}

export function decodeText(bytes: Uint8Array, name: string): string {
  let text: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) text = new TextDecoder("utf-8").decode(bytes.subarray(3));
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder("windows-1251").decode(bytes);
    }
  }
  if (looksBinary(text)) {
    throw new ResolutionFileError(`Файл «${name}» не похож на текст: внутри двоичные данные. Нужен .docx или .txt.`);
  }
  return text;
}
