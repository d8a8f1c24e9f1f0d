// Runs one user action at a time: shows what is going on (spinner with a label), the result
// (a success line) or the failure (a Russian sentence), and ignores clicks while busy. A failure
// is forgotten when the workbook changes (another section wrote, a свод was opened or created):
// «Сначала откройте файл свода…» must not outlive its cause.
import { createContext, useCallback, useContext, useEffect, useRef, useState } from "react";
import { withHostNotices } from "./office-host";
import { userMessage } from "./user-message";

export interface TaskState {
  busy: string | null;
  error: string | null;
  done: string | null;
}

export interface Task extends TaskState {
  /** Runs `action` under the label; its return value (a Russian sentence or null) becomes `done`. */
  run(label: string, action: () => Promise<string | null>): Promise<boolean>;
  clear(): void;
}

/** Changes whenever the workbook the sections work on changes (see App.tsx). */
export const WorkbookRevision = createContext<number>(0);

export function useTask(): Task {
  const [state, setState] = useState<TaskState>({ busy: null, error: null, done: null });
  const running = useRef(false);
  const revision = useContext(WorkbookRevision);
  const seen = useRef(revision);

  useEffect(() => {
    if (seen.current === revision) return;
    seen.current = revision;
    // A failure of the action running now is not stale: it is set after this.
    if (!running.current) setState((s) => (s.error ? { ...s, error: null } : s));
  }, [revision]);

  const run = useCallback(async (label: string, action: () => Promise<string | null>) => {
    if (running.current) return false;
    running.current = true;
    setState({ busy: label, error: null, done: null });
    try {
      const done = await action();
      setState({ busy: null, error: null, done: withHostNotices(done) });
      return true;
    } catch (e) {
      console.error(e);
      setState({ busy: null, error: withHostNotices(userMessage(e)), done: null });
      return false;
    } finally {
      running.current = false;
    }
  }, []);

  const clear = useCallback(() => setState({ busy: null, error: null, done: null }), []);
  return { ...state, run, clear };
}
