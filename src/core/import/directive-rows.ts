// Turns a parsed resolution into rows of `Документы` and `Поручения`, with stable keys
// (`<document id>/<n>`) so that a re-import updates rows in place.

import { formatRu } from "../dates";
import type { ParsedDirective, ParsedDocument } from "../model";
import type { Row } from "../workbook/port";
import { DirectivesTable } from "../workbook/tables/directives";
import { DocumentsTable } from "../workbook/tables/documents";

const KIND_CODES: [RegExp, string][] = [
  [/конференц/i, "Конф"],
  [/коллеги/i, "Колл"],
  [/совещан/i, "Совещ"],
  [/совет/i, "Совет"],
  [/приказ/i, "Приказ"],
];

/**
 * A short, readable document id: kind code, adoption date and, when the heading prints one,
 * the document's number («Конф-2023-08», «Колл-2024-08-28-5»), so that two decisions of one
 * meeting get two ids. Documents without a number keep the id they always had.
 */
export function documentId(doc: Pick<ParsedDocument, "kind" | "title" | "date"> & { number?: string | null }): string {
  const text = `${doc.kind} ${doc.title}`;
  const code = KIND_CODES.find(([re]) => re.test(text))?.[1] ?? "Док";
  // «2/3» would read as a directive key's separator: «Колл-2024-04-22-2-3»
  const number = (doc.number ?? "").trim().replace(/[\s/\\]+/g, "-").slice(0, 20);
  return `${code}-${doc.date ?? "б-д"}${number ? `-${number}` : ""}`;
}

/** Keys of a document's directives; a number printed twice gets «(2)», «(3)». */
export function directiveKeys(docId: string, directives: ParsedDirective[]): string[] {
  const seen = new Map<string, number>();
  return directives.map((d) => {
    const k = (seen.get(d.n) ?? 0) + 1;
    seen.set(d.n, k);
    return `${docId}/${d.n}${k > 1 ? ` (${k})` : ""}`;
  });
}

/** The clause of the text around the target («охват детей … до 75 %»), for the «Показатель» column. */
export function indicatorOf(d: ParsedDirective): string {
  if (!d.target) return "";
  const clauses = d.text.split(/[;.]\s+|,\s+(?=[а-яё]+ть\b)/);
  const raw = d.target.raw.replace(/\s+/g, " ");
  const clause = clauses.find((c) => c.replace(/\s+/g, " ").includes(raw)) ?? d.text;
  const t = clause.trim();
  return t.length > 160 ? `${t.slice(0, 157)}…` : t;
}

export function documentRow(doc: ParsedDocument, id: string, sourceFile: string, nowIso: string, contentPrint = ""): Row {
  return DocumentsTable.write({
    id,
    kind: doc.kind,
    title: doc.title,
    date: formatRu(doc.date),
    schoolYear: doc.schoolYear ?? "",
    sourceFile,
    importedAt: nowIso,
    directiveCount: doc.directives.length,
    contentPrint,
  });
}

export function directiveRow(d: ParsedDirective, key: string, docId: string, addressees: string[]): Row {
  return DirectivesTable.write({
    key,
    documentId: docId,
    n: d.n,
    text: d.text,
    executors: d.executors,
    addressees,
    person: d.person ?? "",
    deadlineRaw: d.deadline.raw ?? "",
    deadlineKind: d.deadline.kind,
    controlDate: d.deadline.due,
    indicator: indicatorOf(d),
    targetValue: d.target?.value ?? null,
    unit: d.target?.unit ?? "",
    lowerIsBetter: d.target ? d.target.lowerIsBetter : null,
    onControl: d.controlled,
    warnings: d.warnings,
  });
}
