// Entry of taskpane.html: inside Excel the pane works on the open workbook through Office.js;
// opened in a plain browser it falls back to the standalone (file) mode.
import { createRoot } from "react-dom/client";
import { ExcelPane, FilePane, StartupError } from "./App";
import { detectOfficeHost, publishHostNotice, type OfficeWindow } from "./office-host";
import { userMessage } from "./user-message";

// Only taskpane.html can run inside Excel, so only this entry knows the Office.js host.
const loadOfficeHost = () => import(/* webpackChunkName: "office-host" */ "../hosts/office");

async function start(): Promise<void> {
  // old-host-check.js found Internet Explorer or Edge Legacy and shows its message instead.
  if ((window as { svodkaOldHost?: boolean }).svodkaOldHost) return;
  const root = createRoot(document.getElementById("container")!);
  try {
    if ((await detectOfficeHost(window as unknown as OfficeWindow)) === "excel") {
      const { OfficeWorkbookPort, excelRun } = await loadOfficeHost();
      root.render(<ExcelPane port={new OfficeWorkbookPort(excelRun(Excel), undefined, { notify: publishHostNotice })} />);
    } else {
      root.render(<FilePane />);
    }
  } catch (e) {
    console.error(e);
    root.render(<StartupError message={userMessage(e)} />);
  }
}

void start();
