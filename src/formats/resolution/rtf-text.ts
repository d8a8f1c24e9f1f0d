// .rtf → text: what Word or a legal database prints, paragraph by paragraph. Bytes escaped as
// \'xx are decoded in the code page the document (\ansicpg) or its font (\fcharset) names,
// \uN escapes as Unicode with the \ucN replacement characters skipped. Tables, font tables,
// style sheets, document info, pictures, headers, footers, field instructions and every
// ignorable destination (\*\…) print nothing; automatic list labels are kept, because RTF
// writes them as text (\pntext, \listtext). Tables are read as in .docx (see table-lines.ts).
//
// The reader is one loop over the bytes with an explicit group stack: a file nested thousands
// of groups deep is refused, never a deep recursion.
import { MAX_TEXT_CHARS } from "../../core/parse/bounds";
import { ResolutionFileError } from "./errors";
import { tableLines } from "./table-lines";

/** Word nests groups a few dozen deep; a file nested deeper than this is not a document. */
export const MAX_RTF_DEPTH = 256;
/** An RTF resolution with its pictures is a few MB; beyond this the file is refused unread. */
export const MAX_RTF_BYTES = 40 * 1024 * 1024;

// Destinations whose content is not printed text.
const SKIPPED = new Set([
  "colortbl", "stylesheet", "info", "pict", "object", "header", "headerl", "headerr", "headerf", "footer", "footerl",
  "footerr", "footerf", "footnote", "annotation", "fldinst", "listtable", "listoverridetable", "rsidtbl", "revtbl",
  "xmlnstbl", "themedata", "colorschememapping", "latentstyles", "datastore", "generator", "pgdsctbl", "nonshppict",
  "pn", "pntxta", "pntxtb", "filetbl", "shpinst", "shprslt", "txe", "comment", "author", "title", "subject",
  "operator", "keywords", "doccomm", "company", "buptim", "creatim", "revtim", "printim", "atnid", "atnauthor",
  "atrfstart", "atrfend", "bkmkstart", "bkmkend", "fldtype", "ffname", "mmathPr", "userprops", "ftnsep", "ftnsepc",
  "aftnsep", "aftnsepc", "passwordhash", "template",
]);

// \fcharset → Windows code page.
const CHARSET_CODEPAGE: Record<number, number> = {
  0: 1252, 161: 1253, 162: 1254, 163: 1258, 177: 1255, 178: 1256, 186: 1257, 204: 1251, 238: 1250, 222: 874,
};

const SYMBOLS: Record<string, string> = {
  tab: "\t", emdash: "—", endash: "–", bullet: "•", lquote: "‘", rquote: "’", ldblquote: "“", rdblquote: "”",
  emspace: " ", enspace: " ", qmspace: " ",
};

interface GroupState {
  skip: boolean;
  uc: number;
  hidden: boolean;
  font: number;
  /** The font table's group: \fN and \fcharsetN there describe fonts. */
  fontTable: boolean;
}

function damaged(name: string, what: string): ResolutionFileError {
  return new ResolutionFileError(`Файл «${name}» повреждён: ${what}. Откройте его в Word и сохраните заново.`);
}

function decoderFor(codepage: number): TextDecoder {
  try {
    return new TextDecoder(`windows-${codepage}`);
  } catch {
    return new TextDecoder("windows-1251");
  }
}

export function isRtf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === "{\\rtf";
}

