// The school report file: one .xlsx per organisation per period. The registry's columns are
// filled in and locked (sheet protection without a password), the school's columns are open,
// with a status list and date validation. A veryHidden sheet carries the marker (template
// version, organisation, period) that ingestion reads back.

import ExcelJS from "exceljs";
import { FIELD_HEADERS, type ReportField } from "../core/ingest/columns";
import { MARKER_SHEET, markerRows, TEMPLATE_VERSION } from "../core/ingest/marker";
import { STATUSES } from "../core/ingest/values";
import { formatRu } from "../core/dates";
import { columnLetters } from "../core/workbook/columns";
import { parsePeriod, periodLabel } from "../core/periods";
import { fitRowHeights, setPrintLayout } from "./sheet-print";

export interface TemplateDirective {
  key: string;
  n: string;
  text: string;
  /** As shown: the deadline phrase, or the control date ДД.ММ.ГГГГ. */
  deadline: string;
  indicator: string;
  target: number | null;
  unit: string;
  /** The target is a ceiling («не более 1 %»): the school's value must not exceed it. */
  lowerIsBetter?: boolean;
}

export interface TemplateInput {
  orgCode: string;
  orgName: string;
  period: string;
  /** ISO date shown as «Дата отчёта»: «По состоянию на» of the свод, else the day the file is made. */
  reportDate: string;
  directives: TemplateDirective[];
  /** For tests of old-template handling only. */
  version?: number;
}

export const REPORT_SHEET = "Отчёт";

/** Column order of the report table: locked registry columns, then the school's. */
export const TEMPLATE_COLUMNS: { field: ReportField; width: number; input: boolean }[] = [
  { field: "key", width: 14, input: false },
  { field: "n", width: 6, input: false },
  { field: "text", width: 60, input: false },
  { field: "deadline", width: 16, input: false },
  { field: "indicator", width: 24, input: false },
  { field: "target", width: 13, input: false },
  { field: "status", width: 16, input: true },
  { field: "actual", width: 13, input: true },
  { field: "numerator", width: 11, input: true },
  { field: "denominator", width: 13, input: true },
  { field: "doneDate", width: 14, input: true },
  { field: "whatDone", width: 40, input: true },
  { field: "evidence", width: 28, input: true },
];

/** Row (1-based) of the table header in the report sheet. */
export const HEADER_ROW = 8;

const INSTRUCTIONS =
  "Заполните голубые колонки: статус (выберите из списка), фактическое значение (или числитель и знаменатель), дату выполнения (ДД.ММ.ГГГГ), что сделано и ссылку на подтверждение. Не меняйте ключи и не удаляйте строки.";

/** «75 %», «не более 1 %», 12: the target as the school reads it, with its direction when lower is better. */
export function targetText(d: Pick<TemplateDirective, "target" | "unit" | "lowerIsBetter">): string | number | null {
  if (d.target === null) return null;
  const value = d.unit ? `${String(d.target).replace(".", ",")} ${d.unit}` : d.target;
  return d.lowerIsBetter ? `не более ${String(value).replace(".", ",")}` : value;
}

const STATUS_RULE: ExcelJS.DataValidation = {
  type: "list",
  allowBlank: true,
  formulae: [`"${STATUSES.join(",")}"`],
  showErrorMessage: true,
  errorTitle: "Статус",
  error: "Выберите статус из списка",
};

const DATE_RULE: ExcelJS.DataValidation = {
  type: "date",
  operator: "greaterThan",
  allowBlank: true,
  formulae: [new Date(Date.UTC(2000, 0, 1))],
  showErrorMessage: true,
  errorTitle: "Дата",
  error: "Введите дату в виде ДД.ММ.ГГГГ",
};

export function reportFileName(orgCode: string, period: string): string {
  return `Отчёт_${orgCode}_${period}.xlsx`.replace(/[\\/:*?"<>|]/g, "_");
}

export async function makeReportTemplate(input: TemplateInput): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Сводка";
  const ws = wb.addWorksheet(REPORT_SHEET, { views: [{ state: "frozen", ySplit: HEADER_ROW }] });
  const quarter = parsePeriod(input.period);
  const label = quarter ? periodLabel(quarter) : input.period;

  ws.getCell("A1").value = "Отчёт об исполнении поручений";
  ws.getCell("A1").font = { bold: true, size: 14 };
  const head: [string, string][] = [
    ["Организация:", input.orgName],
    ["Код организации:", input.orgCode],
    ["Период:", label],
    ["Дата отчёта:", formatRu(input.reportDate)],
  ];
  head.forEach(([k, v], i) => {
    ws.getCell(2 + i, 1).value = k;
    ws.getCell(2 + i, 3).value = v;
    ws.getCell(2 + i, 1).font = { bold: true };
  });
  ws.getCell(6, 1).value = INSTRUCTIONS;
  ws.mergeCells(6, 1, 6, TEMPLATE_COLUMNS.length);
  ws.getCell(6, 1).alignment = { wrapText: true, vertical: "top" };
  ws.getRow(6).height = 45;

  TEMPLATE_COLUMNS.forEach((c, i) => {
    const cell = ws.getCell(HEADER_ROW, i + 1);
    cell.value = FIELD_HEADERS[c.field][0];
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: "middle" };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: c.input ? "FFDDEBF7" : "FFEDEDED" } };
    ws.getColumn(i + 1).width = c.width;
  });

  input.directives.forEach((d, k) => {
    const r = HEADER_ROW + 1 + k;
    const values: Record<string, string | number | null> = {
      key: d.key,
      n: d.n,
      text: d.text,
      deadline: d.deadline,
      indicator: d.indicator,
      target: targetText(d),
    };
    TEMPLATE_COLUMNS.forEach((c, i) => {
      const cell = ws.getCell(r, i + 1);
      if (!c.input) {
        const v = values[c.field];
        cell.value = v === null || v === undefined ? null : v;
        cell.alignment = { wrapText: true, vertical: "top" };
        cell.protection = { locked: true };
        return;
      }
      cell.protection = { locked: false };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF3F8FC" } };
      if (c.field === "doneDate") {
        cell.numFmt = "dd.mm.yyyy";
      } else if (c.field === "whatDone" || c.field === "evidence") {
        cell.numFmt = "@";
        cell.alignment = { wrapText: true, vertical: "top" };
      }
    });
  });
  // One validation per column range: set cell by cell, exceljs writes overlapping ranges
  // (G9:G17 and G10:G17), which Excel may «repair».
  if (input.directives.length) {
    const first = HEADER_ROW + 1;
    const last = HEADER_ROW + input.directives.length;
    const range = (field: ReportField) => {
      const col = columnLetters(TEMPLATE_COLUMNS.findIndex((c) => c.field === field));
      return `${col}${first}:${col}${last}`;
    };
    // exceljs has `dataValidations` on a worksheet; its typings do not declare it.
    const validations = (ws as unknown as { dataValidations: { add(address: string, rule: ExcelJS.DataValidation): void } }).dataValidations;
    validations.add(range("status"), STATUS_RULE);
    validations.add(range("doneDate"), DATE_RULE);
  }
  fitRowHeights(ws, [HEADER_ROW, ...input.directives.map((_, k) => HEADER_ROW + 1 + k)]);
  setPrintLayout(ws, { landscape: true, titleRows: [HEADER_ROW, HEADER_ROW] });
  await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });

  const marker = wb.addWorksheet(MARKER_SHEET, { state: "veryHidden" });
  markerRows({ version: input.version ?? TEMPLATE_VERSION, orgCode: input.orgCode, period: input.period }).forEach((row) => marker.addRow(row));
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
