// Reads a .docx's main part back as text: its paragraphs outside tables, and its tables as
// rows of cell texts. Enough for tests to see what the methodologist would read.
import JSZip from "jszip";

export interface DocxText {
  paragraphs: string[];
  tables: string[][][];
}

export function readBack(xml: string): DocxText {
  const text = (fragment: string) =>
    [...fragment.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1])
      .join("")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&")
      // A no-break space (kept between «80» and «%») reads as a space.
      .replace(/\u00a0/g, " ");
  const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...t[1].matchAll(/<w:tr[\s>][\s\S]*?<\/w:tr>/g)].map((tr) => [...tr[0].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((tc) => text(tc[1]))),
  );
  const body = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, "");
  const paragraphs = [...body.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>/g)].map((p) => text(p[0])).filter(Boolean);
  return { paragraphs, tables };
}

export async function readDocx(bytes: Uint8Array): Promise<DocxText & { xml: string }> {
  const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
  return { ...readBack(xml), xml };
}
