// Report files as schools send them back: a real template from makeReportFiles, filled in,
// then altered the ways WORKBOOK.md lists (headers retyped, rows inserted, cells merged,
// numbers and dates as text, free-word statuses, wrong period, another school's file, an
// old template, .xls renamed, CSV, password-protected).
import ExcelJS from "exceljs";
import * as CFB from "cfb";
import { HEADER_ROW, makeReportTemplate, REPORT_SHEET, TEMPLATE_COLUMNS, type TemplateInput } from "../../../src/formats/report-template";
import { directivesFromRows } from "../../../src/core/ingest/registry";
import type { ReportField } from "../../../src/core/ingest/columns";
import { DIRECTIVE_ROWS, NOW, PERIOD } from "./district";

export type Fill = Partial<Record<ReportField, ExcelJS.CellValue>>;

export function templateInput(orgCode: string, period = PERIOD, version?: number): TemplateInput {
  const directives = directivesFromRows(DIRECTIVE_ROWS).filter((d) => d.onControl && d.addressees.includes(orgCode));
  return { orgCode, orgName: `Школа ${orgCode}`, period, reportDate: NOW.slice(0, 10), directives, version };
}

export const colOf = (f: ReportField) => TEMPLATE_COLUMNS.findIndex((c) => c.field === f) + 1;

/** A template filled row by row (fills[i] goes to the i-th directive row), then `alter`ed. */
export async function filledReport(
  orgCode: string,
  fills: Fill[],
  opts: { period?: string; version?: number; alter?: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void } = {},
): Promise<Uint8Array> {
  const blank = await makeReportTemplate(templateInput(orgCode, opts.period, opts.version));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(blank as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(REPORT_SHEET)!;
  fills.forEach((fill, i) => {
    for (const [f, v] of Object.entries(fill)) ws.getCell(HEADER_ROW + 1 + i, colOf(f as ReportField)).value = v as ExcelJS.CellValue;
  });
  opts.alter?.(ws, wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** An OLE2 file with a BIFF-like Workbook stream: what a real .xls looks like to a sniffer. */
export function legacyXlsBytes(encrypted = false): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  // BOF (0x0809), optional FILEPASS (0x002F), EOF (0x000A)
  const records = [0x09, 0x08, 0x04, 0x00, 0, 6, 5, 0, ...(encrypted ? [0x2f, 0x00, 0x02, 0x00, 0, 0] : []), 0x0a, 0x00, 0x00, 0x00];
  CFB.utils.cfb_add(cfb, "Workbook", new Uint8Array(records));
  return new Uint8Array(CFB.write(cfb, { type: "buffer" }) as Uint8Array);
}

/** A password-protected xlsx: an OLE2 container with EncryptionInfo and EncryptedPackage. */
export function encryptedXlsxBytes(): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, "EncryptionInfo", new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
  const pkg = new Uint8Array(64).fill(7);
  pkg.set([56, 0, 0, 0, 0, 0, 0, 0]); // declared size of the encrypted package
  CFB.utils.cfb_add(cfb, "EncryptedPackage", pkg);
  return new Uint8Array(CFB.write(cfb, { type: "buffer" }) as Uint8Array);
}

/** A CSV as Russian Excel saves it: windows-1251, «;», decimal commas. */
export function csvReport(lines: string[][], encoding: "windows-1251" | "utf-8-bom" = "windows-1251"): Uint8Array {
  const text = lines.map((l) => l.map((v) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(";")).join("\r\n");
  if (encoding === "utf-8-bom") return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
  return encode1251(text);
}

function encode1251(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c >= 0x410 && c <= 0x44f) out.push(c - 0x410 + 0xc0);
    else if (c === 0x401) out.push(0xa8);
    else if (c === 0x451) out.push(0xb8);
    else if (c === 0x2116) out.push(0xb9);
    else if (c === 0xab) out.push(0xab);
    else if (c === 0xbb) out.push(0xbb);
    else out.push(0x3f);
  }
  return new Uint8Array(out);
}
