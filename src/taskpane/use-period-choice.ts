// A period list and a report date that start from «Настройки» (or the current quarter and
// today) until the methodologist picks something else; the settings are read asynchronously,
// so an untouched choice follows them when they arrive.
import { useMemo, useState } from "react";
import { localNowIso } from "./clock";
import { dateText, parseRuDate } from "./date-input";
import { defaultPeriod, periodOptions, type PeriodOption } from "./periods-view";
import type { WorkbookSettings } from "./use-workbook-settings";

export interface PeriodChoice {
  period: string;
  setPeriod(value: string): void;
  options: PeriodOption[];
}

export function usePeriodChoice(settings: WorkbookSettings): PeriodChoice {
  const [chosen, setPeriod] = useState<string | null>(null);
  const today = localNowIso().slice(0, 10);
  const period = chosen ?? defaultPeriod(today, settings.currentPeriod);
  const options = useMemo(() => periodOptions(today, [settings.currentPeriod, period]), [today, settings.currentPeriod, period]);
  return { period, setPeriod, options };
}

export interface DateChoice {
  /** What the field shows, ДД.ММ.ГГГГ. */
  text: string;
  setText(value: string): void;
  /** The ISO date typed, or null when the field cannot be read. */
  iso: string | null;
}

export function useAsOfChoice(settings: WorkbookSettings): DateChoice {
  const [chosen, setText] = useState<string | null>(null);
  const today = localNowIso().slice(0, 10);
  const text = chosen ?? dateText(settings.asOf ?? today);
  return { text, setText, iso: parseRuDate(text) };
}
