// Reading one returned report file (as a cell grid) against the registry: which rows are
// taken, which are refused and why, or why the whole file is refused. Pure: no I/O.
// Every row a school filled is accounted for: taken (alone, or combined with another row for
// the same directive), or refused with its cell and column. Form rows left blank are counted
// apart; columns with data that are not read are named. A row becomes data only once the zod
// schema below parses it.

import { z } from "zod";
import { formatRu } from "../dates";
import { parsePeriod, periodEnd, periodLabel, periodStart } from "../periods";
import { columnLetters } from "../workbook/columns";
import { FIELD_HEADERS, fieldOfHeader, headerShown, INPUT_FIELDS, locateTable, type ReportField, type TableLocation } from "./columns";
import { cellRef, cellText, isFilled, type Grid, type GridCell, type GridSheet } from "./grid";
import { identify, type KnownOrganisation } from "./identity";
import { MARKER_SHEET, MIN_TEMPLATE_VERSION } from "./marker";
import { readDate, readNumber, readStatus, readText, STATUSES, type Read } from "./values";

export interface KnownDirective {
  key: string;
  n: string;
  unit: string;
  /** Organisation codes the directive is addressed to. */
  addressees: string[];
  onControl: boolean;
}

export interface Registry {
  directives: KnownDirective[];
  organisations: KnownOrganisation[];
  /** The period being collected (from «Настройки»); null accepts any period. */
  expectedPeriod: string | null;
  /** Today, ISO: a date done after it is refused (one after the period's end is taken with a note). */
  today: string;
}

/** The most characters an Excel cell holds: a longer text cannot be written to the свод. */
export const EXCEL_CELL_CHARS = 32767;

export const reportRowSchema = z.object({
  directiveKey: z.string().min(1),
  orgCode: z.string().min(1),
  period: z.string().regex(/^\d{4}-Q[1-4]$/),
  status: z.enum(STATUSES).nullable(),
  actual: z.number().finite().nullable(),
  numerator: z.number().finite().nonnegative().nullable(),
  denominator: z.number().finite().positive().nullable(),
  doneDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  whatDone: z.string().max(EXCEL_CELL_CHARS).nullable(),
  evidence: z.string().max(EXCEL_CELL_CHARS).nullable(),
  sourceRow: z.number().int().positive(),
});
export type ReportRow = z.infer<typeof reportRowSchema>;

export interface RefusedRow {
  sheet: string;
  cell: string;
  /** The column's header as the school's file shows it; null when the cell is under none. */
  column: string | null;
  /** Russian; names further cells of the same row when more than one is wrong. */
  reason: string;
}

/** Something taken with a remark, or a part of the file not read: Russian, for the methodologist. */
export interface ReadingNote {
  sheet: string;
  /** «ячейка K9, колонка «Дата выполнения»», «колонка N «Ответственный»», «строки 9 и 10». */
  place: string;
  text: string;
}

export interface ReportReading {
  /** Set when the whole file is refused; rows are then empty. */
  fileRefusal: string | null;
  orgCode: string | null;
  period: string | null;
  accepted: ReportRow[];
  refused: RefusedRow[];
  notes: ReadingNote[];
  /** Rows of the form for a known directive where the school filled nothing: neither taken nor refused. */
  blankRows: number;
}

const refuseFile = (reason: string, orgCode: string | null = null, period: string | null = null): ReportReading => ({
  fileRefusal: reason,
  orgCode,
  period,
  accepted: [],
  refused: [],
  notes: [],
  blankRows: 0,
});

/** The sheet that holds the report table: visible sheets first, the marker never. */
function findTable(grid: Grid): { sheet: GridSheet; loc: TableLocation } | null {
  const order = [...grid.sheets.filter((s) => s.state === "visible"), ...grid.sheets.filter((s) => s.state !== "visible")];
  for (const sheet of order) {
    if (sheet.name === MARKER_SHEET) continue;
    const loc = locateTable(sheet);
    if (loc) return { sheet, loc };
  }
  return null;
}

/** What one row of the form says, before rows for the same directive are combined. */
type RowValues = Omit<ReportRow, "directiveKey" | "orgCode" | "period" | "sourceRow">;

interface Candidate {
  directive: KnownDirective;
  rows: number[];
  values: RowValues;
}

