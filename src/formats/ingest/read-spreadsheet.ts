// The file-level reader: pre-flight by bytes, then the xlsx, ods, xls or CSV grid reader.
// Everything that goes wrong becomes a FileRefusal; any other exception is a bug.

import type { Grid } from "../../core/ingest/grid";
import { readCsvGrid } from "../csv";
import { readOdsGrid } from "../ods-grid";
import { sniffSpreadsheet } from "../spreadsheet-sniff";
import { readXlsGrid } from "../xls-grid";
import { readXlsxGrid } from "../xlsx-grid";

export function readSpreadsheet(bytes: Uint8Array, fileName: string): Grid {
  const kind = sniffSpreadsheet(bytes, fileName);
  switch (kind.kind) {
    case "csv":
      return readCsvGrid(bytes, fileName);
    case "ods":
      return readOdsGrid(bytes, kind.entries);
    case "xls":
      return readXlsGrid(kind.stream);
    case "xlsx":
      return readXlsxGrid(bytes, kind.entries);
  }
}
