// Charts: charts.add (ExcelApi 1.1) reads series from one range the way Excel guesses them;
// the series API (ExcelApi 1.7: series.add, setValues, setXAxisValues) sets them exactly.
// A series refers to cells, so what the chart shows is what the cells hold.
import { parseRect, rectAddress, splitSheet, type Rect } from "./address";
import { invalidArgument, itemNotFound } from "./errors";
import type { ChartDataRef, ChartModel, ChartSeriesModel, SheetModel } from "./model";
import { ClientCollection, ClientObject } from "./proxy";
import type { Range } from "./range";

const isText = (v: unknown) => typeof v === "string" && v !== "" && !Number.isFinite(Number(v));

/**
 * Excel's guess for a source range: by columns (or rows), a first row of text is series names
 * and a first column of text (or an empty top-left cell) is categories.
 */
export function guessSeries(sheet: SheetModel, rect: Rect, seriesBy: string): { by: "Columns" | "Rows"; series: ChartSeriesModel[] } {
  const by = seriesBy === "Rows" || (seriesBy !== "Columns" && rect.cols > rect.rows) ? "Rows" : "Columns";
  // Work in "series × points" terms: for Rows swap the axes.
  const lines = by === "Columns" ? rect.cols : rect.rows;
  const points = by === "Columns" ? rect.rows : rect.cols;
  const at = (line: number, point: number) =>
    by === "Columns" ? sheet.value(rect.row + point, rect.col + line) : sheet.value(rect.row + line, rect.col + point);
  const slice = (line: number, from: number): ChartDataRef =>
    by === "Columns"
      ? { sheet, rect: { row: rect.row + from, col: rect.col + line, rows: points - from, cols: 1 } }
      : { sheet, rect: { row: rect.row + line, col: rect.col + from, rows: 1, cols: points - from } };
  const topLeftEmpty = at(0, 0) === "";
  let hasCategories = false;
  if (lines > 1) {
    for (let p = 1; p < points && !hasCategories; p++) hasCategories = isText(at(0, p));
    hasCategories ||= topLeftEmpty && points > 1;
  }
  let hasNames = false;
  if (points > 1) for (let l = hasCategories ? 1 : 0; l < lines && !hasNames; l++) hasNames = isText(at(l, 0));
  const first = hasNames ? 1 : 0;
  const series: ChartSeriesModel[] = [];
  for (let l = hasCategories ? 1 : 0; l < lines; l++) {
    series.push({
      name: hasNames ? String(at(l, 0)) : `Ряд${series.length + 1}`,
      values: slice(l, first),
      categories: hasCategories ? slice(0, first) : null,
    });
  }
  return { by, series };
}

/** The cells a series shows, as values in order. */
export function refValues(ref: ChartDataRef | null): (string | number | boolean)[] {
  if (!ref) return [];
  const out: (string | number | boolean)[] = [];
  for (let r = 0; r < ref.rect.rows; r++) for (let c = 0; c < ref.rect.cols; c++) out.push(ref.sheet.value(ref.rect.row + r, ref.rect.col + c));
  return out;
}

function dataRef(range: Range, what: string): ChartDataRef {
  const ref = range._use();
  if (ref.rect.rows !== 1 && ref.rect.cols !== 1) throw invalidArgument(`${what} must be a single row or column`);
  return { sheet: ref.sheet, rect: { ...ref.rect } };
}

export class ChartCollection extends ClientCollection<SheetModel, ChartModel, Chart> {
  _list(t: SheetModel): ChartModel[] {
    return t.charts;
  }
  _wrap(m: ChartModel): Chart {
    return new Chart(this.context, () => m);
  }

  add(type: string, sourceData: Range, seriesBy = "Auto"): Chart {
    return new Chart(
      this.context,
      () => {
        const sheet = this._use();
        const source = sourceData._use();
        if (source.sheet !== sheet) throw invalidArgument("chart data must be on the chart's sheet in the stand-in");
        let n = sheet.charts.length + 1;
        while (sheet.charts.some((c) => c.name === `Диаграмма ${n}`)) n++;
        const guess = guessSeries(source.sheet, source.rect, seriesBy);
        const chart: ChartModel = {
          name: `Диаграмма ${n}`,
          type,
          source: { ...source.rect },
          seriesBy: guess.by,
          series: guess.series,
          title: "",
          position: null,
          width: 360,
          height: 216,
          legend: { visible: true, position: "Right" },
        };
        sheet.charts.push(chart);
        return chart;
      },
      { parent: this._id, method: "add", args: [type, sourceData._id, seriesBy] },
    );
  }
}

