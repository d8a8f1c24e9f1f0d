// The pane: header, the workbook bar (standalone mode only) and the actions of the quarter.
// The same components serve Excel (Office.js host) and the standalone page (file host).
import { Caption1, FluentProvider, Title3, webLightTheme } from "@fluentui/react-components";
import { Suspense, useEffect, useMemo, useState, type ReactNode } from "react";
import type { WorkbookPort } from "../core/workbook/port";
import { CheckSection } from "./CheckSection";
import { CreateSection } from "./CreateSection";
import { FileWorkbookBar } from "./FileWorkbookBar";
import { ImportSection } from "./ImportSection";
import { IngestSection } from "./IngestSection";
import { LazyDecisionsSection, LazyDynamicsSection, LazyLettersSection } from "./lazy-modules";
import { OrganisationsSection } from "./OrganisationsSection";
import type { PaneWorkbook } from "./pane-workbook";
import { SchoolFilesSection } from "./SchoolFilesSection";
import { usePaneStyles } from "./styles";
import { SummarySection } from "./SummarySection";
import { useFileWorkbook } from "./use-file-workbook";
import { WorkbookRevision } from "./use-task";
import { useWorkbookSettings } from "./use-workbook-settings";

function PaneShell({ subtitle, children }: { subtitle: string; children: ReactNode }) {
  const styles = usePaneStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.pane}>
        <header className={styles.header}>
          <img className={styles.logo} src="assets/icon-32.png" alt="" />
          <div className={styles.headerText}>
            <Title3 as="h1" className={styles.heading}>
              Сводка
            </Title3>
            <Caption1>{subtitle}</Caption1>
          </div>
        </header>
        {children}
      </main>
    </FluentProvider>
  );
}

/** The sections in the order of the methodologist's quarter: set up, collect, check, report. */
function Actions({ workbook }: { workbook: PaneWorkbook }) {
  // Bumped after every write, so the «Настройки» defaults are read again.
  const [revision, setRevision] = useState(0);
  const tracked = useMemo<PaneWorkbook>(
    () => ({
      ...workbook,
      changed: () => {
        workbook.changed();
        setRevision((r) => r + 1);
      },
    }),
    [workbook],
  );
  // Another book opened or created: a new revision too (stale errors go, settings are read again).
  useEffect(() => setRevision((r) => r + 1), [workbook.port]);
  const settings = useWorkbookSettings(workbook.port, revision);
  return (
    <WorkbookRevision.Provider value={revision}>
      <CreateSection workbook={tracked} />
      <OrganisationsSection workbook={tracked} />
      <ImportSection workbook={tracked} />
      <SchoolFilesSection workbook={tracked} settings={settings} />
      <IngestSection workbook={tracked} />
      <CheckSection workbook={tracked} settings={settings} />
      <SummarySection workbook={tracked} settings={settings} />
      <Suspense fallback={null}>
        <LazyLettersSection workbook={tracked} settings={settings} />
        <LazyDecisionsSection workbook={tracked} />
        <LazyDynamicsSection workbook={tracked} />
      </Suspense>
    </WorkbookRevision.Provider>
  );
}

/** Inside Excel: the pane works on the open workbook. */
export function ExcelPane({ port }: { port: WorkbookPort }) {
  const workbook = useMemo<PaneWorkbook>(() => ({ kind: "excel", port, portForCreate: async () => port, changed: () => {} }), [port]);
  return (
    <PaneShell subtitle="Контроль исполнения поручений">
      <Actions workbook={workbook} />
    </PaneShell>
  );
}

/** Outside Excel: the pane works on an .xlsx file opened in the browser. */
export function FilePane() {
  const file = useFileWorkbook();
  return (
    <PaneShell subtitle="Работа с файлом свода без Excel">
      <FileWorkbookBar file={file} />
      <Actions workbook={file.workbook} />
    </PaneShell>
  );
}

/** Shown when the pane cannot start at all. */
export function StartupError({ message }: { message: string }) {
  return (
    <PaneShell subtitle="Не удалось запустить">
      <p role="alert">{message}</p>
    </PaneShell>
  );
}
