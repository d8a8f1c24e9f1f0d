// What a set of the collegium's decisions changes in «Поручения», computed before anything is
// written, so she sees it first:
// - «снять с контроля»: «На контроле» = нет, and the decision as the reason in «Примечание
//   методиста» (a line appended, her own note kept);
// - «продлить срок до …»: «Срок продлён до» and «Основание продления» = «решение коллегии от …»
//   (the check then takes the extended date: WORKBOOK.md, «The control date T»);
// - «оставить на контроле»: nothing.
// A decision already in the свод changes nothing, so applying the same set twice is harmless.

import { formatRu } from "../dates";
import { oneLine } from "../check/from-rows";
import type { Row, TableWrite } from "../workbook/port";
import { DirectivesTable, type DirectiveRow } from "../workbook/tables/directives";
import { planUpdate } from "../workbook/upsert";
import { decisionRu, type DecisionLine } from "./decision";

export interface DecisionChange {
  directiveKey: string;
  n: string;
  text: string;
  /** «снять с контроля», «продлить срок до 01.06.2025». */
  decision: string;
  /** What changes, in Russian; empty when the свод already says it. */
  changes: string[];
}

export interface DecisionPlan {
  /** One entry per decision, in the order given. */
  items: DecisionChange[];
  /** Keys of decisions whose directive is not in «Поручения». */
  unknown: string[];
  /** The write to «Поручения»; null when nothing changes. */
  write: TableWrite | null;
  /** Directives whose row changes. */
  changed: number;
}

/** «решение коллегии от 20.05.2025»: the reason written with the decision. */
export function decisionReason(collegiumDate: string, body = "коллегии"): string {
  return `решение ${body} от ${formatRu(collegiumDate)}`;
}

export const DECISION_COLUMNS = ["onControl", "extendedTo", "extensionReason", "note"];

export function planDecisions(rows: Row[], lines: DecisionLine[], collegiumDate: string, missingColumns: string[] = []): DecisionPlan {
  const reason = decisionReason(collegiumDate);
  const removedNote = `Снято с контроля: ${reason}`;
  const typed = rows.map((r) => DirectivesTable.read(r));
  const index = new Map(typed.map((r, i) => [oneLine(r.key).toLowerCase(), i]));
  const updates = new Map<number, Partial<DirectiveRow>>();
  const items: DecisionChange[] = [];
  const unknown: string[] = [];
  for (const line of lines) {
    const i = index.get(line.directiveKey.trim().toLowerCase());
    if (i === undefined) {
      unknown.push(line.directiveKey);
      continue;
    }
    // Decisions on the same directive apply in order, each on what the previous left.
    const row = { ...typed[i], ...updates.get(i) };
    const patch: Partial<DirectiveRow> = {};
    const said: [string, string][] = [];
    const d = line.decision;
    if (d.kind === "remove") {
      if (row.onControl) {
        patch.onControl = false;
        said.push(["onControl", "«На контроле»: нет"]);
      }
      const note = row.note;
      if (!note.includes(removedNote)) {
        patch.note = note ? `${note}\n${removedNote}` : removedNote;
        said.push(["note", `«Примечание методиста»: ${removedNote}`]);
      }
    } else if (d.kind === "extend") {
      if (row.extendedTo !== d.to) {
        patch.extendedTo = d.to;
        said.push(["extendedTo", `«Срок продлён до»: ${formatRu(d.to)}`]);
      }
      if (oneLine(row.extensionReason) !== reason) {
        patch.extensionReason = reason;
        said.push(["extensionReason", `«Основание продления»: ${reason}`]);
      }
    }
    // A column she deleted from the table cannot be written: it is not promised either.
    const kept = said.filter(([column]) => !missingColumns.includes(column));
    if (kept.length) updates.set(i, { ...updates.get(i), ...patch });
    items.push({ directiveKey: oneLine(row.key), n: oneLine(row.n), text: oneLine(row.text), decision: decisionRu(d, formatRu), changes: kept.map(([, what]) => what) });
  }
  const columns = DECISION_COLUMNS.filter((c) => !missingColumns.includes(c));
  const patches = new Map([...updates].map(([i, patch]): [number, Row] => [i, DirectivesTable.write(patch)]));
  const plan = updates.size ? planUpdate(DirectivesTable, rows, (_, i) => patches.get(i) ?? null, columns) : null;
  return { items, unknown, write: plan && plan.updated ? plan.write : null, changed: plan?.updated ?? 0 };
}
