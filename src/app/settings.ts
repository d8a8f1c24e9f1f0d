// The `Настройки` sheet: one row per setting (Параметр | Значение | Пояснение). The
// methodologist edits values by hand, so reading is tolerant: a value that cannot be read
// falls back to the default and is reported in Russian.
import { z } from "zod";
import { formatRu, isValidDate, ruDateToIso, serialToIso } from "../core/dates";
import { DEFAULT_SETTINGS, type Settings } from "../core/model";
import { parsePeriod, periodId, periodOf } from "../core/periods";
import type { Row } from "../core/workbook/port";

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
    workingDays: "нет",
    officeName: "",
    officeEmail: "",
    headSignature: "",
    executorName: "",
    executorPhone: "",
  };
  return (Object.keys(SETTING_NAMES) as SettingId[]).map((id) => ({
    name: SETTING_NAMES[id],
    value: values[id],
    hint: HINTS[id],
  }));
}

const cell = z.union([z.string(), z.number(), z.boolean(), z.null()]).optional();

function dateValue(v: unknown): string | null {
  if (typeof v === "number") return serialToIso(v);
  const s = String(v ?? "").trim();
  const ru = ruDateToIso(s);
  if (ru) return ru;
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  return null;
}

export interface SettingsRead {
  settings: Settings;
  /** Russian sentences about values that could not be read. */
  problems: string[];
}

/** Reads settings from `Настройки` rows; unknown or broken values fall back to defaults. */
export function readSettings(rows: Row[]): SettingsRead {
  const byName = new Map<string, unknown>();
  for (const r of rows) {
    const parsed = z.object({ name: cell, value: cell }).safeParse(r);
    if (parsed.success && parsed.data.name) byName.set(String(parsed.data.name).trim(), parsed.data.value);
  }
  const s: Settings = { ...DEFAULT_SETTINGS };
  const problems: string[] = [];
  const get = (id: SettingId) => byName.get(SETTING_NAMES[id]);
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
    const n = Number(String(days).replace(",", "."));
    if (Number.isInteger(n) && n >= 0 && n <= 365) s.warningDays = n;
    else bad("warningDays", days);
  }
  const wd = String(get("workingDays") ?? "").trim().toLowerCase();
  if (wd === "да") s.workingDays = true;
  else if (wd && wd !== "нет") bad("workingDays", wd);
  for (const id of TEXT_SETTINGS) {
    const v = get(id);
    s[id] = v === undefined || v === null ? "" : String(v).trim().replace(/\s+/g, " ");
  }
  return { settings: s, problems };
}
