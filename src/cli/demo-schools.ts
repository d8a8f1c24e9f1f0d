// For `npm run demo` only: what the fictional district's schools send back. Each school fills
// its report file the way real ones do — most on time, some late, some in their own words,
// one with the headers retyped and numbers as text, one sends nothing.
import ExcelJS from "exceljs";
import type { ReportFile } from "../app/report-templates";
import type { ReportField } from "../core/ingest/columns";
import { inferLowerIsBetter } from "../core/check/targets";
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
    const target = readTarget(ws.getCell(r, col("target")).value, String(ws.getCell(r, col("text")).value ?? ""));
    const set = (field: ReportField, v: ExcelJS.CellValue) => (ws.getCell(r, col(field)).value = v);
    const done = behaviour !== "inProgress" || k % 2 === 0;
    const value = target ? plausibleValue(target, behaviour) : null;
    if (behaviour === "ownWords") {
      set("status", done ? "Выполнено." : "в работе");
      // One date a careful methodologist cannot read: that row is refused with its cell and reason.
      set("doneDate", done ? (k === 3 ? "в начале декабря" : "15.10.2024") : null);
      if (target && value !== null) set("actual", `${String(value).replace(".", ",")}${target.percent ? " %" : ""}`);
    } else {
      set("status", done ? "выполнено" : "выполняется");
      set("doneDate", done ? utc(behaviour === "late" ? "2024-12-20" : "2024-10-01") : null);
      if (target && value !== null && target.percent) {
        set("numerator", Math.round(value * 2));
        set("denominator", 200);
      } else if (value !== null) set("actual", value);
    }
    set("whatDone", done ? DONE_TEXTS[(k + behaviour.length) % DONE_TEXTS.length] : "Работа ведётся по плану.");
    if (k === 1) set("evidence", "=HYPERLINK(\"http://school.example/otchet\")"); // a school's text, never a formula
  }
  if (behaviour === "ownWords") {
    ws.getCell(HEADER_ROW, col("status")).value = "Отметка о выполнении";
    ws.getCell(HEADER_ROW, col("actual")).value = "Факт";
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const DONE_TEXTS = [
  "Проведено совещание при директоре, издан приказ по школе, назначены ответственные.",
  "Мероприятия проведены по утверждённому плану, информация размещена на сайте школы.",
  "Разработан и утверждён план, проведены два методических семинара для учителей.",
  "Проведены классные часы и родительские собрания, охвачены все классы.",
];

interface DemoTarget {
  value: number;
  percent: boolean;
  lowerIsBetter: boolean;
}

/** The template's «Целевое значение» («1 %», «80 %») and the direction its directive's words give. */
function readTarget(cell: ExcelJS.CellValue, text: string): DemoTarget | null {
  const m = /(\d+(?:[.,]\d+)?)\s*(%?)/.exec(String(cell ?? ""));
  if (!m) return null;
  return { value: Number(m[1].replace(",", ".")), percent: m[2] === "%", lowerIsBetter: inferLowerIsBetter(text) };
}

/**
 * A value a school of this behaviour would report: close to the target, on the right side of
 * it for the punctual ones and just missing it for the late school («не более 1 %» gets 0,5 %
 * or 1,5 %, never 85 %).
 */
export function plausibleValue(t: DemoTarget, behaviour: SchoolBehaviour): number {
  const step = Math.max(t.value * 0.05, 0.5);
  const offset = { onTime: 1, ownWords: 0.5, inProgress: 0.3, late: -1, silent: 0 }[behaviour] * step;
  const raw = t.lowerIsBetter ? t.value - offset : t.value + offset;
  const capped = t.percent ? Math.min(100, Math.max(0, raw)) : Math.max(0, raw);
  return Math.round(capped * 10) / 10;
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