export class Chart extends ClientObject<ChartModel> {
  _scalars(): string[] {
    return ["name", "chartType", "width", "height"];
  }
  _read(t: ChartModel, name: string): unknown {
    if (name === "name") return t.name;
    if (name === "chartType") return t.type;
    if (name === "width") return t.width;
    if (name === "height") return t.height;
    return this._unknown(name);
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, (t) => (t.name = v));
  }
  get width(): number {
    return this._get("width");
  }
  set width(points: number) {
    this._set("width", points, (t) => {
      if (!(points > 0)) throw invalidArgument(`chart width ${points}`);
      t.width = points;
    });
  }
  get height(): number {
    return this._get("height");
  }
  set height(points: number) {
    this._set("height", points, (t) => {
      if (!(points > 0)) throw invalidArgument(`chart height ${points}`);
      t.height = points;
    });
  }
  get title(): ChartTitle {
    return this._nav("title", () => new ChartTitle(this.context, () => this._use()));
  }
  get legend(): ChartLegend {
    return this._nav("legend", () => new ChartLegend(this.context, () => this._use()));
  }
  get series(): ChartSeriesCollection {
    return this._nav("series", () => new ChartSeriesCollection(this.context, () => this._use()));
  }
  setPosition(startCell: Range | string, endCell?: Range | string): void {
    const label = (x: Range | string | undefined) => (x === undefined ? null : typeof x === "string" ? x : `#${x._id}`);
    this._call("setPosition", [label(startCell), label(endCell)], (t) => {
      const at = (x: Range | string) => (typeof x === "string" ? rectAddress(parseRect(splitSheet(x).cells)) : rectAddress(x._use().rect));
      t.position = { startCell: at(startCell), endCell: endCell === undefined ? null : at(endCell) };
    });
  }
  delete(): void {
    this._call("delete", [], (t) => {
      for (const s of this.context.engine.model.sheets) {
        const i = s.charts.indexOf(t);
        if (i >= 0) s.charts.splice(i, 1);
      }
    });
  }
}

export class ChartTitle extends ClientObject<ChartModel> {
  _scalars(): string[] {
    return ["text"];
  }
  _read(t: ChartModel, name: string): unknown {
    if (name === "text") return t.title;
    return this._unknown(name);
  }
  get text(): string {
    return this._get("text");
  }
  set text(v: string) {
    this._set("text", v, (t) => (t.title = v));
  }
}

export class ChartLegend extends ClientObject<ChartModel> {
  _scalars(): string[] {
    return ["visible", "position"];
  }
  _read(t: ChartModel, name: string): unknown {
    if (name === "visible") return t.legend.visible;
    if (name === "position") return t.legend.position;
    return this._unknown(name);
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(on: boolean) {
    this._set("visible", on, (t) => (t.legend.visible = on));
  }
  get position(): string {
    return this._get("position");
  }
  set position(p: string) {
    this._set("position", p, (t) => {
      if (!["Top", "Bottom", "Left", "Right", "Corner", "Custom", "Invalid"].includes(p)) throw invalidArgument(`legend position "${p}"`);
      t.legend.position = p;
    });
  }
}

/** chart.series: getItemAt and count since ExcelApi 1.1, add since 1.7. */
export class ChartSeriesCollection extends ClientCollection<ChartModel, ChartSeriesModel, ChartSeries> {
  _list(t: ChartModel): ChartSeriesModel[] {
    return t.series;
  }
  _wrap(m: ChartSeriesModel): ChartSeries {
    return new ChartSeries(this.context, () => m);
  }

  getItemAt(index: number): ChartSeries {
    return new ChartSeries(
      this.context,
      () => {
        const s = this._use().series[index];
        if (!Number.isInteger(index) || !s) throw itemNotFound(`chart series ${index}`);
        return s;
      },
      { parent: this._id, method: "getItemAt", args: [index] },
    );
  }

  add(name?: string, index?: number): ChartSeries {
    return new ChartSeries(
      this.context,
      () => {
        const chart = this._use();
        const at = index ?? chart.series.length;
        if (!Number.isInteger(at) || at < 0 || at > chart.series.length) throw invalidArgument(`series index ${index}`);
        const series: ChartSeriesModel = { name: name ?? `Ряд${chart.series.length + 1}`, values: null, categories: null };
        chart.series.splice(at, 0, series);
        return series;
      },
      { parent: this._id, method: "add", args: [name ?? null, index ?? null], version: "1.7" },
    );
  }
}

export class ChartSeries extends ClientObject<ChartSeriesModel> {
  _scalars(): string[] {
    return ["name"];
  }
  _read(t: ChartSeriesModel, name: string): unknown {
    if (name === "name") return t.name;
    return this._unknown(name);
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, (t) => (t.name = v));
  }
  setValues(sourceData: Range): void {
    this._call("setValues", [`#${sourceData._id}`], (t) => (t.values = dataRef(sourceData, "series values")), "1.7");
  }
  setXAxisValues(sourceData: Range): void {
    this._call("setXAxisValues", [`#${sourceData._id}`], (t) => (t.categories = dataRef(sourceData, "category labels")), "1.7");
  }
  delete(): void {
    this._call("delete", [], (t) => {
      for (const s of this.context.engine.model.sheets) {
        for (const c of s.charts) {
          const i = c.series.indexOf(t);
          if (i >= 0) c.series.splice(i, 1);
        }
      }
    }, "1.7");
  }
}
