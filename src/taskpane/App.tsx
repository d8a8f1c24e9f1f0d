// The pane: header, the workbook bar (standalone mode only), the actions, and what comes later.
// The same components serve Excel (Office.js host) and the standalone page (file host).
import { Caption1, FluentProvider, Title3, webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { WorkbookPort } from "../core/workbook/port";
import { ComingSoon } from "./ComingSoon";
import { CreateSection } from "./CreateSection";
import { FileWorkbookBar } from "./FileWorkbookBar";
import { ImportSection } from "./ImportSection";
import type { PaneWorkbook } from "./pane-workbook";
import { usePaneStyles } from "./styles";
import { useFileWorkbook } from "./use-file-workbook";

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

function Actions({ workbook }: { workbook: PaneWorkbook }) {
  return (
    <>
      <CreateSection workbook={workbook} />
      <ImportSection workbook={workbook} />
      <ComingSoon />
    </>
  );
}

/** Inside Excel: the pane works on the open workbook. */
export function ExcelPane({ port }: { port: WorkbookPort }) {
  const workbook: PaneWorkbook = { kind: "excel", port, portForCreate: async () => port, changed: () => {} };
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
