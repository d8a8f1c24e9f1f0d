// Use case «Решения коллегии»: the decisions she marks after the collegium («снять с
// контроля», «продлить срок до …», «оставить») go into «Поручения» in one write, with a line in
// «Журнал». `previewDecisions` shows what would change; `applyDecisions` writes exactly that.
// Applying the same decisions again writes nothing (not even the journal).

import { oneLine, reportingPeriod } from "../core/check";
import { formatRu } from "../core/dates";
import { planDecisions, type DecisionLine, type DecisionPlan } from "../core/decisions";
import { deadlineRu, proposalFor, summarise } from "../core/summary";
import type { Row, WorkbookPort } from "../core/workbook/port";
import { DIRECTIVES, JOURNAL } from "../core/workbook/schema";
import { CheckError, marksFor, readCheckData, resolveAsOf } from "./check";

export interface DecisionsInput {
  /** The collegium's date, ISO: the reason says «решение коллегии от …». */
  collegiumDate: string;
  lines: DecisionLine[];
}

export interface DecisionsResult extends DecisionPlan {
  /** False for a preview, or when nothing had to change. */
  written: boolean;
}

async function plan(port: WorkbookPort, input: DecisionsInput): Promise<{ plan: DecisionPlan }> {
  const tables = await port.readTables([DIRECTIVES]);
  const directives = tables.get(DIRECTIVES.name);
  if (!directives) throw new CheckError("В своде нет таблицы «Поручения». Сначала создайте свод и импортируйте решение.");
  return { plan: planDecisions(directives.rows, input.lines, input.collegiumDate, directives.missingColumns) };
}

export async function previewDecisions(port: WorkbookPort, input: DecisionsInput): Promise<DecisionsResult> {
  return { ...(await plan(port, input)).plan, written: false };
}

export async function applyDecisions(port: WorkbookPort, input: DecisionsInput, nowIso: string): Promise<DecisionsResult> {
  const p = await plan(port, input);
  if (!p.plan.write) return { ...p.plan, written: false };
  const changed = p.plan.items.filter((i) => i.changes.length);
  const line: Row = {
    at: nowIso.slice(0, 16),
    action: "Решения коллегии",
    source: `коллегия от ${formatRu(input.collegiumDate)}`,
    added: 0,
    updated: p.plan.changed,
    refused: p.plan.unknown.length,
    details: changed.map((i) => `п. ${i.n || i.directiveKey} — ${i.decision}`).join("; ") + (p.plan.unknown.length ? `; не найдены в «Поручениях»: ${p.plan.unknown.join(", ")}` : ""),
  };
  await port.writeTables([p.plan.write], [{ table: JOURNAL, rows: [line] }]);
  return { ...p.plan, written: true };
}

export interface DecisionCandidate {
  directiveKey: string;
  n: string;
  text: string;
  deadline: string;
  /** What Svodka proposed to the collegium («снять с контроля», «продлить срок до __.__.____», …). */
  proposal: string;
  /** The directive's status as the check last wrote it. */
  status: string;
}

/**
 * The directives on control with the proposal of the collegium document, for the pane's list:
 * marks as of «По состоянию на» (else today) for the period the check would take.
 */
export async function decisionCandidates(port: WorkbookPort, nowIso: string): Promise<DecisionCandidate[]> {
  const data = await readCheckData(port);
  const asOf = resolveAsOf(null, data.settings, nowIso);
  const period = reportingPeriod(asOf, data.settings.currentPeriod);
  const marks = marksFor(data, asOf, period);
  const summary = summarise({ period, asOf, directives: data.directives, marks, organisations: data.organisations });
  const statusByKey = new Map(data.rows.directives.map((r) => [oneLine(r.key), oneLine(r.status)]));
  return summary.directives
    .filter((s) => s.directive.onControl)
    .map((s) => ({
      directiveKey: s.directive.key,
      n: s.directive.n,
      text: s.directive.text,
      deadline: deadlineRu(s.directive),
      proposal: proposalFor(s),
      status: statusByKey.get(s.directive.key) || s.status.text,
    }));
}
