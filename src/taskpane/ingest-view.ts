// What «Загрузить отчёты» shows after a batch: counts on top, then one line per file —
// taken (how many rows; blank form rows counted apart), partly taken (each refused row with
// its cell, column and reason) or refused (the reason), with what was taken with a remark
// listed apart — and whether the свод changed at all (loading the same files twice changes nothing).
import type { IngestOutcome, IngestResult } from "../app/ingest-reports";
import { count } from "./russian";

export interface IngestFileView {
  file: string;
  outcome: IngestOutcome;
  /** «принят», «частично», «не принят». */
  label: string;
  /** «строк принято: 10, отклонено: 2; пустых строк: 5»; empty for a refused file. */
  rows: string;
  /** One Russian sentence per refused row, or the reason the whole file was refused. */
  reasons: string[];
  /** What was taken with a remark, and columns not read: shown apart from the refusals. */
  notes: string[];
  /** «МБОУ «СОШ № 5» (ОО-05)»: the school the file was matched to; empty when none was. */
  school: string;
}

export interface IngestView {
  /** «Файлов: 3 — принято 1, частично 1, не принято 1.» */
  summary: string;
  counts: Record<IngestOutcome, number>;
  /** What happened to «Отчёты». */
  changes: string;
  /** True when the свод was written to. */
  changed: boolean;
  files: IngestFileView[];
}

export const OUTCOME_LABEL: Record<IngestOutcome, string> = { accepted: "принят", partial: "частично", refused: "не принят" };

const FILE_FORMS: [string, string, string] = ["файл", "файла", "файлов"];
const ROW_FORMS: [string, string, string] = ["строка", "строки", "строк"];

/** Reasons come from the readers as clauses («не удалось понять…»); each line shown is a sentence. */
function sentence(reason: string): string {
  const t = reason.trim();
  if (!t) return t;
  return t[0].toUpperCase() + t.slice(1) + (/[.!?…]$/.test(t) ? "" : ".");
}

function rowsText(accepted: number, refused: number, blank: number): string {
  const taken = refused ? `строк принято: ${accepted}, отклонено: ${refused}` : `строк принято: ${accepted}`;
  return blank ? `${taken}; пустых строк: ${blank}` : taken;
}

type Counted = Pick<IngestResult, "files" | "added" | "updated">;

function changesText(result: Counted, counts: Record<IngestOutcome, number>): string {
  if (result.added || result.updated) {
    const parts = [];
    if (result.added) parts.push(`добавлено ${count(result.added, ROW_FORMS)}`);
    if (result.updated) parts.push(`обновлено ${count(result.updated, ROW_FORMS)}`);
    return `В таблице «Отчёты» ${parts.join(", ")}.`;
  }
  if (!counts.accepted && !counts.partial) return "Ни один файл не принят: в своде ничего не изменилось.";
  return "Эти отчёты уже были загружены: в своде ничего не изменилось.";
}

export function ingestView(result: Counted): IngestView {
  const counts: Record<IngestOutcome, number> = { accepted: 0, partial: 0, refused: 0 };
  for (const f of result.files) counts[f.outcome]++;
  const files = result.files.map((f) => ({
    file: f.file,
    outcome: f.outcome,
    label: OUTCOME_LABEL[f.outcome],
    rows: f.outcome === "refused" ? "" : rowsText(f.rowsAccepted, f.rowsRefused, f.rowsBlank ?? 0),
    reasons: f.reasons.map(sentence),
    notes: (f.notes ?? []).map(sentence),
    school: f.school ?? "",
  }));
  return {
    summary: `${count(result.files.length, FILE_FORMS)}: принято ${counts.accepted}, частично ${counts.partial}, не принято ${counts.refused}.`,
    counts,
    changes: changesText(result, counts),
    changed: result.added + result.updated > 0,
    files,
  };
}
