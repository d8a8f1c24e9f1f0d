// What the `Настройки` sheet says: one row per setting (Параметр | Значение | Пояснение), read
// through its table definition. The methodologist edits values by hand, so reading is
// tolerant: a value that cannot be read falls back to the default and is reported in Russian.
import { formatRu, isValidDate, serialToIso } from "./dates";
import { DEFAULT_SETTINGS, type Settings } from "./model";
import { parsePeriod, periodId, periodOf } from "./periods";
import { dateFromText, numberFromText, yesNoFromText, yesNoText } from "./workbook/cell-text";
import type { Row } from "./workbook/port";
import { SettingsTable } from "./workbook/tables/settings-table";

export const SETTING_NAMES = {
  asOf: "По состоянию на (дата отчёта)",
  currentPeriod: "Текущий период",
  schoolYearEnd: "День окончания учебного года",
  duringYear: "«В течение года» означает",
  warningDays: "Дней до срока для отметки «Срок истекает»",
  workingDays: "Считать просрочку в рабочих днях",
  officeName: "Наименование органа управления образованием",
  officeEmail: "Электронная почта для писем в организации",
  headSignature: "Подпись документа (должность и ФИО руководителя)",
  executorName: "Исполнитель (ФИО)",
  executorPhone: "Телефон исполнителя",
} as const;

/** Settings that are free text for documents and letters: read as written, empty when absent. */
const TEXT_SETTINGS = ["officeName", "officeEmail", "headSignature", "executorName", "executorPhone"] as const;

type SettingId = keyof typeof SETTING_NAMES;

const HINTS: Record<SettingId, string> = {
  asOf: "Дата ДД.ММ.ГГГГ, на которую проверяются сроки; пусто — сегодняшняя дата.",
  currentPeriod: "Квартал отчётов в виде ГГГГ-Qн, например 2024-Q1.",
  schoolYearEnd: "ДД.ММ; по умолчанию 31.08.",
  duringYear: "«учебный год» или «календарный год».",
  warningDays: "Целое число дней; по умолчанию 14.",
  workingDays: "«да» или «нет»; праздничные дни не учитываются.",
  officeName: "Как в шапке документов, например: Управление образования администрации Заречного муниципального района.",
  officeEmail: "Адрес, с которого отправляются письма школам.",
  headSignature: "Например: Начальник управления образования И.И. Иванова.",
  executorName: "Кто готовил документ: ФИО методиста.",
  executorPhone: "Например: 8 (48x) 2-12-34.",
};

/** Rows of a new `Настройки` table. */
export function defaultSettingsRows(todayIso: string): Row[] {
  const values: Record<SettingId, string> = {
    asOf: "",
    currentPeriod: periodId(periodOf(todayIso)),
    schoolYearEnd: "31.08",
    duringYear: "учебный год",
    warningDays: String(DEFAULT_SETTINGS.warningDays),
    workingDays: yesNoText(DEFAULT_SETTINGS.workingDays),
    officeName: "",
    officeEmail: "",
    headSignature: "",
    executorName: "",
    executorPhone: "",
  };
  return (Object.keys(SETTING_NAMES) as SettingId[]).map((id) => SettingsTable.write({ name: SETTING_NAMES[id], value: values[id], hint: HINTS[id] }));
}

function dateValue(v: unknown): string | null {
  if (typeof v === "number") return serialToIso(v);
  return dateFromText(String(v ?? ""));
}

/** Names match whatever their case, spacing or ё (she may retype them). */
const nameKey = (name: string): string => name.trim().replace(/\s+/g, " ").toLowerCase().replace(/ё/g, "е");

/** «Текущий период» under another name that says «период» («Текущий отчётный период» in older своды). */
function periodByWord(byName: Map<string, unknown>): unknown {
  for (const [name, value] of byName) if (name.includes("период")) return value;
  return undefined;
}

export interface SettingsRead {
  settings: Settings;
  /** Russian sentences about values that could not be read. */
  problems: string[];
}

/** Reads settings from `Настройки` rows; unknown or broken values fall back to defaults. */
export function readSettings(rows: Row[]): SettingsRead {
  const byName = new Map<string, unknown>();
  for (const row of rows) {
    const r = SettingsTable.read(row);
    const name = nameKey(r.name);
    if (name && !byName.has(name)) byName.set(name, r.value);
  }
  const s: Settings = { ...DEFAULT_SETTINGS };
  const problems: string[] = [];
  const get = (id: SettingId) => byName.get(nameKey(SETTING_NAMES[id])) ?? (id === "currentPeriod" ? periodByWord(byName) : undefined);
  const bad = (id: SettingId, v: unknown) =>
    problems.push(`Настройка «${SETTING_NAMES[id]}»: значение «${String(v)}» не распознано, взято значение по умолчанию.`);

  const asOf = get("asOf");
  if (asOf !== undefined && asOf !== null && String(asOf).trim() !== "") {
    const iso = dateValue(asOf);
    if (iso) s.asOf = iso;
    else bad("asOf", asOf);
  }
  const period = get("currentPeriod");
  if (period !== undefined && period !== null && String(period).trim() !== "") {
    const p = parsePeriod(String(period));
    if (p) s.currentPeriod = periodId(p);
    else bad("currentPeriod", period);
  }
  const end = get("schoolYearEnd");
  if (end !== undefined && end !== null && String(end).trim() !== "") {
    const m = /^(\d{1,2})\.(\d{1,2})/.exec(typeof end === "number" ? formatRu(serialToIso(end)) : String(end).trim());
    if (m && isValidDate(2001, +m[2], +m[1])) s.schoolYearEnd = { day: +m[1], month: +m[2] };
    else bad("schoolYearEnd", end);
  }
  const during = String(get("duringYear") ?? "").trim().toLowerCase();
  if (during.startsWith("календ")) s.duringYear = "calendar";
  else if (during && !during.startsWith("учеб")) bad("duringYear", during);
  const days = get("warningDays");
  if (days !== undefined && days !== null && String(days).trim() !== "") {
    const n = typeof days === "number" ? days : (numberFromText(String(days)) ?? NaN);
    if (Number.isInteger(n) && n >= 0 && n <= 365) s.warningDays = n;
    else bad("warningDays", days);
  }
  const wd = String(get("workingDays") ?? "").trim();
  const working = typeof get("workingDays") === "boolean" ? (get("workingDays") as boolean) : yesNoFromText(wd);
  if (working !== null) s.workingDays = working;
  else if (wd) bad("workingDays", wd.toLowerCase());
  for (const id of TEXT_SETTINGS) {
    const v = get(id);
    s[id] = v === undefined || v === null ? "" : String(v).trim().replace(/\s+/g, " ");
  }
  return { settings: s, problems };
}
