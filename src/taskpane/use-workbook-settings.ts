// The «Настройки» values the sections start from, read when the workbook appears and again
// after each action that wrote to it (`revision`). A failed read is not the methodologist's
// problem here: the sections fall back to the current quarter and today, and the use cases
// report problems with «Настройки» themselves. A command that has just read or written
// «Настройки» hands over what it says (`known`), and the re-read its change would cause is skipped.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { WorkbookPort } from "../core/workbook/port";
import { loadWorkbookSettings } from "./lazy-modules";

export interface WorkbookSettings {
  currentPeriod: string | null;
  asOf: string | null;
  /** Takes «Настройки» as a command has just read it; call right before `workbook.changed()`. */
  known?: (settings: { currentPeriod: string | null; asOf: string | null }) => void;
}

export function useWorkbookSettings(port: WorkbookPort | null, revision: number): WorkbookSettings {
  const [settings, setSettings] = useState<{ currentPeriod: string | null; asOf: string | null }>({ currentPeriod: null, asOf: null });
  const handed = useRef(false);
  const known = useCallback((s: { currentPeriod: string | null; asOf: string | null }) => {
    handed.current = true;
    setSettings({ currentPeriod: s.currentPeriod, asOf: s.asOf });
  }, []);
  useEffect(() => {
    if (!port) return;
    if (handed.current) {
      handed.current = false;
      return;
    }
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
  return useMemo(() => ({ ...settings, known }), [settings, known]);
}
