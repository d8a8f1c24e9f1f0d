// Tells whether the pane runs inside Excel. taskpane.html loads Office.js (CDN, else the local
// copy) and publishes a promise `svodkaOfficeJs`; outside Office (a plain browser tab) Office.js
// still loads but Office.onReady reports no host, and then the pane works on an .xlsx file.

export type OfficeJsSource = "cdn" | "local" | "none";

/** The parts of `window` this module reads; a parameter so tests can pass a fake. */
export interface OfficeWindow {
  svodkaOfficeJs?: Promise<OfficeJsSource>;
  Office?: {
    onReady(): Promise<{ host: unknown }>;
    HostType: { Excel: unknown };
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}

/** "excel" when Office.js is loaded and reports the Excel host; otherwise null (standalone mode). */
export async function detectOfficeHost(win: OfficeWindow, timeoutMs = 10_000): Promise<"excel" | null> {
  const source = win.svodkaOfficeJs ? await withTimeout(win.svodkaOfficeJs, timeoutMs, "none" as const) : "none";
  const office = win.Office;
  if (source === "none" || !office) return null;
  const info = await withTimeout(office.onReady(), timeoutMs, { host: null });
  return info.host === office.HostType.Excel ? "excel" : null;
}

// Notices from the Office host during a command (a filter it cleared before writing): collected
// here and appended to the command's result or error line by use-task.ts.
const pendingNotices: string[] = [];

export function publishHostNotice(text: string): void {
  if (!pendingNotices.includes(text)) pendingNotices.push(text);
}

/** The notices since the last call, joined into one line ("" when none). */
export function takeHostNotices(): string {
  return pendingNotices.splice(0).join(" ");
}

/** A result or error line with the pending notices after it. */
export function withHostNotices(line: string | null): string | null {
  const notices = takeHostNotices();
  if (!notices) return line;
  return line ? `${line} ${notices}` : notices;
}