export function readReport(grid: Grid, fileName: string, registry: Registry): ReportReading {
  const found = findTable(grid);
  if (!found) {
    return refuseFile("в файле не найдена таблица отчёта (строка заголовков с колонками «Ключ поручения» и «Статус») — возможно, прислан не тот файл");
  }
  const { sheet, loc } = found;
  const id = identify(grid, sheet, loc.headerRow, fileName, registry.organisations);
  if (id.templateVersion !== null && id.templateVersion < MIN_TEMPLATE_VERSION) {
    return refuseFile(`файл заполнен по старому бланку (версия ${id.templateVersion}) — отправьте школе новый бланк отчёта`, id.orgCode, id.period);
  }
  if (id.conflicts.length) return refuseFile(id.conflicts.join("; "), id.orgCode, id.period);
  if (!id.orgCode) return refuseFile("не удалось понять, чей это отчёт: нет ни служебной метки, ни кода организации в шапке, ни кода в имени файла — укажите организацию в шапке (строка «Код организации») и загрузите снова");
  const org = registry.organisations.find((o) => o.code.toLowerCase() === id.orgCode!.toLowerCase());
  if (!org) return refuseFile(`организации с кодом «${id.orgCode}» нет в листе «Организации»`, id.orgCode, id.period);
  if (!id.period) return refuseFile("не удалось понять, за какой период отчёт — укажите период в шапке (например, «I квартал 2024 г.») и загрузите снова", org.code);
  const quarter = parsePeriod(id.period)!;
  if (registry.expectedPeriod && registry.expectedPeriod !== id.period) {
    const expected = parsePeriod(registry.expectedPeriod);
    return refuseFile(
      `отчёт за ${periodLabel(quarter)}, а собирается ${expected ? periodLabel(expected) : registry.expectedPeriod} — попросите школу прислать отчёт за нужный период`,
      org.code,
      id.period,
    );
  }

  const byKey = new Map(registry.directives.map((d) => [d.key.trim().toLowerCase(), d]));
  const applicable = registry.directives.filter((d) => d.onControl && d.addressees.some((a) => a.toLowerCase() === org.code.toLowerCase()));
  const window = { start: periodStart(quarter), end: periodEnd(quarter) };
  const rows = spreadMerges(sheet, loc.headerRow);
  const headerRow = sheet.rows[loc.headerRow] ?? [];
  const columnName = (c: number | undefined) => (c === undefined ? null : headerShown(cellText(headerRow[c])) || null);
  const refused: RefusedRow[] = [];
  const notes: ReadingNote[] = unreadColumns(sheet, loc);
  const candidates = new Map<string, Candidate>();
  let blankRows = 0;

  for (let r = loc.headerRow + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const at = (f: ReportField): GridCell | undefined => (loc.columns[f] === undefined ? undefined : row[loc.columns[f]!]);
    const ref = (f: ReportField) => cellRef(r, loc.columns[f] ?? 0);
    const keyCell = at("key");
    const known = byKey.has(cellText(keyCell).trim().toLowerCase());
    const own = sheet.rows[r] ?? [];
    const ownInput = INPUT_FIELDS.some((f) => loc.columns[f] !== undefined && isFilled(own[loc.columns[f]!]));
    // A value merged down from a row above counts for a directive's row, not for lines under the table.
    const hasInput = ownInput || (known && INPUT_FIELDS.some((f) => isFilled(at(f))));
    // Blank, signature and note lines are not data: no school value. A form row left blank is counted.
    if (!hasInput) {
      if (known) blankRows++;
      continue;
    }
    const refuse = (f: ReportField, reason: string) => refused.push({ sheet: sheet.name, cell: ref(f), column: columnName(loc.columns[f] ?? 0), reason });

    const directive = resolveDirective(keyCell, at("n"), byKey, applicable);
    if (!directive.ok) {
      refuse(isFilled(keyCell) || loc.columns.n === undefined ? "key" : "n", directive.reason);
      continue;
    }
    const d = directive.value;
    if (!d.addressees.some((a) => a.toLowerCase() === org.code.toLowerCase())) {
      refuse("key", `поручение ${d.key} не адресовано организации ${org.code}`);
      continue;
    }
    if (!d.onControl) {
      refuse("key", `поручение ${d.key} снято с контроля`);
      continue;
    }

    const problems: { field: ReportField; reason: string }[] = [];
    const take = <T>(f: ReportField, read: (c: GridCell) => Read<T>): T | null => {
      const c = at(f);
      if (!isFilled(c)) return null;
      const v = read(c!);
      if (v.ok) return v.value;
      problems.push({ field: f, reason: v.reason });
      return null;
    };
    const percent = d.unit.trim() === "%";
    const status = take("status", (c) => (c.kind === "text" ? readStatus(c.text) : { ok: false, reason: "статус должен быть словом" }));
    const actual = take("actual", (c) => readNumber(c, percent));
    const numerator = take("numerator", (c) => readNumber(c, false));
    const denominator = take("denominator", (c) => readNumber(c, false));
    const doneDate = take("doneDate", (c) => readDate(c, window));
    const whatDone = take("whatDone", readCellText);
    const evidence = take("evidence", readCellText);
    if (doneDate && doneDate > registry.today) {
      problems.push({ field: "doneDate", reason: `дата выполнения ${formatRu(doneDate)} ещё не наступила (сегодня ${formatRu(registry.today)})` });
    }
    if ((numerator === null) !== (denominator === null) && !problems.length) {
      problems.push({ field: numerator === null ? "numerator" : "denominator", reason: "числитель и знаменатель заполняются вместе" });
    }
    if (denominator !== null && denominator <= 0) problems.push({ field: "denominator", reason: "знаменатель должен быть больше нуля" });
    if (percent && numerator !== null && denominator !== null && numerator > denominator) {
      problems.push({ field: "numerator", reason: `числитель (${numerator}) больше знаменателя (${denominator})` });
    }
    if (problems.length) {
      const [first, ...more] = problems;
      const also = more.map((p) => `; ячейка ${ref(p.field)}, колонка «${columnName(loc.columns[p.field])}»: ${p.reason}`).join("");
      refuse(first.field, first.reason + also);
      continue;
    }
    if (doneDate && doneDate > window.end) {
      notes.push({
        sheet: sheet.name,
        place: `ячейка ${ref("doneDate")}, колонка «${columnName(loc.columns.doneDate)}»`,
        text: `дата выполнения ${formatRu(doneDate)} позже конца отчётного периода (${formatRu(window.end)}) — принята, как указала школа`,
      });
    }
    const derived = actual ?? (percent && numerator !== null && denominator ? Math.round((numerator / denominator) * 1000) / 10 : null);
    const values: RowValues = { status, actual: derived, numerator, denominator, doneDate, whatDone: whatDone || null, evidence: evidence || null };
    const earlier = candidates.get(d.key);
    if (earlier) {
      earlier.values = combine(earlier.values, values);
      earlier.rows.push(r + 1);
    } else candidates.set(d.key, { directive: d, rows: [r + 1], values });
  }

  const accepted: ReportRow[] = [];
  for (const c of candidates.values()) {
    const firstRow = c.rows[0] - 1;
    if (c.rows.length > 1) notes.push({ sheet: sheet.name, place: `строки ${listRu(c.rows.map(String))}`, text: combinedNote(c) });
    const parsed = reportRowSchema.safeParse({ directiveKey: c.directive.key, orgCode: org.code, period: id.period, ...c.values, sourceRow: c.rows[0] });
    if (parsed.success) {
      accepted.push(parsed.data);
      continue;
    }
    // The readers above check every value; what is left is a combined text too long for one cell.
    const field = (parsed.error.issues[0]?.path[0] as ReportField | undefined) ?? "key";
    const col = loc.columns[field] ?? loc.columns.key ?? 0;
    const what = c.rows.length > 1 ? `вместе тексты строк ${listRu(c.rows.map(String))}` : "значение";
    refused.push({ sheet: sheet.name, cell: cellRef(firstRow, col), column: columnName(col), reason: `${what} не помещается в ячейку свода (не больше ${thousandsRu(EXCEL_CELL_CHARS)} знаков) — сократите` });
  }
  refused.sort((a, b) => rowOf(a.cell) - rowOf(b.cell));
  if (!accepted.length && !refused.length) {
    return { ...refuseFile(`в файле не заполнена ни одна строка (пустых строк: ${blankRows}) — школа прислала пустой бланк`, org.code, id.period), blankRows };
  }
  return { fileRefusal: null, orgCode: org.code, period: id.period, accepted, refused, notes, blankRows };
}

