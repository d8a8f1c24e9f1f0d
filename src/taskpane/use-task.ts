// Runs one user action at a time: shows what is going on (spinner with a label), the result
// (a success line) or the failure (a Russian sentence), and ignores clicks while busy.
import { useCallback, useRef, useState } from "react";
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

export function useTask(): Task {
  const [state, setState] = useState<TaskState>({ busy: null, error: null, done: null });
  const running = useRef(false);

  const run = useCallback(async (label: string, action: () => Promise<string | null>) => {
    if (running.current) return false;
    running.current = true;
    setState({ busy: label, error: null, done: null });
    try {
      const done = await action();
      setState({ busy: null, error: null, done });
      return true;
    } catch (e) {
      console.error(e);
      setState({ busy: null, error: userMessage(e), done: null });
      return false;
    } finally {
      running.current = false;
    }
  }, []);

  const clear = useCallback(() => setState({ busy: null, error: null, done: null }), []);
  return { ...state, run, clear };
}
