// Entry of standalone.html: the pane without Excel, on an .xlsx file (no Office.js at all).
import { createRoot } from "react-dom/client";
import { FilePane } from "./App";

createRoot(document.getElementById("container")!).render(<FilePane />);
