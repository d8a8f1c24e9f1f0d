// Reads an old-format workbook (.xls: BIFF8 from Excel 97–2003 and LibreOffice, BIFF5 from
// Excel 95) into the same cell grid as an .xlsx. The OLE2 container is opened by `cfb` in the
// sniff; this reads only the records a report needs from the workbook stream:
// globals — BOUNDSHEET (sheets, hidden state), SST + CONTINUE (shared strings), FORMAT and
// XF (which numbers are dates or percentages), DATEMODE (1904), CODEPAGE (BIFF5 text);
// each worksheet — LABELSST, LABEL, RSTRING, NUMBER, RK, MULRK, FORMULA (+ STRING, the cached
// result; formulas are never evaluated), BOOLERR and MERGECELLS.
//
// Why not SheetJS: the npm package `xlsx` stops at 0.18.5, which has open advisories
// (prototype pollution, ReDoS); later builds are only on SheetJS's own CDN. This reader is
// small, allocates nothing from declared counts, checks every read against its record, and
// turns any damage into a refusal.

import { hasAnyCell, type Grid, type GridCell, type GridSheet } from "../core/ingest/grid";
import { clearMergedFollowers } from "./ingest/grid-merges";
import { FileRefusal } from "./ingest/refusal";
import { BiffDamage, byteString, codepageDecoder, f64, readSst, recordAt, rkValue, u16, u32, unicodeString } from "./xls-biff";
import { BUILTIN_DATE_FORMATS, BUILTIN_PERCENT_FORMATS, DEFAULT_XLSX_LIMITS, EMPTY_ROW, formatKind, numberCell, type NumberKind, type XlsxLimits } from "./xlsx-grid";

const BOF = 0x0809;
const EOF = 0x000a;
const CONTINUE = 0x003c;
const BOUNDSHEET = 0x0085;
const CODEPAGE = 0x0042;
const DATEMODE = 0x0022;
const FORMAT = 0x041e;
const XF = 0x00e0;
const SST = 0x00fc;
const LABELSST = 0x00fd;
const LABEL = 0x0204;
const RSTRING = 0x00d6;
const NUMBER = 0x0203;
const RK = 0x027e;
const MULRK = 0x00bd;
const FORMULA = 0x0006;
const STRING = 0x0207;
const BOOLERR = 0x0205;
const MERGECELLS = 0x00e5;
/** Records that may stand between a FORMULA and the STRING holding its cached text. */
const FORMULA_COMPANIONS = new Set([0x04bc /* SHRFMLA */, 0x0221 /* ARRAY */, 0x0236 /* TABLE */]);

const XLS_MAX_COLUMNS = 256;
const BIFF8 = 0x0600;
const BIFF5 = 0x0500;
const DT_GLOBALS = 0x0005;
const DT_WORKSHEET = 0x0010;

/** BIFF error codes as Excel shows them. */
const ERRORS: Record<number, string> = { 0x00: "#NULL!", 0x07: "#DIV/0!", 0x0f: "#VALUE!", 0x17: "#REF!", 0x1d: "#NAME?", 0x24: "#NUM!", 0x2a: "#N/A" };

interface Globals {
  biff8: boolean;
  date1904: boolean;
  decoder: TextDecoder;
  sheets: { name: string; state: GridSheet["state"]; at: number; worksheet: boolean }[];
  /** Per XF index: how a number in that style reads. */
  kinds: NumberKind[];
  strings: string[];
}

/** Reads every worksheet of a BIFF5/BIFF8 workbook stream; any damage is a FileRefusal. */
export function readXlsGrid(stream: Uint8Array, limits: XlsxLimits = DEFAULT_XLSX_LIMITS): Grid {
  try {
    return readWorkbook(stream, limits);
  } catch (err) {
    if (err instanceof FileRefusal) throw err;
    // BiffDamage, or anything a damaged stream provokes: the file is refused, never a crash
    throw new FileRefusal("corrupt", `.xls: ${(err as Error).message}`);
  }
}

