// The standalone mode's workbook: an .xlsx the methodologist opens from disk (or a new one),
// held in memory by the exceljs file host and downloaded back with «Скачать свод».
import { useCallback, useMemo, useState } from "react";
import type { WorkbookPort } from "../core/workbook/port";
import { downloadBytes } from "./download";
import { loadFileHost } from "./lazy-modules";
import type { PaneWorkbook } from "./pane-workbook";

type FilePort = WorkbookPort & { save(): Promise<Uint8Array>; losses?: string[] };

export const NEW_WORKBOOK_NAME = "Свод.xlsx";

export interface FileWorkbook {
  workbook: PaneWorkbook;
  fileName: string | null;
  /** Changed since opened or last downloaded. */
  unsaved: boolean;
  /** What the opened book holds that saving it on this page drops (charts, validation lists, …). */
  losses: string[];
  open(file: File): Promise<void>;
  download(): Promise<void>;
}

export function useFileWorkbook(): FileWorkbook {
  const [port, setPort] = useState<FilePort | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [unsaved, setUnsaved] = useState(false);

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
    return created;
  }, [port]);

  const download = useCallback(async () => {
    if (!port || !fileName) return;
    downloadBytes(await port.save(), fileName);
    setUnsaved(false);
  }, [port, fileName]);

  const workbook = useMemo<PaneWorkbook>(
    () => ({ kind: "file", port, portForCreate, changed: () => setUnsaved(true) }),
    [port, portForCreate],
  );
  return { workbook, fileName, unsaved, losses: port?.losses ?? [], open, download };
}
