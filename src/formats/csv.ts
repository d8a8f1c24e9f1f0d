// CSV → cell grid. Encoding: a BOM, else strict UTF-8, else windows-1251 (what Russian Excel
// writes for «CSV (разделители — точки с запятой)»). The delimiter is the one of «;», «,», tab
// that splits the first lines most consistently. Cells stay text; the report reader types
// them by column, so «0,755» or «01.10.2023» are never guessed here.

import type { Grid, GridCell } from "../core/ingest/grid";
import { FileRefusal } from "./ingest/refusal";

export const MAX_CSV_ROWS = 100_000;

export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1251").decode(bytes), encoding: "windows-1251" };
  }
}

export function detectDelimiter(text: string): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "").slice(0, 20);
  let best = ",";
  let bestScore = -1;
  for (const d of [";", ",", "\t"]) {
    const counts = lines.map((l) => splitLine(l, d).length);
    if (counts.length === 0) continue;
    const first = counts[0];
    if (first < 2) continue;
    const consistent = counts.filter((c) => c === first).length;
    const score = consistent * 100 + first;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

function splitLine(line: string, d: string): string[] {
  return parseCsv(line, d)[0] ?? [];
}

/** RFC 4180 parsing: quoted fields may hold delimiters, doubled quotes and line breaks. */
export function parseCsv(text: string, d: string, maxRows = Infinity): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
      continue;
    }
    if (ch === '"' && field === "") quoted = true;
    else if (ch === d) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      if (rows.length > maxRows) throw new FileRefusal("too-large", `more than ${maxRows} CSV rows`);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function readCsvGrid(bytes: Uint8Array, fileName: string): Grid {
  const { text } = decodeCsvBytes(bytes);
  if (text.trim() === "") throw new FileRefusal("empty", "blank CSV");
  const rows = parseCsv(text, detectDelimiter(text), MAX_CSV_ROWS).map((r) =>
    r.map((v): GridCell | undefined => (v.trim() === "" ? undefined : { kind: "text", text: v })),
  );
  return { sheets: [{ name: fileName.replace(/\.[^.]+$/, ""), state: "visible", rows, merges: [] }], format: "csv" };
}
