import assert from "node:assert/strict";
import * as CFB from "cfb";
import type { GridCell } from "../../src/core/ingest/grid";
import { readSpreadsheet } from "../../src/formats/ingest/read-spreadsheet";
import { FileRefusal } from "../../src/formats/ingest/refusal";

// A small BIFF8 writer for the records the reader takes, so each case is built on purpose.
const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
const u32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
const f64 = (n: number) => [...new Uint8Array(new Float64Array([n]).buffer)];
const rec = (type: number, data: number[]) => [...u16(type), ...u16(data.length), ...data];
const wide = (s: string) => [...s].flatMap((c) => u16(c.charCodeAt(0)));
/** XLUnicodeString with 2-byte characters; `cchBytes` 1 for sheet names. */
const ustr = (s: string, cchBytes: 1 | 2 = 2) => [...(cchBytes === 1 ? [s.length] : u16(s.length)), 1, ...wide(s)];
const cellHead = (r: number, c: number, xf: number) => [...u16(r), ...u16(c), ...u16(xf)];

const BOF = (dt: number) => rec(0x0809, [...u16(0x0600), ...u16(dt), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
const EOF = rec(0x000a, []);

interface Sheet {
  name: string;
  hidden?: boolean;
  records: number[];
}

function xls(sheets: Sheet[], opts: { strings?: number[]; date1904?: boolean } = {}): Uint8Array {
  const globalsHead = [
    ...BOF(0x0005),
    ...(opts.date1904 ? rec(0x0022, u16(1)) : []),
    ...rec(0x041e, [...u16(164), ...ustr("ДД.ММ.ГГГГ")]),
    ...rec(0x00e0, [0, 0, ...u16(0), 0, 0]), // XF 0: General
    ...rec(0x00e0, [0, 0, ...u16(164), 0, 0]), // XF 1: a custom date format
    ...rec(0x00e0, [0, 0, ...u16(10), 0, 0]), // XF 2: 0.00%
  ];
  const sheetRecs = (at: number[]) => sheets.flatMap((s, i) => rec(0x0085, [...u32(at[i]), s.hidden ? 1 : 0, 0, ...ustr(s.name, 1)]));
  const tail = [...(opts.strings ?? []), ...EOF];
  // BOUNDSHEET holds each sheet's offset, so the globals' length is known first
  const globalsLength = globalsHead.length + sheetRecs(sheets.map(() => 0)).length + tail.length;
  const offsets: number[] = [];
  let p = globalsLength;
  for (const s of sheets) {
    offsets.push(p);
    p += BOF(0x0010).length + s.records.length + EOF.length;
  }
  const stream = [...globalsHead, ...sheetRecs(offsets), ...tail, ...sheets.flatMap((s) => [...BOF(0x0010), ...s.records, ...EOF])];
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, "Workbook", new Uint8Array(stream));
  return new Uint8Array(CFB.write(cfb, { type: "buffer" }) as Uint8Array);
}

/** SST of `strings`; the last one is cut into a CONTINUE after `splitAfter` characters. */
function sst(strings: string[], splitAfter: number): number[] {
  const head = [...u32(strings.length), ...u32(strings.length)];
  const body = strings.slice(0, -1).flatMap((s) => ustr(s));
  const last = strings[strings.length - 1];
  const first = [...u16(last.length), 1, ...wide(last.slice(0, splitAfter))];
  // the continued characters start with their own flags byte (here: 2 bytes a character)
  return [...rec(0x00fc, [...head, ...body, ...first]), ...rec(0x003c, [1, ...wide(last.slice(splitAfter))])];
}

const at = (rows: (GridCell | undefined)[][], r: number, c: number) => rows[r]?.[c];

function refusal(bytes: Uint8Array): FileRefusal {
  try {
    readSpreadsheet(bytes, "отчёт.xls");
  } catch (e) {
    if (e instanceof FileRefusal) return e;
    throw e;
  }
  assert.fail("expected a refusal");
}

describe("xls-grid: an old-format .xls read as Excel shows it", () => {
  const LONG = "Проведены собрания в 5–9 классах, ".repeat(10);

  it("reads shared strings (one split over CONTINUE), numbers, RK, dates, percentages, formula results and errors", () => {
    const records = [
      ...rec(0x00fd, [...cellHead(0, 0, 0), ...u32(0)]),
      ...rec(0x00fd, [...cellHead(0, 1, 0), ...u32(1)]),
      ...rec(0x0203, [...cellHead(1, 0, 1), ...f64(45342)]), // 20.02.2024 under a date format
      ...rec(0x027e, [...cellHead(1, 1, 0), ...u32((80 << 2) | 2)]), // RK integer 80
      ...rec(0x00bd, [...u16(2), ...u16(0), ...u16(0), ...u32((7550 << 2) | 3), ...u16(0), ...u32((3 << 2) | 2), ...u16(1)]), // MULRK: 75.50 %, 3
      ...rec(0x0006, [...cellHead(3, 0, 0), 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0, 0, 0, 0, 0, 0, 0]), // a formula whose result is text…
      ...rec(0x0207, ustr("итого")), // …held in the STRING record after it
      ...rec(0x0006, [...cellHead(3, 1, 0), 1, 0, 1, 0, 0, 0, 0xff, 0xff, 0, 0, 0, 0, 0, 0, 0, 0]), // TRUE
      ...rec(0x0006, [...cellHead(3, 2, 0), ...f64(12.5), 0, 0, 0, 0, 0, 0]), // 12.5
      ...rec(0x0205, [...cellHead(3, 3, 0), 0x07, 1]), // #DIV/0!
      ...BOF(0x0020), // an embedded chart: its records are not cells of the sheet
      ...rec(0x00fd, [...cellHead(9, 9, 0), ...u32(0)]),
      ...EOF,
      ...rec(0x00e5, [...u16(1), ...u16(4), ...u16(5), ...u16(0), ...u16(0)]),
      ...rec(0x0203, [...cellHead(5, 0, 0), ...f64(99)]), // a value left in a merged follower
    ];
    const bytes = xls([{ name: "Отчёт", records }, { name: "_svodka", hidden: true, records: rec(0x00fd, [...cellHead(0, 0, 0), ...u32(0)]) }], { strings: sst(["Статус", LONG], 50) });
    const grid = readSpreadsheet(bytes, "отчёт.xls");
    assert.equal(grid.format, "xls");
    assert.deepEqual(grid.sheets.map((s) => [s.name, s.state]), [["Отчёт", "visible"], ["_svodka", "hidden"]]);
    const rows = grid.sheets[0].rows;
    assert.deepEqual(at(rows, 0, 0), { kind: "text", text: "Статус" });
    assert.deepEqual(at(rows, 0, 1), { kind: "text", text: LONG });
    assert.deepEqual(at(rows, 1, 0), { kind: "date", iso: "2024-02-20" });
    assert.deepEqual(at(rows, 1, 1), { kind: "number", value: 80 });
    assert.deepEqual(at(rows, 2, 0), { kind: "number", value: 75.5 });
    assert.deepEqual(at(rows, 2, 1), { kind: "number", value: 3 });
    assert.deepEqual(at(rows, 3, 0), { kind: "text", text: "итого" });
    assert.deepEqual(at(rows, 3, 1), { kind: "bool", value: true });
    assert.deepEqual(at(rows, 3, 2), { kind: "number", value: 12.5 });
    assert.deepEqual(at(rows, 3, 3), { kind: "error", code: "#DIV/0!" });
    assert.equal(at(rows, 9, 9), undefined, "the chart's records are not read as cells");
    assert.deepEqual(grid.sheets[0].merges, [{ top: 4, bottom: 5, left: 0, right: 0 }]);
    assert.equal(at(rows, 5, 0), undefined, "a merged follower is empty, as Excel shows it");
  });

  it("reads a percentage format and the 1904 date system", () => {
    const records = [...rec(0x0203, [...cellHead(0, 0, 2), ...f64(0.755)]), ...rec(0x0203, [...cellHead(0, 1, 1), ...f64(35880)])];
    const rows = readSpreadsheet(xls([{ name: "Л", records }], { date1904: true }), "a.xls").sheets[0].rows;
    assert.deepEqual(at(rows, 0, 0), { kind: "number", value: 0.755, percent: true });
    assert.deepEqual(at(rows, 0, 1), { kind: "date", iso: "2002-03-27" });
  });

  it("refuses damage as corrupt, never crashing: a record past the stream, a string index out of range", () => {
    const good = [...rec(0x0203, [...cellHead(0, 0, 0), ...f64(1)])];
    const cut = xls([{ name: "Л", records: [...good, ...u16(0x0203), ...u16(400), 1, 2, 3] }]);
    assert.equal(refusal(cut).code, "corrupt");
    const outOfRange = xls([{ name: "Л", records: rec(0x00fd, [...cellHead(0, 0, 0), ...u32(7)]) }]);
    assert.equal(refusal(outOfRange).code, "corrupt");
    assert.match(refusal(outOfRange).message, /файл повреждён/);
    const shortCell = xls([{ name: "Л", records: rec(0x0203, [1, 2, 3]) }]);
    assert.equal(refusal(shortCell).code, "corrupt");
  });

  it("a sheet without values is «empty»; an SST that declares a billion strings reads only what is there", () => {
    assert.equal(refusal(xls([{ name: "Л", records: [] }])).code, "empty");
    const liar = [...rec(0x00fc, [...u32(1e9), ...u32(1e9), ...ustr("один")])];
    const grid = readSpreadsheet(xls([{ name: "Л", records: rec(0x00fd, [...cellHead(0, 0, 0), ...u32(0)]) }], { strings: liar }), "a.xls");
    assert.deepEqual(at(grid.sheets[0].rows, 0, 0), { kind: "text", text: "один" });
  });
});
