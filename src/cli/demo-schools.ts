// For `npm run demo` only: what the fictional district's schools send back. Each school fills
// its report file the way real ones do — most on time, some late, some in their own words,
// one with the headers retyped and numbers as text, one sends nothing.
import ExcelJS from "exceljs";
import type { ReportFile } from "../app/report-templates";
import type { ReportField } from "../core/ingest/columns";
import { HEADER_ROW, REPORT_SHEET, TEMPLATE_COLUMNS } from "../formats/report-template";

export type SchoolBehaviour = "onTime" | "late" | "ownWords" | "silent" | "inProgress";

export interface ReturnedFile {
  name: string;
  bytes: Uint8Array;
  behaviour: SchoolBehaviour;
}

/** Behaviour of the i-th school: a fixed pattern so the demo gives the same numbers every run. */
export function behaviourOf(i: number): SchoolBehaviour {
  return (["onTime", "late", "ownWords", "onTime", "inProgress", "silent"] as const)[i % 6];
}

const col = (field: ReportField) => TEMPLATE_COLUMNS.findIndex((c) => c.field === field) + 1;
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Fills one school's file; returns null for a school that sends nothing. */
async function fill(file: ReportFile, behaviour: SchoolBehaviour): Promise<Uint8Array | null> {
  if (behaviour === "silent") return null;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(REPORT_SHEET);
  if (!ws) throw new Error(`В бланке ${file.fileName} нет листа «${REPORT_SHEET}».`);
  for (let r = HEADER_ROW + 1; ws.getCell(r, col("key")).value; r++) {
    const k = r - HEADER_ROW;
    const target = String(ws.getCell(r, col("target")).value ?? "");
    const set = (field: ReportField, v: ExcelJS.CellValue) => (ws.getCell(r, col(field)).value = v);
    const done = behaviour !== "inProgress" || k % 2 === 0;
    if (behaviour === "ownWords") {
      set("status", done ? "Выполнено." : "в работе");
      // One date a careful methodologist cannot read: that row is refused with its cell and reason.
      set("doneDate", done ? (k === 3 ? "в начале декабря" : "15.10.2024") : null);
      if (target) set("actual", "78,5 %");
    } else {
      set("status", done ? "выполнено" : "выполняется");
      set("doneDate", done ? utc(behaviour === "late" ? "2024-12-20" : "2024-10-01") : null);
      if (target) {
        set("numerator", behaviour === "late" ? 150 : 170);
        set("denominator", 200);
      }
    }
    set("whatDone", done ? "Мероприятие проведено, приказ по школе издан." : "Работа ведётся по плану.");
    if (k === 1) set("evidence", "=HYPERLINK(\"http://school.example/otchet\")"); // a school's text, never a formula
  }
  if (behaviour === "ownWords") {
    ws.getCell(HEADER_ROW, col("status")).value = "Отметка о выполнении";
    ws.getCell(HEADER_ROW, col("actual")).value = "Факт";
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export async function simulateReturns(files: ReportFile[]): Promise<ReturnedFile[]> {
  const out: ReturnedFile[] = [];
  for (const [i, file] of files.entries()) {
    const behaviour = behaviourOf(i);
    const bytes = await fill(file, behaviour);
    if (bytes) out.push({ name: file.fileName, bytes, behaviour });
  }
  return out;
}