function readWorkbook(stream: Uint8Array, limits: XlsxLimits): Grid {
  const g = readGlobals(stream, limits);
  const worksheets = g.sheets.filter((s) => s.worksheet);
  if (worksheets.length === 0) throw new FileRefusal(g.sheets.length ? "no-sheets" : "legacy-xls", "BIFF workbook declares no worksheets");
  const budget = { cells: limits.maxCells, text: limits.maxTextChars, merges: limits.maxMerges };
  const sheets = worksheets.map((s) => readWorksheet(stream, s, g, budget));
  const grid: Grid = { sheets, format: "xls" };
  if (!hasAnyCell(grid)) throw new FileRefusal("empty", "no cell holds a value");
  return grid;
}

function readGlobals(stream: Uint8Array, limits: XlsxLimits): Globals {
  const bof = recordAt(stream, 0);
  if (!bof || bof.type !== BOF) throw new FileRefusal("legacy-xls", `workbook stream starts with record 0x${bof?.type.toString(16) ?? "–"}: not BIFF5/BIFF8`);
  const version = u16(bof.data, 0);
  if (u16(bof.data, 2) !== DT_GLOBALS) throw new BiffDamage("first substream is not the workbook globals");
  if (version !== BIFF8 && version !== BIFF5) throw new FileRefusal("legacy-xls", `BIFF version 0x${version.toString(16)}`);
  const g: Globals = { biff8: version === BIFF8, date1904: false, decoder: codepageDecoder(1252), sheets: [], kinds: [], strings: [] };
  const formats = new Map<number, string>();
  const xfFormats: number[] = [];
  let sst: Uint8Array[] | null = null;
  let p = 4 + bof.data.length;
  for (let rec = recordAt(stream, p); rec && rec.type !== EOF; rec = recordAt(stream, p)) {
    p += 4 + rec.data.length;
    const d = rec.data;
    switch (rec.type) {
      case CODEPAGE:
        if (!g.biff8) g.decoder = codepageDecoder(u16(d, 0));
        break;
      case DATEMODE:
        g.date1904 = u16(d, 0) === 1;
        break;
      case FORMAT:
        formats.set(u16(d, 0), g.biff8 ? unicodeString(d, 2, 2).text : byteString(d, 2, 1, g.decoder).text);
        break;
      case XF:
        xfFormats.push(u16(d, 2));
        break;
      case BOUNDSHEET: {
        const state = (d[4] & 3) === 1 ? "hidden" : (d[4] & 3) === 2 ? "veryHidden" : "visible";
        const name = g.biff8 ? unicodeString(d, 6, 1).text : byteString(d, 6, 1, g.decoder).text;
        g.sheets.push({ name, state, at: u32(d, 0), worksheet: d[5] === 0 });
        break;
      }
      case SST:
        sst = [d];
        break;
      case CONTINUE:
        if (sst) sst.push(d);
        break;
    }
    if (rec.type !== SST && rec.type !== CONTINUE && sst && g.strings.length === 0) {
      g.strings = readSst(sst, limits.maxTextChars);
      sst = null;
    }
  }
  if (sst) g.strings = readSst(sst, limits.maxTextChars);
  g.kinds = xfFormats.map((id) => {
    const code = formats.get(id);
    return code !== undefined ? formatKind(code) : BUILTIN_DATE_FORMATS.has(id) ? "date" : BUILTIN_PERCENT_FORMATS.has(id) ? "percent" : "plain";
  });
  return g;
}

interface Budget {
  cells: number;
  text: number;
  merges: number;
}

