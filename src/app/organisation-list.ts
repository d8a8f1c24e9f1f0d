// Filling «Организации» from a list: pasted from Excel (tab-separated) or CSV-like text, or an
// .xlsx/.csv file. The preview reads the list against the свод in one read; applying it goes
// through addOrganisations (by code: new rows added, existing ones updated, nothing deleted).

import type { GridSheet } from "../core/ingest/grid";
import { previewList, type ListPreview } from "../core/organisation-list";
import { organisationFromRow } from "../core/organisations";
import type { WorkbookPort } from "../core/workbook/port";
import { ORGANISATIONS } from "../core/workbook/schema";
import { detectDelimiter, parseCsv } from "../formats/csv";
import { readSpreadsheet } from "../formats/ingest/read-spreadsheet";
import { FileRefusal, type RefusalCode } from "../formats/ingest/refusal";
import { addOrganisations } from "./organisations";

export type { DuplicateNote, ListProblem } from "../core/organisation-list";

export type OrganisationListInput = { text: string; sourceName?: string } | { name: string; bytes: Uint8Array };

/** What the list would change in «Организации», as the pane shows it before anything is written. */
export type OrganisationListPreview = ListPreview;

/** A pasted list can be long, but not a whole registry of the country. */
const MAX_PASTED_ROWS = 20_000;

// The readers' advice speaks of a school's report; for a list of organisations it says this.
const LIST_ADVICE: Partial<Record<RefusalCode, string>> = {
  empty: "файл пустой",
  "not-xlsx": "это не таблица Excel и не CSV — сохраните список как .xlsx или .csv",
  corrupt: "файл повреждён (возможно, не докачался) — сохраните список заново",
  "zip-bomb": "файл распаковывается в недопустимо большой объём — сохраните список заново в Excel",
  "too-large": "файл слишком большой для списка организаций — проверьте, тот ли файл выбран",
  "no-sheets": "в книге нет ни одного листа",
  encrypted: "файл защищён паролем — снимите пароль и загрузите снова",
};

function pastedSheet(text: string, sourceName?: string): GridSheet {
  const body = text.replace(/^\uFEFF/, "");
  const firstLine = body.split(/\r?\n/).find((l) => l.trim() !== "") ?? "";
  // Excel copies cells separated by tabs; anything else is CSV-like («;» or «,»).
  const delimiter = firstLine.includes("\t") ? "\t" : detectDelimiter(body);
  let rows: string[][];
  try {
    rows = parseCsv(body, delimiter, MAX_PASTED_ROWS);
  } catch (e) {
    if (e instanceof FileRefusal) throw new Error(`Вставленный список длиннее ${MAX_PASTED_ROWS} строк — загрузите его файлом по частям.`);
    throw e;
  }
  return {
    name: sourceName ?? "Вставленный список",
    state: "visible",
    rows: rows.map((r) => r.map((v) => (v.trim() === "" ? undefined : { kind: "text" as const, text: v }))),
    merges: [],
  };
}

function fileSheets(name: string, bytes: Uint8Array): GridSheet[] {
  try {
    return readSpreadsheet(bytes, name).sheets;
  } catch (e) {
    if (e instanceof FileRefusal) throw new Error(`Файл «${name}» не прочитан: ${LIST_ADVICE[e.code] ?? e.message}.`);
    throw e;
  }
}

export async function previewOrganisationList(port: WorkbookPort, input: OrganisationListInput): Promise<OrganisationListPreview> {
  const sheets = "text" in input ? [pastedSheet(input.text, input.sourceName)] : fileSheets(input.name, input.bytes);
  const tables = await port.readTables([ORGANISATIONS]);
  const table = tables.get(ORGANISATIONS.name);
  if (!table) throw new Error("В книге нет таблицы «Организации» — сначала создайте свод.");
  const existing = table.rows.map(organisationFromRow).filter((o) => o.code !== "");
  return previewList(sheets, existing);
}

export async function applyOrganisationList(
  port: WorkbookPort,
  preview: OrganisationListPreview,
  nowIso: string,
  source: string,
): Promise<{ added: number; updated: number }> {
  const refusedLines = preview.problems.filter((p) => p.refused);
  return addOrganisations(port, preview.organisations, nowIso, source, {
    count: refusedLines.length,
    details: refusedLines.map((p) => p.message).join("\n"),
  });
}
