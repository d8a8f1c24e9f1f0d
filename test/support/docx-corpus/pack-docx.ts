// A minimal .docx package around hand-written WordprocessingML, for tests of what Word writes
// but the `docx` library does not (fields, text boxes, tracked changes, style-linked lists…).
import JSZip from "jszip";

export const W_NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export interface PackParts {
  /** Inner XML of w:body. */
  body: string;
  /** Inner XML of w:numbering. */
  numbering?: string;
  /** Inner XML of w:styles. */
  styles?: string;
  /** Other parts by path, as is. */
  extra?: Record<string, string>;
}

export async function packDocx(parts: PackParts): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    "word/_rels/document.xml.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
  );
  zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W_NS}><w:body>${parts.body}</w:body></w:document>`);
  if (parts.numbering !== undefined) zip.file("word/numbering.xml", `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W_NS}>${parts.numbering}</w:numbering>`);
  if (parts.styles !== undefined) zip.file("word/styles.xml", `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W_NS}>${parts.styles}</w:styles>`);
  for (const [path, xml] of Object.entries(parts.extra ?? {})) zip.file(path, xml);
  return new Uint8Array(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

/** A paragraph with plain runs; `numPr` as [numId, ilvl]. */
export function para(text: string, numPr?: [number | string, number], pPrExtra = ""): string {
  const num = numPr ? `<w:numPr><w:ilvl w:val="${numPr[1]}"/><w:numId w:val="${numPr[0]}"/></w:numPr>` : "";
  const runs = text ? `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>` : "";
  return `<w:p><w:pPr>${pPrExtra}${num}</w:pPr>${runs}</w:p>`;
}

/** One abstract list and its instance; levels as [lvlText, numFmt, extra XML inside w:lvl]. */
export function list(id: number, levels: [string, string, string?][], numExtra = ""): string {
  const lvls = levels
    .map(([text, fmt, extra], i) => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra ?? ""}</w:lvl>`)
    .join("");
  return `<w:abstractNum w:abstractNumId="${id}">${lvls}</w:abstractNum><w:num w:numId="${id}"><w:abstractNumId w:val="${id}"/>${numExtra}</w:num>`;
}