function readWorksheet(stream: Uint8Array, decl: Globals["sheets"][number], g: Globals, budget: Budget): GridSheet {
  const bof = recordAt(stream, decl.at);
  if (!bof || bof.type !== BOF) throw new BiffDamage(`sheet «${decl.name}» does not start with BOF`);
  const rows: (GridCell | undefined)[][] = [];
  const merges: GridSheet["merges"] = [];
  if (u16(bof.data, 2) !== DT_WORKSHEET) return { name: decl.name, state: decl.state, rows, merges };

  const put = (r: number, c: number, cell: GridCell | undefined) => {
    if (!cell) return;
    // An .xls sheet has 256 columns (A–IV); a cell past them is damage, and would make every
    // row a sparse array tens of thousands wide for the readers after this one.
    if (c >= XLS_MAX_COLUMNS) throw new BiffDamage(`cell in column ${c + 1} of sheet «${decl.name}»`);
    if (--budget.cells < 0) throw new FileRefusal("too-large", `${decl.name}: more cells than a report could hold`);
    if (cell.kind === "text") {
      budget.text -= cell.text.length;
      if (budget.text < 0) throw new FileRefusal("too-large", `${decl.name}: text cells hold more text than a report could`);
    }
    (rows[r] ??= [])[c] = cell;
  };
  const num = (n: number, ixfe: number) => numberCell(n, g.kinds[ixfe], g.date1904);
  const text = (t: string): GridCell | undefined => (t === "" ? undefined : { kind: "text", text: t });

  // Charts embedded in a sheet are BOF…EOF substreams inside it: only depth 1 holds its cells.
  let depth = 1;
  let pendingString: [number, number] | null = null;
  let p = decl.at + 4 + bof.data.length;
  for (let rec = recordAt(stream, p); rec; rec = recordAt(stream, p)) {
    p += 4 + rec.data.length;
    if (rec.type === BOF) depth++;
    else if (rec.type === EOF && --depth === 0) break;
    if (depth !== 1) continue;
    const d = rec.data;
    switch (rec.type) {
      case LABELSST: {
        const i = u32(d, 6);
        if (i >= g.strings.length) throw new BiffDamage(`shared string ${i} out of range`);
        put(u16(d, 0), u16(d, 2), text(g.strings[i]));
        break;
      }
      case LABEL:
      case RSTRING:
        put(u16(d, 0), u16(d, 2), text(g.biff8 ? unicodeString(d, 6, 2).text : byteString(d, 6, 2, g.decoder).text));
        break;
      case NUMBER:
        put(u16(d, 0), u16(d, 2), num(f64(d, 6), u16(d, 4)));
        break;
      case RK:
        put(u16(d, 0), u16(d, 2), num(rkValue(u32(d, 6)), u16(d, 4)));
        break;
      case MULRK: {
        const r = u16(d, 0);
        const first = u16(d, 2);
        const count = Math.floor((d.length - 6) / 6);
        for (let k = 0; k < count; k++) put(r, first + k, num(rkValue(u32(d, 6 + k * 6)), u16(d, 4 + k * 6)));
        break;
      }
      case FORMULA: {
        const r = u16(d, 0);
        const c = u16(d, 2);
        if (u16(d, 12) !== 0xffff) put(r, c, num(f64(d, 6), u16(d, 4)));
        else if (d[6] === 0) pendingString = [r, c];
        else if (d[6] === 1) put(r, c, { kind: "bool", value: d[8] !== 0 });
        else if (d[6] === 2) put(r, c, { kind: "error", code: ERRORS[d[8]] ?? "#VALUE!" });
        continue; // pendingString stays for the STRING record right after
      }
      case STRING:
        if (pendingString) put(pendingString[0], pendingString[1], text(g.biff8 ? unicodeString(d, 0, 2).text : byteString(d, 0, 2, g.decoder).text));
        break;
      case BOOLERR:
        put(u16(d, 0), u16(d, 2), d[7] ? { kind: "error", code: ERRORS[d[6]] ?? "#VALUE!" } : { kind: "bool", value: d[6] !== 0 });
        break;
      case MERGECELLS: {
        const n = Math.min(u16(d, 0), Math.floor((d.length - 2) / 8));
        for (let k = 0; k < n; k++) {
          const at = 2 + k * 8;
          const m = { top: u16(d, at), bottom: u16(d, at + 2), left: u16(d, at + 4), right: u16(d, at + 6) };
          if (m.bottom < m.top || m.right < m.left) continue;
          if (--budget.merges < 0) throw new FileRefusal("too-large", `${decl.name}: more merged ranges than a report could hold`);
          merges.push(m);
        }
        break;
      }
    }
    if (!FORMULA_COMPANIONS.has(rec.type)) pendingString = null;
  }
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = EMPTY_ROW;
  clearMergedFollowers(rows, merges, decl.name);
  return { name: decl.name, state: decl.state, rows, merges };
}
