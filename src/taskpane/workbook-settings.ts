// What the pane takes from «Настройки» (the collection period and the report date, as the
// defaults of its period lists and date fields) and what it writes back when the methodologist
// chooses otherwise. Loaded on first use (lazy-modules.ts): it brings the upsert planner.
import { readSettings } from "../app/settings";
import { updateSettings, type SettingsPatch } from "../app/update-settings";
import { formatRu } from "../core/dates";
import type { Row, WorkbookPort } from "../core/workbook/port";
import { SETTINGS } from "../core/workbook/schema";

export interface PaneSettings {
  /** «2024-Q1», or null when «Настройки» has none. */
  currentPeriod: string | null;
  /** ISO date, or null = today. */
  asOf: string | null;
  /** Russian sentences about values that could not be read. */
  problems: string[];
  /** The свод has a «Настройки» sheet (without one nothing can be stored). */
  present: boolean;
}

export const NO_SETTINGS: PaneSettings = { currentPeriod: null, asOf: null, problems: [], present: false };

export async function readPaneSettings(port: WorkbookPort): Promise<PaneSettings> {
  const table = (await port.readTables([SETTINGS])).get(SETTINGS.name);
  return paneSettings(table?.rows ?? null);
}

/** What the pane takes from «Настройки» rows already read (null: the свод has none). */
export function paneSettings(rows: Row[] | null): PaneSettings {
  if (!rows) return NO_SETTINGS;
  const { settings, problems } = readSettings(rows);
  return { currentPeriod: settings.currentPeriod, asOf: settings.asOf, problems, present: true };
}

/**
 * The patch that makes «Настройки» say what the methodologist chose, or null when it already
 * does. The report date is written ДД.ММ.ГГГГ; today's date is written as an empty value,
 * which the свод reads as «today», so tomorrow's check does not stay on an old date.
 */
export function settingsPatch(current: PaneSettings, choice: { period?: string; asOf?: string }, todayIso: string): SettingsPatch | null {
  const patch: SettingsPatch = {};
  if (choice.period && choice.period !== current.currentPeriod) patch.currentPeriod = choice.period;
  if (choice.asOf) {
    const wanted = choice.asOf === todayIso ? null : choice.asOf;
    if (wanted !== current.asOf) patch.asOf = wanted ? formatRu(wanted) : "";
  }
  return Object.keys(patch).length ? patch : null;
}

/** Stores the choice in «Настройки» when it differs; returns whether anything was written. */
export async function storeChoice(port: WorkbookPort, choice: { period?: string; asOf?: string }, todayIso: string): Promise<boolean> {
  const table = (await port.readTables([SETTINGS])).get(SETTINGS.name);
  return (await storeChoiceOn(port, table?.rows ?? null, choice, todayIso)).written;
}

/**
 * The same on «Настройки» rows the command has read already (null: the свод has none), without
 * reading them again; returns what the pane takes from «Настройки» afterwards, so it need not
 * read them either.
 */
export async function storeChoiceOn(
  port: WorkbookPort,
  rows: Row[] | null,
  choice: { period?: string; asOf?: string },
  todayIso: string,
): Promise<{ written: boolean; settings: PaneSettings }> {
  const current = paneSettings(rows);
  if (!rows) return { written: false, settings: current };
  const patch = settingsPatch(current, choice, todayIso);
  if (!patch) return { written: false, settings: current };
  return { written: true, settings: paneSettings(await updateSettings(port, patch, todayIso, rows)) };
}
