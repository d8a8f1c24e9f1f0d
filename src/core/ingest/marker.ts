// The hidden marker every report file carries (a veryHidden sheet), written by
// src/formats/report-template.ts and read back here: which template version, which
// organisation and which period the file was made for.

import { cellText, type Grid } from "./grid";

export const MARKER_SHEET = "svodka_marker";
export const MARKER_TAG = "svodka-report";
/** Bump when the report layout changes in a way older readers cannot follow. */
export const TEMPLATE_VERSION = 2;
/** Files made by templates older than this are refused: their layout is not read any more. */
export const MIN_TEMPLATE_VERSION = 2;

export interface Marker {
  version: number;
  orgCode: string;
  period: string;
}

/** Marker rows: tag/version, organisation code, period (labels in A, values in B). */
export function markerRows(m: Marker): [string, string | number][] {
  return [
    [MARKER_TAG, m.version],
    ["org", m.orgCode],
    ["period", m.period],
  ];
}

export function readMarker(grid: Grid): Marker | null {
  const sheet = grid.sheets.find((s) => s.name === MARKER_SHEET);
  if (!sheet) return null;
  const value = (label: string) => {
    const row = sheet.rows.find((r) => cellText(r?.[0]).trim() === label);
    return row ? cellText(row[1]).trim() : "";
  };
  const version = Number(value(MARKER_TAG));
  if (!Number.isFinite(version) || version <= 0) return null;
  return { version, orgCode: value("org"), period: value("period") };
}
