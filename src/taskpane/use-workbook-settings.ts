// The «Настройки» values the sections start from, read when the workbook appears and again
// after each action that wrote to it (`revision`). A failed read is not the methodologist's
// problem here: the sections fall back to the current quarter and today, and the use cases
// report problems with «Настройки» themselves.
import { useEffect, useState } from "react";
import type { WorkbookPort } from "../core/workbook/port";
import { loadWorkbookSettings } from "./lazy-modules";

export interface WorkbookSettings {
  currentPeriod: string | null;
  asOf: string | null;
}

export function useWorkbookSettings(port: WorkbookPort | null, revision: number): WorkbookSettings {
  const [settings, setSettings] = useState<WorkbookSettings>({ currentPeriod: null, asOf: null });
  useEffect(() => {
    if (!port) return;
    let live = true;
    loadWorkbookSettings()
      .then(({ readPaneSettings }) => readPaneSettings(port))
      .then(
        (s) => live && setSettings({ currentPeriod: s.currentPeriod, asOf: s.asOf }),
        (e) => console.warn("Настройки не прочитаны", e),
      );
    return () => {
      live = false;
    };
  }, [port, revision]);
  return settings;
}
