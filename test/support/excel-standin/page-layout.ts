// Worksheet.pageLayout (ExcelApi 1.9): what the add-in sets for printing. Values are checked
// as the Office.js reference documents them: orientation and paperSize are enum strings,
// zoom.scale lies in 10..400, the margins are points, setPrintTitleRows takes whole rows.
import { invalidArgument } from "./errors";
import type { SheetModel } from "./model";
import { ClientObject } from "./proxy";

export interface PrintState {
  orientation: "Portrait" | "Landscape";
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  margins: Record<"left" | "right" | "top" | "bottom" | "header" | "footer", number>;
  printTitleRows: string | null;
}

/**
 * What the reference leaves open, as switches a test can turn: whether `verticalFitToPages: 0`
 * («automatic», as fitToHeight="0" in the file format) is accepted.
 */
export const pageLayoutRules = { zeroPagesTallAccepted: true };

const states = new WeakMap<SheetModel, PrintState>();

/** A sheet's print settings; a new sheet has Excel's defaults (Letter in a US build, portrait, 100 %). */
export function printStateOf(sheet: SheetModel): PrintState {
  let s = states.get(sheet);
  if (!s) {
    s = { orientation: "Portrait", paperSize: "Letter", zoom: { scale: 100 }, margins: { left: 50.4, right: 50.4, top: 54, bottom: 54, header: 21.6, footer: 21.6 }, printTitleRows: null };
    states.set(sheet, s);
  }
  return s;
}

const PAPER = new Set(["A3", "A4", "A5", "Letter", "Legal"]);
const MARGINS = ["left", "right", "top", "bottom", "header", "footer"] as const;

export class PageLayout extends ClientObject<SheetModel> {
  _scalars(): string[] {
    return ["orientation", "paperSize", "zoom", ...MARGINS.map((m) => `${m}Margin`)];
  }
  _read(t: SheetModel, name: string): unknown {
    const s = printStateOf(t);
    if (name === "orientation") return s.orientation;
    if (name === "paperSize") return s.paperSize;
    if (name === "zoom") return { ...s.zoom };
    const margin = MARGINS.find((m) => `${m}Margin` === name);
    if (margin) return s.margins[margin];
    return this._unknown(name);
  }

  set orientation(v: string) {
    this._set("orientation", v, (t) => {
      if (v !== "Portrait" && v !== "Landscape") throw invalidArgument(`orientation "${v}"`, "PageLayout.orientation");
      printStateOf(t).orientation = v;
    }, "1.9");
  }
  set paperSize(v: string) {
    this._set("paperSize", v, (t) => {
      if (!PAPER.has(v)) throw invalidArgument(`paperSize "${v}"`, "PageLayout.paperSize");
      printStateOf(t).paperSize = v;
    }, "1.9");
  }
  set zoom(v: PrintState["zoom"]) {
    this._set("zoom", v, (t) => {
      const pages = [v.horizontalFitToPages, v.verticalFitToPages].filter((n) => n !== undefined);
      if (v.scale !== undefined && (pages.length || v.scale < 10 || v.scale > 400)) throw invalidArgument(`zoom ${JSON.stringify(v)}`, "PageLayout.zoom");
      for (const n of pages) {
        const least = pageLayoutRules.zeroPagesTallAccepted && n === v.verticalFitToPages ? 0 : 1;
        if (!Number.isInteger(n) || n! < least || n! > 32767) throw invalidArgument(`zoom ${JSON.stringify(v)}`, "PageLayout.zoom");
      }
      printStateOf(t).zoom = { ...v };
    }, "1.9");
  }
  set leftMargin(v: number) {
    this.margin("left", v);
  }
  set rightMargin(v: number) {
    this.margin("right", v);
  }
  set topMargin(v: number) {
    this.margin("top", v);
  }
  set bottomMargin(v: number) {
    this.margin("bottom", v);
  }
  set headerMargin(v: number) {
    this.margin("header", v);
  }
  set footerMargin(v: number) {
    this.margin("footer", v);
  }

  setPrintTitleRows(rows: string): void {
    this._call("setPrintTitleRows", [rows], (t) => {
      if (!/^\$?\d+:\$?\d+$/.test(rows)) throw invalidArgument(`print title rows "${rows}"`, "PageLayout.setPrintTitleRows");
      printStateOf(t).printTitleRows = rows;
    }, "1.9");
  }

  private margin(side: (typeof MARGINS)[number], v: number): void {
    this._set(`${side}Margin`, v, (t) => {
      if (!(v >= 0 && v < 1000)) throw invalidArgument(`${side}Margin ${v}`, "PageLayout");
      printStateOf(t).margins[side] = v;
    }, "1.9");
  }
}
