// Whose report a file is and for which period: from the hidden marker, else from the
// header cells above the table, else from the file name. Conflicting answers refuse the file.

import { parsePeriod, periodId } from "../periods";
import { cellText, type Grid, type GridSheet } from "./grid";
import { readMarker } from "./marker";
import { normaliseWords } from "./values";

export interface KnownOrganisation {
  code: string;
  shortName: string;
  fullName: string;
  aliases: string[];
}

export interface Identity {
  orgCode: string | null;
  period: string | null;
  templateVersion: number | null;
  /** Russian reasons that make the file's identity doubtful (the file is refused). */
  conflicts: string[];
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** «2024-Q1», «I квартал 2024 г.», «1 кв. 2024» → `2024-Q1`. */
export function periodFromText(text: string): string | null {
  const direct = /(\d{4})[-_ ]?Q([1-4])/i.exec(text);
  if (direct) return periodId(parsePeriod(`${direct[1]}-Q${direct[2]}`)!);
  const ru = /\b(iv|iii|ii|i|[1-4])\s*[-–]?\s*(?:й\s*)?кв(?:артал)?\.?\s*(\d{4})/i.exec(text);
  if (ru) {
    const q = ROMAN[ru[1].toLowerCase()] ?? Number(ru[1]);
    return `${ru[2]}-Q${q}`;
  }
  return null;
}

/** Normalised name → the codes of the organisations that go by it; built once per register. */
const NAME_INDEX = new WeakMap<KnownOrganisation[], Map<string, Set<string>>>();

function nameIndex(orgs: KnownOrganisation[]): Map<string, Set<string>> {
  let index = NAME_INDEX.get(orgs);
  if (!index) {
    index = new Map();
    for (const o of orgs) {
      for (const n of [o.code, o.shortName, o.fullName, ...o.aliases]) {
        const key = n ? normaliseWords(n) : "";
        if (!key) continue;
        const codes = index.get(key) ?? new Set<string>();
        codes.add(o.code);
        index.set(key, codes);
      }
    }
    NAME_INDEX.set(orgs, index);
  }
  return index;
}

function orgByName(text: string, orgs: KnownOrganisation[]): string | null {
  const t = normaliseWords(text);
  if (!t) return null;
  const codes = nameIndex(orgs).get(t);
  return codes?.size === 1 ? [...codes][0] : null;
}

/** A letter or digit next to a code makes it part of a longer word. Spelled out, not \p{L}: the pane's scripts stay ES2017. */
const CODE_CHAR = /[0-9A-Za-zÀ-ÿА-Яа-яЁё]/;

/** Known organisation codes that appear as whole tokens in a file name. */
function orgsInFileName(fileName: string, orgs: KnownOrganisation[]): string[] {
  const name = fileName.toLowerCase();
  return orgs
    .filter((o) => {
      const code = o.code.toLowerCase();
      const at = name.indexOf(code);
      if (at < 0) return false;
      const before = name[at - 1] ?? " ";
      const after = name[at + code.length] ?? " ";
      return !CODE_CHAR.test(before) && !CODE_CHAR.test(after);
    })
    .map((o) => o.code);
}

/** Label cells above the table: «Код организации:», «Организация:», «Период:». */
function fromHeaderCells(sheet: GridSheet, lastRow: number, orgs: KnownOrganisation[]): { org: string | null; period: string | null } {
  let org: string | null = null;
  let period: string | null = null;
  for (let r = 0; r < Math.min(lastRow, sheet.rows.length); r++) {
    const row = sheet.rows[r] ?? [];
    row.forEach((cell, c) => {
      const label = normaliseWords(cellText(cell));
      const next = row.slice(c + 1).find((x) => cellText(x).trim() !== "");
      const value = cellText(next).trim();
      if (label === "код организации" || label === "код оо" || label === "код") {
        if (value && !org) org = orgs.find((o) => o.code.toLowerCase() === value.toLowerCase())?.code ?? value;
      } else if ((label === "организация" || label === "образовательная организация" || label === "наименование организации") && !org && value) {
        org = orgByName(value, orgs);
      } else if ((label === "период" || label === "отчетный период") && !period && value) {
        period = periodFromText(value);
      }
    });
  }
  return { org, period };
}

export function identify(grid: Grid, sheet: GridSheet, headerRow: number, fileName: string, orgs: KnownOrganisation[]): Identity {
  const conflicts: string[] = [];
  const marker = readMarker(grid);
  const header = fromHeaderCells(sheet, headerRow, orgs);
  const named = orgsInFileName(fileName, orgs);
  const namedPeriod = periodFromText(fileName);

  const inside = marker?.orgCode || header.org;
  if (marker?.orgCode && header.org && marker.orgCode.toLowerCase() !== header.org.toLowerCase()) {
    conflicts.push(`в файле указаны две организации: ${marker.orgCode} (служебная метка) и ${header.org} (шапка)`);
  }
  if (inside && named.length === 1 && named[0].toLowerCase() !== inside.toLowerCase()) {
    conflicts.push(`файл назван как отчёт ${named[0]}, а внутри — отчёт ${inside}; проверьте, какая организация его прислала`);
  }
  const orgCode = inside || (named.length === 1 ? named[0] : null);

  const periodInside = (marker?.period && parsePeriod(marker.period) ? periodId(parsePeriod(marker.period)!) : null) ?? header.period;
  if (marker?.period && header.period && periodInside !== header.period) {
    conflicts.push(`в файле указаны два периода: ${marker.period} (служебная метка) и ${header.period} (шапка)`);
  }
  return { orgCode, period: periodInside ?? namedPeriod, templateVersion: marker?.version ?? null, conflicts };
}
