// One file, several documents: «РЕШЕНИЕ № 5 … 1. … 2. … РЕШЕНИЕ № 6 … 1. … 2. …», or a
// protocol whose questions end in decisions with their own heading and number. Each is parsed
// on its own, so that each gets its own id; a heading that may start another document but
// does not clearly do so is reported, never silently folded into the first one.
import { DEFAULT_PARSE_SETTINGS, type ParseSettings, type ParsedDocument } from "../model";
import { parseResolution } from "./index";

// A heading that opens a document: the kind word first on its line, in capitals or with a number.
const HEADING = /^(?:выписка\s+из\s+)?(решение|протокол|приказ|резолюция|постановление|распоряжение)(?![а-яё])/i;
const HEADING_NUMBER = /(?:^|\s)№\s*\d/;

interface Heading {
  line: number;
  text: string;
  numbered: boolean;
}

function headings(lines: string[]): Heading[] {
  const out: Heading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].trim();
    if (!text || text.length > 200) continue;
    const m = HEADING.exec(text);
    if (!m) continue;
    // «Решение:» / «РЕШЕНИЕ: 1. …» after a question of a protocol is that protocol's decision, not a new document
    if (/^[^:]*:/.test(text.slice(m[0].length, m[0].length + 40)) && !HEADING_NUMBER.test(text)) continue;
    const word = m[1];
    const numbered = HEADING_NUMBER.test(text);
    if (word !== word.toUpperCase() && !numbered) continue;
    // a wrapped sentence («… в соответствии с\nРешением …») does not open a document
    let prev = i - 1;
    while (prev >= 0 && !lines[prev].trim()) prev--;
    if (prev >= 0 && prev === i - 1 && !/[.:;!?»)]$/.test(lines[prev].trim()) && word !== word.toUpperCase()) continue;
    out.push({ line: i, text, numbered });
  }
  return out;
}

/** Context a decision inside a protocol takes from the protocol: its date and whose meeting it is. */
function inherit(doc: ParsedDocument, from: ParsedDocument): ParsedDocument {
  const out = { ...doc };
  if (!out.date && from.date) {
    out.date = from.date;
    out.warnings = out.warnings.filter((w) => !/^Дата документа/.test(w));
    out.warnings.push(`Дата документа взята из начала файла: ${from.date.split("-").reverse().join(".")}`);
  }
  if (!out.schoolYear && from.schoolYear) {
    out.schoolYear = from.schoolYear;
    out.warnings = out.warnings.filter((w) => !/^Учебный год документа/.test(w));
  }
  // «Решение № 2» of a collegium's protocol is a decision of that collegium
  const body = / ([а-яё ]+)$/.exec(from.kind)?.[1];
  if (body && !out.kind.includes(" ")) out.kind = `${out.kind} ${body}`;
  return out;
}

function heading(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/**
 * Every document in a text, in order (at least one). A later heading splits the text when the
 * part it opens has directives of its own and the heading is numbered or written in capitals;
 * the part before the first split that holds no directives (a protocol's header) lends its date
 * and body to the documents after it.
 */
export function parseDocuments(text: string, settings: ParseSettings = DEFAULT_PARSE_SETTINGS): ParsedDocument[] {
  const source = String(text ?? "");
  const lines = source.split(/\r\n|\r|\n/);
  const found = headings(lines);
  if (found.length < 2) return [parseResolution(source, settings)];

  // The first heading is the document's own title; each later one may open another document.
  const cuts = found.slice(1);
  const parts: { from: number; to: number; heading: Heading | null }[] = [];
  let from = 0;
  for (const h of cuts) {
    parts.push({ from, to: h.line, heading: parts.length ? cuts[parts.length - 1] : null });
    from = h.line;
  }
  parts.push({ from, to: lines.length, heading: cuts[cuts.length - 1] });

  const parsed = parts.map((p) => parseResolution(lines.slice(p.from, p.to).join("\n"), settings));
  const docs: ParsedDocument[] = [];
  const doubtful: string[] = [];
  let header: ParsedDocument | null = null;
  parsed.forEach((doc, i) => {
    const h = parts[i].heading;
    if (i === 0 && !doc.directives.length) {
      header = doc; // a protocol's header above its decisions
      return;
    }
    if (h && !doc.directives.length) {
      doubtful.push(heading(h.text));
      return;
    }
    docs.push(header ? inherit(doc, header) : doc);
  });
  // A later part without directives: the split is not certain, so the text is read as one
  // document (as before) and the heading is named, so the methodologist can check.
  if (doubtful.length || !docs.length) {
    const whole = parseResolution(source, settings);
    const names = found.slice(1).map((h) => `«${heading(h.text)}»`).join(", ");
    whole.warnings.push(
      `В тексте после начала документа есть ещё заголовки (${names}): возможно, в файле несколько документов. Проверьте, что все поручения относятся к одному документу; если нет, импортируйте каждый документ отдельно.`,
    );
    return [whole];
  }
  return docs;
}
