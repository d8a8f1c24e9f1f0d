// Reading one returned report file (as a cell grid) against the registry: which rows are
// taken, which are refused and why, or why the whole file is refused. Pure: no I/O.
// Every data row is accounted for: accepted + refused = data rows. A row becomes data only
// once the zod schema below parses it.

import { z } from "zod";
import { formatRu } from "../dates";
import { parsePeriod, periodEnd, periodLabel } from "../periods";
import { INPUT_FIELDS, locateTable, type ReportField, type TableLocation } from "./columns";
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
  /** Today, ISO: a date done after it is refused. */
  today: string;
}

export const reportRowSchema = z.object({
  directiveKey: z.string().min(1),
  orgCode: z.string().min(1),
  period: z.string().regex(/^\d{4}-Q[1-4]$/),
  status: z.enum(STATUSES).nullable(),
  actual: z.number().finite().nullable(),
  numerator: z.number().finite().nonnegative().nullable(),
  denominator: z.number().finite().positive().nullable(),
  doneDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  whatDone: z.string().max(4000).nullable(),
  evidence: z.string().max(2000).nullable(),
  sourceRow: z.number().int().positive(),
});
export type ReportRow = z.infer<typeof reportRowSchema>;

export interface RefusedRow {
  sheet: string;
  cell: string;
  reason: string;
}

export interface ReportReading {
  /** Set when the whole file is refused; rows are then empty. */
  fileRefusal: string | null;
  orgCode: string | null;
  period: string | null;
  accepted: ReportRow[];
  refused: RefusedRow[];
}

const refuseFile = (reason: string, orgCode: string | null = null, period: string | null = null): ReportReading => ({
  fileRefusal: reason,
  orgCode,
  period,
  accepted: [],
  refused: [],
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
  const latestDate = periodEnd(quarter) < registry.today ? registry.today : periodEnd(quarter);
  const accepted: ReportRow[] = [];
  const refused: RefusedRow[] = [];
  const seen = new Map<string, number>();

  for (let r = loc.headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const at = (f: ReportField): GridCell | undefined => (loc.columns[f] === undefined ? undefined : row[loc.columns[f]!]);
    const ref = (f: ReportField) => cellRef(r, loc.columns[f] ?? 0);
    const keyCell = at("key");
    const hasInput = INPUT_FIELDS.some((f) => isFilled(at(f)));
    // Blank, signature and note lines are not data: no school value and no known key.
    if (!hasInput && !byKey.has(cellText(keyCell).trim().toLowerCase())) continue;
    const refuse = (cell: string, reason: string) => refused.push({ sheet: sheet.name, cell, reason });

    const directive = resolveDirective(keyCell, at("n"), byKey, applicable);
    if (!directive.ok) {
      refuse(isFilled(keyCell) ? ref("key") : cellRef(r, 0), directive.reason);
      continue;
    }
    const d = directive.value;
    if (!d.addressees.some((a) => a.toLowerCase() === org.code.toLowerCase())) {
      refuse(ref("key"), `поручение ${d.key} не адресовано организации ${org.code}`);
      continue;
    }
    if (!d.onControl) {
      refuse(ref("key"), `поручение ${d.key} снято с контроля`);
      continue;
    }
    const earlier = seen.get(d.key);
    if (earlier !== undefined) {
      refuse(ref("key"), `поручение ${d.key} уже встречалось в строке ${earlier}`);
      continue;
    }
    seen.set(d.key, r + 1);
    if (!hasInput) {
      refuse(ref("status"), `по поручению ${d.key} ничего не заполнено`);
      continue;
    }

    const problems: string[] = [];
    const take = <T>(f: ReportField, read: (c: GridCell) => Read<T>): T | null => {
      const c = at(f);
      if (!isFilled(c)) return null;
      const v = read(c!);
      if (v.ok) return v.value;
      problems.push(`${ref(f)}: ${v.reason}`);
      return null;
    };
    const percent = d.unit.trim() === "%";
    const status = take("status", (c) => (c.kind === "text" ? readStatus(c.text) : { ok: false, reason: "статус должен быть словом" }));
    const actual = take("actual", (c) => readNumber(c, percent));
    const numerator = take("numerator", (c) => readNumber(c, false));
    const denominator = take("denominator", (c) => readNumber(c, false));
    const doneDate = take("doneDate", (c) => readDate(c, latestDate));
    const whatDone = take("whatDone", readText);
    const evidence = take("evidence", readText);
    if (doneDate && doneDate > registry.today) problems.push(`${ref("doneDate")}: дата выполнения ${formatRu(doneDate)} ещё не наступила`);
    if ((numerator === null) !== (denominator === null) && !problems.length) {
      problems.push(`${ref(numerator === null ? "numerator" : "denominator")}: числитель и знаменатель заполняются вместе`);
    }
    if (denominator !== null && denominator <= 0) problems.push(`${ref("denominator")}: знаменатель должен быть больше нуля`);
    if (percent && numerator !== null && denominator !== null && numerator > denominator) {
      problems.push(`${ref("numerator")}: числитель (${numerator}) больше знаменателя (${denominator})`);
    }
    if (problems.length) {
      refuse(problems[0].split(":")[0], problems.map((p) => p.replace(/^[A-Z]+\d+: /, "")).join("; "));
      continue;
    }
    const derived = actual ?? (percent && numerator !== null && denominator ? Math.round((numerator / denominator) * 1000) / 10 : null);
    const parsed = reportRowSchema.safeParse({
      directiveKey: d.key,
      orgCode: org.code,
      period: id.period,
      status,
      actual: derived,
      numerator,
      denominator,
      doneDate,
      whatDone: whatDone || null,
      evidence: evidence || null,
      sourceRow: r + 1,
    });
    if (!parsed.success) {
      refuse(ref("key"), `строка не прошла проверку: ${parsed.error.issues.map((i) => i.path.join(".")).join(", ")}`);
      continue;
    }
    accepted.push(parsed.data);
  }
  return { fileRefusal: null, orgCode: org.code, period: id.period, accepted, refused };
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
