// .doc (Word 97–2003) → text, the lines the .docx reader gives: the main document's paragraphs
// with their list labels (doc-lists.ts), field results without their instructions, tables
// through table-lines.ts. Footnotes, headers and footers lie past the main text and are not
// read. A paragraph numbered through its style, not through its own properties, is not
// numbered here, and other writers' .doc files may split one list into several: whenever a file
// has automatic numbering the preview is told to check the item numbers.
import { MAX_TEXT_CHARS } from "../../core/parse/bounds";
import { trimEnds } from "../ingest/trim-ends";
import { paragraphProps, readDocLists } from "./doc-lists";
import { docDamaged, readCharacters, readDocStreams } from "./doc-streams";
import { ResolutionFileError } from "./errors";
import { tableLines } from "./table-lines";
import { NumberingState } from "./word-numbering";

export const DOC_NUMBERING_WARNING = "В файле .doc автоматическая нумерация не сохраняется как текст — проверьте номера пунктов.";

export function docText(bytes: Uint8Array, name: string): { text: string; warnings: string[] } {
  const s = readDocStreams(bytes, name);
  if (s.ccpText > MAX_TEXT_CHARS) {
    throw new ResolutionFileError(`Файл «${name}» слишком большой для резолюции: в нём больше ${MAX_TEXT_CHARS} знаков текста. Проверьте, тот ли это файл.`);
  }
  const { text, fcs } = readCharacters(s, s.ccpText);
  if (text.length < s.ccpText) throw docDamaged(name, "повреждён (текст документа обрывается)");
  const propsAt = paragraphProps(s);
  const defs = readDocLists(s, name);
  const numbering = new NumberingState(defs, () => null, name);
  const usedLists = new Set<string>();
  let unnumbered = false;
  let numbered = false;

  const lines: string[] = [];
  let para = "";
  let table: string[][] = [];
  let row: string[] = [];
  let cell: string[] = [];
  // field nesting: true while inside an instruction (between 0x13 and 0x14)
  const fields: boolean[] = [];

  const paragraphLine = (fc: number, bareLabel: boolean): string => {
    const props = propsAt(fc);
    const body = trimEnds(para, " \t\u00a0");
    para = "";
    if (props.ilfo > 0 && props.ilfo < 0x07ff) {
      usedLists.add(String(props.ilfo));
      let label: { text: string; suffix: string } | null = null;
      try {
        label = numbering.label(String(props.ilfo), Math.min(props.ilvl, 8));
      } catch (e) {
        if (e instanceof ResolutionFileError) throw e;
      }
      if (!label && defs.instances.get(String(props.ilfo)) === undefined) unnumbered = true;
      if (label && !/^[-–—•·*▪►○●◦‣⁃✓✔➢➤→]$/.test(label.text)) numbered = true;
      if (label && body) return `${label.text}${label.suffix}${body}`;
      if (label && bareLabel) return label.text;
    }
    return body;
  };
  const flushTable = () => {
    if (row.length) table.push(row);
    if (table.length) lines.push(...tableLines(table));
    table = [];
    row = [];
  };

  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x13) {
      fields.push(true);
      continue;
    }
    if (c === 0x14) {
      if (fields.length) fields[fields.length - 1] = false;
      continue;
    }
    if (c === 0x15) {
      fields.pop();
      continue;
    }
    if (fields.length && fields[fields.length - 1]) continue; // a field's instruction
    if (c === 0x0d || c === 0x0c) {
      const props = propsAt(fcs[i]);
      const line = paragraphLine(fcs[i], props.inTable);
      if (props.inTable) cell.push(line.replace(/\n/g, " ").trim());
      else {
        flushTable();
        lines.push(line);
      }
    } else if (c === 0x07) {
      const props = propsAt(fcs[i]);
      if (props.rowEnd) {
        para = "";
        if (row.length) table.push(row);
        row = [];
      } else {
        cell.push(paragraphLine(fcs[i], true).replace(/\n/g, " ").trim());
        row.push(cell.filter(Boolean).join(" "));
        cell = [];
      }
    } else if (c === 0x0b) para += "\n";
    else if (c === 0x09) para += "\t";
    else if (c === 0x1e) para += "-";
    else if (c === 0xa0 || c >= 0x20) para += text[i];
    // other control characters (pictures, footnote marks, separators) print nothing
  }
  if (para) lines.push(para);
  flushTable();
  const warnings: string[] = [];
  // lists defined but named by no paragraph are numbered through styles, which this reader does not follow
  const styleLists = [...defs.instances.keys()].some((id) => !usedLists.has(id));
  // the counters are replayed as Word 97 defines them, but writers other than Word (LibreOffice among
  // them) split one list into several, which restarts its numbers: every numbered .doc is flagged
  if (numbered || unnumbered || styleLists) warnings.push(DOC_NUMBERING_WARNING);
  return { text: lines.join("\n"), warnings };
}