export function rtfText(bytes: Uint8Array, name: string): string {
  if (!isRtf(bytes)) throw damaged(name, "это не RTF (файл не начинается с «{\\rtf»)");
  if (bytes.length > MAX_RTF_BYTES) {
    throw new ResolutionFileError(`Файл «${name}» слишком большой для резолюции: ${Math.round(bytes.length / 2 ** 20)} МБ. Проверьте, тот ли это файл.`);
  }
  let codepage = 1251;
  const fontCodepage = new Map<number, number>();
  const decoders = new Map<number, TextDecoder>();
  const decoder = (cp: number) => decoders.get(cp) ?? decoders.set(cp, decoderFor(cp)).get(cp)!;

  const lines: string[] = [];
  let para = "";
  let outChars = 0;
  let pendingBytes: number[] = [];
  let inTable = false;
  let table: string[][] = [];
  let row: string[] = [];
  let cell: string[] = [];

  const stack: GroupState[] = [];
  let st: GroupState = { skip: false, uc: 1, hidden: false, font: -1, fontTable: false };
  /** Characters still to skip after a \uN (its \ucN fallback). */
  let skipChars = 0;

  const printing = () => !st.skip && !st.hidden && !st.fontTable;
  const flushBytes = () => {
    if (!pendingBytes.length) return;
    const cp = fontCodepage.get(st.font) ?? codepage;
    para += decoder(cp).decode(new Uint8Array(pendingBytes));
    pendingBytes = [];
  };
  const emit = (s: string) => {
    flushBytes();
    para += s;
    outChars += s.length;
    if (outChars > MAX_TEXT_CHARS) {
      throw new ResolutionFileError(`Файл «${name}» слишком большой для резолюции: в нём больше ${MAX_TEXT_CHARS} знаков текста. Проверьте, тот ли это файл.`);
    }
  };
  const flushTable = () => {
    if (row.length || cell.length) endRow();
    if (table.length) lines.push(...tableLines(table));
    table = [];
  };
  const endParagraph = () => {
    flushBytes();
    const text = para.replace(/[ \u00a0]+$/, "");
    para = "";
    if (inTable) cell.push(text.trim());
    else {
      flushTable();
      lines.push(text);
    }
  };
  const endCell = () => {
    flushBytes();
    if (para.trim()) cell.push(para.trim());
    para = "";
    row.push(cell.filter(Boolean).join(" "));
    cell = [];
  };
  const endRow = () => {
    if (cell.length) endCell();
    if (row.length) table.push(row);
    row = [];
  };

  const controlWord = (word: string, param: number | null) => {
    // the first control word of a group decides whether the group is a destination to skip
    if (st.fontTable) {
      if (word === "f" && param !== null) st.font = param;
      else if (word === "fcharset" && param !== null && CHARSET_CODEPAGE[param]) fontCodepage.set(st.font, CHARSET_CODEPAGE[param]);
      else if (word === "cpg" && param !== null) fontCodepage.set(st.font, param);
      return;
    }
    if (SKIPPED.has(word)) {
      st.skip = true;
      return;
    }
    if (st.skip) return;
    switch (word) {
      case "fonttbl":
        st.fontTable = true;
        return;
      case "ansicpg":
        if (param !== null && param > 0) codepage = param;
        return;
      case "uc":
        st.uc = Math.max(0, Math.min(param ?? 1, 10));
        return;
      case "u":
        if (param === null) return;
        if (printing()) emit(String.fromCharCode(param < 0 ? param + 65536 : param));
        skipChars = st.uc;
        return;
      case "f":
        flushBytes();
        st.font = param ?? -1;
        return;
      case "v":
        flushBytes();
        st.hidden = param !== 0;
        return;
      case "par":
      case "sect":
      case "page":
        if (!st.hidden) endParagraph();
        return;
      case "line":
        if (printing()) emit("\n");
        return;
      case "pard":
        inTable = false;
        return;
      case "intbl":
        inTable = true;
        return;
      case "cell":
        endCell();
        return;
      case "row":
        endRow();
        return;
      case "nestcell":
      case "nestrow":
        if (printing()) emit(" ");
        return;
      default:
        if (SYMBOLS[word] && printing()) emit(SYMBOLS[word]);
    }
  };

  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const c = bytes[i];
    if (c === 0x7b /* { */) {
      flushBytes();
      stack.push(st);
      if (stack.length > MAX_RTF_DEPTH) throw damaged(name, `группы RTF вложены глубже ${MAX_RTF_DEPTH} уровней`);
      st = { ...st };
      skipChars = 0;
      i++;
      continue;
    }
    if (c === 0x7d /* } */) {
      flushBytes();
      const outer = stack.pop();
      skipChars = 0;
      i++;
      if (!outer) break;
      st = outer;
      if (stack.length === 0) break; // the document's group closed: anything after it is not the document
      continue;
    }
    if (c === 0x5c /* \ */) {
      const next = bytes[i + 1];
      if (next === undefined) break;
      // control word: letters, an optional signed number, an optional space
      if ((next >= 0x61 && next <= 0x7a) || (next >= 0x41 && next <= 0x5a)) {
        let j = i + 1;
        while (j < n && j - i <= 32 && ((bytes[j] >= 0x61 && bytes[j] <= 0x7a) || (bytes[j] >= 0x41 && bytes[j] <= 0x5a))) j++;
        const word = String.fromCharCode(...bytes.subarray(i + 1, j));
        let param: number | null = null;
        const numStart = j;
        if (bytes[j] === 0x2d) j++;
        const digitsStart = j;
        while (j < n && j - digitsStart < 10 && bytes[j] >= 0x30 && bytes[j] <= 0x39) j++;
        if (j > digitsStart) param = Number(String.fromCharCode(...bytes.subarray(numStart, j)));
        else j = numStart;
        if (bytes[j] === 0x20) j++;
        i = j;
        if (word === "bin") {
          i += Math.max(0, param ?? 0); // binary data, never text
          continue;
        }
        if (skipChars > 0 && word !== "u") {
          skipChars--;
          continue;
        }
        controlWord(word, param);
        continue;
      }
      i += 2;
      if (next === 0x27 /* ' */) {
        const hex = String.fromCharCode(bytes[i] ?? 0, bytes[i + 1] ?? 0);
        i += 2;
        if (skipChars > 0) {
          skipChars--;
          continue;
        }
        const byte = parseInt(hex, 16);
        if (Number.isFinite(byte) && printing()) pendingBytes.push(byte);
        continue;
      }
      if (skipChars > 0) {
        skipChars--;
        continue;
      }
      if (next === 0x2a /* * */) st.skip = true;
      else if (next === 0x0d || next === 0x0a) {
        if (!st.skip && !st.hidden) endParagraph();
      } else if (printing()) {
        if (next === 0x7e) emit("\u00a0");
        else if (next === 0x5f) emit("-");
        else if (next === 0x5c || next === 0x7b || next === 0x7d) emit(String.fromCharCode(next));
        // \- (optional hyphen), \| and \: print nothing
      }
      continue;
    }
    i++;
    if (c === 0x0d || c === 0x0a) continue; // line ends in the file are not text
    if (skipChars > 0) {
      skipChars--;
      continue;
    }
    if (!printing()) continue;
    if (c === 0x09) emit("\t");
    else if (c >= 0x80) pendingBytes.push(c);
    else if (c >= 0x20) emit(String.fromCharCode(c));
  }
  if (stack.length > 0) throw damaged(name, "RTF-документ оборван (не закрыто групп: " + stack.length + ")");
  endParagraph();
  flushTable();
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  return lines.join("\n");
}
