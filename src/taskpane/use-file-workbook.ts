// The standalone mode's workbook: an .xlsx the methodologist opens from disk (or a new one),
// held in memory by the exceljs file host and downloaded back with «Скачать свод». Until she
// downloads it, every change is also copied to the browser (./saved-draft.ts) and leaving the
// page asks first; the next visit offers the copy back.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { WorkbookPort } from "../core/workbook/port";
import { localNowIso } from "./clock";
import { downloadBytes } from "./download";
import { loadFileHost } from "./lazy-modules";
import type { PaneWorkbook } from "./pane-workbook";
import { indexedDbDraftStore, type DraftStore, type SavedDraft } from "./saved-draft";

type FilePort = WorkbookPort & { save(): Promise<Uint8Array>; losses?: string[] };

export const NEW_WORKBOOK_NAME = "Свод.xlsx";

export interface FileWorkbook {
  workbook: PaneWorkbook;
  fileName: string | null;
  /** Changed since opened or last downloaded. */
  unsaved: boolean;
  /** What the opened book holds that saving it on this page drops (charts, validation lists, …). */
  losses: string[];
  /** When the last copy of the unsaved свод was kept in the browser (local ISO date-time); null when none is. */
  copiedAt: string | null;
  /** A copy left unsaved by an earlier visit, offered back until she restores or declines it. */
  draft: SavedDraft | null;
  open(file: File): Promise<void>;
  download(): Promise<void>;
  restoreDraft(): Promise<void>;
  dropDraft(): Promise<void>;
}

/** The browser's store, or none where IndexedDB is unavailable (the page then works as before). */
function defaultStore(): DraftStore | null {
  return typeof indexedDB === "undefined" ? null : indexedDbDraftStore();
}

export function useFileWorkbook(store: DraftStore | null = defaultStore()): FileWorkbook {
  const [port, setPort] = useState<FilePort | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [unsaved, setUnsaved] = useState(false);
  const [draft, setDraft] = useState<SavedDraft | null>(null);
  const [copiedAt, setCopiedAt] = useState<string | null>(null);
  const storeRef = useRef(store);
  // The save copies what is open now, not what was open when the change was announced.
  const current = useRef<{ port: FilePort | null; fileName: string | null }>({ port: null, fileName: null });
  current.current = { port, fileName };
  // Copies are made one after another, so an older one never lands after a newer one.
  const copying = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    storeRef.current
      ?.load()
      .then((found) => found && setDraft(found))
      .catch((e) => console.warn("Svodka: the saved copy could not be read", e));
  }, []);

  useEffect(() => {
    if (!unsaved) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = ""; // older browsers ask only when this is set
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  const keepCopy = useCallback(() => {
    copying.current = copying.current.then(async () => {
      const { port: open, fileName: name } = current.current;
      if (!open || !name || !storeRef.current) return;
      try {
        const savedAt = localNowIso();
        await storeRef.current.save({ fileName: name, savedAt, bytes: await open.save() });
        setCopiedAt(savedAt);
      } catch (e) {
        console.warn("Svodka: the свод could not be copied to the browser", e);
      }
    });
  }, []);

  const open = useCallback(async (file: File) => {
    const { FileWorkbookPort } = await loadFileHost();
    const opened = await FileWorkbookPort.open(new Uint8Array(await file.arrayBuffer()));
    setPort(opened);
    setFileName(file.name);
    setUnsaved(false);
  }, []);

  const portForCreate = useCallback(async (): Promise<WorkbookPort> => {
    if (port) return port;
    const { FileWorkbookPort } = await loadFileHost();
    const created = FileWorkbookPort.create();
    setPort(created);
    setFileName(NEW_WORKBOOK_NAME);
    current.current = { port: created, fileName: NEW_WORKBOOK_NAME };
    return created;
  }, [port]);

  const download = useCallback(async () => {
    if (!port || !fileName) return;
    downloadBytes(await port.save(), fileName);
    setUnsaved(false);
    await copying.current;
    await storeRef.current?.clear().catch((e) => console.warn("Svodka: the saved copy could not be removed", e));
    setCopiedAt(null);
  }, [port, fileName]);

  const restoreDraft = useCallback(async () => {
    if (!draft) return;
    const { FileWorkbookPort } = await loadFileHost();
    const opened = await FileWorkbookPort.open(draft.bytes);
    setPort(opened);
    setFileName(draft.fileName);
    setUnsaved(true); // still not downloaded: the copy stays until she saves
    setCopiedAt(draft.savedAt);
    setDraft(null);
  }, [draft]);

  const dropDraft = useCallback(async () => {
    setDraft(null);
    await storeRef.current?.clear();
  }, []);

  const workbook = useMemo<PaneWorkbook>(
    () => ({
      kind: "file",
      port,
      portForCreate,
      changed: () => {
        setUnsaved(true);
        setDraft(null); // her new work replaces the old copy
        keepCopy();
      },
    }),
    [port, portForCreate, keepCopy],
  );
  return { workbook, fileName, unsaved, losses: port?.losses ?? [], copiedAt, draft, open, download, restoreDraft, dropDraft };
}
