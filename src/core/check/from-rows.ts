// Workbook rows («Поручения», «Отчёты») → the check's plain model. Users type into these
// tables, so values are read leniently: «Да»/«да », numbers as text with a comma, and so on.

import type { DeadlineKind } from "../model";
import type { CellValue, Row } from "../workbook/port";
import { readRecurrence } from "../parse/deadline/recurrence";
import { inferLowerIsBetter } from "./targets";
import { MARKS_IN_ORDER, TARGET_MARK, type CheckDirective, type CheckReport, type ControlMark, type Mark, type ReportStatus, type TargetMark } from "./types";

const KIND_BY_RU: Record<string, DeadlineKind> = {
  дата: "date",
  период: "period",
  постоянно: "ongoing",
  периодически: "recurring",
  "не указан": "none",
};

/** Russian deadline kind as shown in «Поручения» → model kind. */
export function deadlineKindOf(v: CellValue | undefined): DeadlineKind {
  return KIND_BY_RU[text(v).toLowerCase()] ?? "none";
}

export function textOf(v: CellValue | undefined): string {
  return text(v);
}

function text(v: CellValue | undefined): string {
  return v === null || v === undefined ? "" : String(v).trim().replace(/\s+/g, " ");
}

function textOrNull(v: CellValue | undefined): string | null {
  return text(v) || null;
}

/** A number typed as a number or as text («75,5», «75,5 %»); null when there is none. */
export function numberOf(v: CellValue | undefined): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  const t = text(v).replace(/\s|%/g, "").replace(",", ".");
  if (!t) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** ISO date (date-times cut to the day); null for anything else. */
export function isoDateOf(v: CellValue | undefined): string | null {
  const t = text(v);
  return /^\d{4}-\d{2}-\d{2}/.test(t) ? t.slice(0, 10) : null;
}

/** «нет» (any case) takes a directive off control; anything else, blank included, keeps it on. */
export function onControlOf(v: CellValue | undefined): boolean {
  return text(v).toLowerCase() !== "нет";
}

export function addresseesOf(v: CellValue | undefined): string[] {
  return [...new Set(text(v).split(/[,;\n]/).map((s) => s.trim()).filter(Boolean))];
}

export function reportStatusOf(v: CellValue | undefined): ReportStatus | null {
  const t = text(v).toLowerCase().replace(/ё/g, "е");
  if (!t) return null;
  if (t.startsWith("не ")) return "notDone";
  if (t.startsWith("выполнено") || t === "исполнено") return "done";
  return "inProgress";
}

/** «Меньше — лучше» as the methodologist set it; guessed from the wording when empty. */
function lowerIsBetterOf(row: Row): boolean {
  const set = text(row.lowerIsBetter).toLowerCase();
  if (set === "да") return true;
  if (set === "нет") return false;
  return inferLowerIsBetter(text(row.indicator) || text(row.text));
}

export function directiveFromRow(row: Row): CheckDirective | null {
  const key = text(row.key);
  if (!key) return null;
  const unit = textOrNull(row.unit);
  const kind = deadlineKindOf(row.deadlineKind);
  return {
    key,
    n: text(row.n),
    text: text(row.text),
    addressees: addresseesOf(row.addressees),
    kind,
    controlDate: isoDateOf(row.controlDate),
    deadlineRaw: textOrNull(row.deadlineRaw),
    recurrence: kind === "recurring" ? readRecurrence(text(row.deadlineRaw)) : null,
    extendedTo: isoDateOf(row.extendedTo),
    extensionReason: textOrNull(row.extensionReason),
    onControl: onControlOf(row.onControl),
    targetValue: numberOf(row.targetValue),
    unit,
    lowerIsBetter: lowerIsBetterOf(row),
    documentId: textOrNull(row.documentId),
    responsible: textOrNull(row.person) ?? textOrNull(row.executors),
    indicator: textOrNull(row.indicator),
  };
}

export function reportFromRow(row: Row): CheckReport | null {
  const directiveKey = text(row.directiveKey);
  const orgCode = text(row.orgCode);
  if (!directiveKey || !orgCode) return null;
  return {
    directiveKey,
    orgCode,
    period: text(row.period).toUpperCase(),
    status: reportStatusOf(row.status),
    actual: numberOf(row.actual),
    numerator: numberOf(row.numerator),
    denominator: numberOf(row.denominator),
    doneDate: isoDateOf(row.doneDate),
    receivedAt: textOrNull(row.receivedAt),
    whatDone: textOrNull(row.whatDone),
  };
}

const MARK_TEXTS = new Set<string>(MARKS_IN_ORDER);
const TARGET_TEXTS = new Set<string>(Object.values(TARGET_MARK));

/**
 * A «Контроль» row → the figures' input. Rows whose mark is not one of the check's (e.g.
 * «Не актуально» for a pair that no longer exists) are left out: they are not on control.
 */
export function controlMarkFromRow(row: Row): ControlMark | null {
  const directiveKey = text(row.directiveKey);
  const orgCode = text(row.orgCode);
  const mark = text(row.mark);
  if (!directiveKey || !orgCode || !MARK_TEXTS.has(mark)) return null;
  const target = text(row.targetMark);
  return {
    directiveKey,
    orgCode,
    mark: mark as Mark,
    days: numberOf(row.days),
    reported: text(row.reported).toLowerCase() === "есть",
    targetMark: TARGET_TEXTS.has(target) ? (target as TargetMark) : "",
    actual: numberOf(row.actual),
    numerator: numberOf(row.numerator),
    denominator: numberOf(row.denominator),
  };
}
