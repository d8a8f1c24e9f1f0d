// Microsoft's Excel JavaScript runtime (node_modules/@microsoft/office-js, excel-web-16.00.debug.js,
// the file Excel on the web loads), run in a Node vm with a minimal window so that the JSON body
// each context.sync() would send can be measured through the runtime's own hook
// OfficeExtension.HttpUtility.setCustomSendRequestFunc. Nothing is sent anywhere; every request
// gets an empty answer, so loads fail after their request was measured.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";

export interface OfficeRuntime {
  /** A fresh request context of the real runtime. */
  context(): Excel.RequestContext;
  /** UTF-8 bytes of each request body sent so far. */
  requests: number[];
}

let loaded: { g: Record<string, unknown>; requests: number[] } | null = null;

export function officeRuntime(): OfficeRuntime {
  if (!loaded) {
    const file = join(__dirname, "..", "..", "..", "node_modules", "@microsoft", "office-js", "dist", "excel-web-16.00.debug.js");
    const g: Record<string, unknown> = { console, setTimeout, clearTimeout, setInterval, clearInterval, Promise, JSON, Math, Date, Array, Object, String, Number, Boolean, RegExp, Error, TypeError, Symbol, Map, Set, parseInt, parseFloat, isNaN, encodeURIComponent, decodeURIComponent, escape, unescape };
    g.window = g;
    g.self = g;
    g.navigator = { userAgent: "node" };
    g.location = { href: "https://example.invalid/", protocol: "https:", hostname: "example.invalid", search: "", hash: "" };
    g.document = { createElement: () => ({ style: {}, setAttribute() {}, appendChild() {} }), getElementsByTagName: () => [], addEventListener() {}, readyState: "complete", cookie: "" };
    g.addEventListener = () => undefined;
    g.removeEventListener = () => undefined;
    g.XMLHttpRequest = function () {};
    vm.createContext(g);
    vm.runInContext(readFileSync(file, "utf8"), g, { filename: "excel-web-16.00.debug.js" });
    const requests: number[] = [];
    const office = g.OfficeExtension as { HttpUtility: { setCustomSendRequestFunc(f: (req: { body: unknown }) => Promise<unknown>): void } };
    office.HttpUtility.setCustomSendRequestFunc((req) => {
      const text = typeof req.body === "string" ? req.body : JSON.stringify(req.body);
      requests.push(Buffer.byteLength(text, "utf8"));
      return Promise.resolve({ statusCode: 200, headers: {}, body: JSON.stringify({ Results: [] }) });
    });
    loaded = { g, requests };
  }
  const { g, requests } = loaded;
  const excel = g.Excel as { RequestContext: new (url: string) => Excel.RequestContext };
  return { context: () => new excel.RequestContext("https://example.invalid/_api"), requests };
}
