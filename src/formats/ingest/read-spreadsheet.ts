// The file-level reader: pre-flight by bytes, then the xlsx or CSV grid reader.
// Everything that goes wrong becomes a FileRefusal; any other exception is a bug.

import type { Grid } from "../../core/ingest/grid";
import { readCsvGrid } from "../csv";
import { sniffSpreadsheet } from "../spreadsheet-sniff";
import { readXlsxGrid } from "../xlsx-grid";

export function readSpreadsheet(bytes: Uint8Array, fileName: string): Grid {
  const kind = sniffSpreadsheet(bytes, fileName);
  return kind.kind === "csv" ? readCsvGrid(bytes, fileName) : readXlsxGrid(bytes, kind.entries);
}