const rowOf = (ref: string) => Number(/\d+/.exec(ref)?.[0] ?? 0);

/** «9 и 10», «9, 10 и 11». */
function listRu(items: string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} и ${items[items.length - 1]}`;
}

function thousandsRu(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}

/** A school cell's text, refused when it is longer than a cell of the свод can hold. */
function readCellText(cell: GridCell): Read<string> {
  const v = readText(cell);
  if (v.ok && v.value.length > EXCEL_CELL_CHARS) {
    return { ok: false, reason: `текст длиннее ${thousandsRu(EXCEL_CELL_CHARS)} знаков (${thousandsRu(v.value.length)}) — столько не помещается в ячейку Excel; сократите его` };
  }
  return v;
}

/**
 * Two rows for one directive (a school copies a row to report a second activity): one record.
 * Texts and links are joined (a repeated one once); status and value are the later row's where
 * it gives them; the date done is the latest given.
 */
function combine(a: RowValues, b: RowValues): RowValues {
  const join = (x: string | null, y: string | null) => (!x ? y : !y || x === y ? x : `${x}\n${y}`);
  const laterValue = b.actual !== null || b.numerator !== null || b.denominator !== null;
  return {
    status: b.status ?? a.status,
    actual: laterValue ? b.actual : a.actual,
    numerator: laterValue ? b.numerator : a.numerator,
    denominator: laterValue ? b.denominator : a.denominator,
    doneDate: !a.doneDate ? b.doneDate : !b.doneDate ? a.doneDate : a.doneDate > b.doneDate ? a.doneDate : b.doneDate,
    whatDone: join(a.whatDone, b.whatDone),
    evidence: join(a.evidence, b.evidence),
  };
}

function combinedNote(c: Candidate): string {
  const both = c.rows.length === 2 ? "обе" : "все";
  const date = c.values.doneDate ? `, дата выполнения — самая поздняя (${formatRu(c.values.doneDate)})` : "";
  return `${both} по поручению ${c.directive.key} — объединены в одну запись: тексты «Что сделано» и ссылки сложены, статус и значение — из последней строки, где они указаны${date}`;
}

/**
 * Rows as the school sees them: a cell merged down over several rows shows its value in each
 * (a status merged over two directives is both directives' status). Only ranges below the
 * header; a range merged across columns gives its value to its first column alone.
 */
function spreadMerges(sheet: GridSheet, headerRow: number): (GridCell | undefined)[][] {
  const rows = sheet.rows;
  const tall = sheet.merges.filter((m) => m.top > headerRow && m.bottom > m.top && m.top < rows.length);
  if (!tall.length) return rows;
  const out = rows.slice();
  const copied = new Set<number>();
  // A report has a few hundred rows; a hostile file's ranges over a million empty rows stop here.
  let budget = MAX_SPREAD_CELLS;
  for (const m of tall) {
    const value = rows[m.top]?.[m.left];
    if (!isFilled(value)) continue;
    for (let r = m.top + 1; r <= m.bottom && r < rows.length && budget > 0; r++, budget--) {
      if (!copied.has(r)) {
        out[r] = (rows[r] ?? []).slice();
        copied.add(r);
      }
      out[r][m.left] = value;
    }
  }
  return out;
}

const MAX_SPREAD_CELLS = 1_000_000;

/** Header cells the table does not read that have something under them: said, never dropped silently. */
function unreadColumns(sheet: GridSheet, loc: TableLocation): ReadingNote[] {
  const filled = new Map(loc.unmatched.map((u) => [u.col, 0]));
  // Cell by cell (every missing row is one shared empty row), so the work is the file's cells.
  for (let r = loc.headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const n = filled.get(c);
      if (n !== undefined && isFilled(row[c])) filled.set(c, n + 1);
    }
  }
  const notes: ReadingNote[] = [];
  for (const u of loc.unmatched) {
    const count = filled.get(u.col) ?? 0;
    if (!count) continue;
    const field = fieldOfHeader(u.header);
    const why = field ? `это вторая колонка «${FIELD_HEADERS[field][0]}» (первая — ${columnLetters(loc.columns[field]!)}), читается только первая` : "заголовок не распознан";
    notes.push({
      sheet: sheet.name,
      place: `колонка ${columnLetters(u.col)} «${u.header}»`,
      text: `${why}, данные из неё не загружены (заполнено строк: ${count}) — если в ней отчёт, дайте колонке заголовок из бланка (например, «Что сделано») и загрузите файл снова`,
    });
  }
  return notes;
}

/** By key; a row whose key cell was cleared is matched by its № when that is unambiguous. */
function resolveDirective(
  keyCell: GridCell | undefined,
  nCell: GridCell | undefined,
  byKey: Map<string, KnownDirective>,
  applicable: KnownDirective[],
): Read<KnownDirective> {
  if (isFilled(keyCell)) {
    const key = readText(keyCell!);
    if (!key.ok) return { ok: false, reason: `в ячейке ключа ${key.reason}` };
    const d = byKey.get(key.value.toLowerCase());
    return d ? { ok: true, value: d } : { ok: false, reason: `поручения с ключом «${key.value}» нет в своде` };
  }
  if (isFilled(nCell)) {
    const n = readText(nCell!);
    const hits = n.ok ? applicable.filter((d) => d.n.trim() === n.value) : [];
    if (hits.length === 1) return { ok: true, value: hits[0] };
  }
  return { ok: false, reason: "в строке нет ключа поручения — непонятно, к какому поручению она относится" };
}
