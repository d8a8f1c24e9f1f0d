// Marks → rows of «Контроль», and the rows for pairs that no longer exist.

import type { Row } from "../workbook/port";
import { ControlTable } from "../workbook/tables/control";
import { pairKey } from "./marks";
import {
  MARK,
  MARK_OBSOLETE,
  type CheckDirective,
  type MarkResult,
} from "./types";

export function controlRows(
  marks: MarkResult[],
  directives: CheckDirective[],
  orgNames: Map<string, string>,
  asOf: string,
): Row[] {
  const byKey = new Map(directives.map((d) => [d.key, d]));
  return marks.map((m) =>
    ControlTable.write({
      directiveKey: m.directiveKey,
      n: byKey.get(m.directiveKey)?.n ?? "",
      orgCode: m.orgCode,
      organisation: orgNames.get(m.orgCode) ?? m.orgCode,
      controlDate: m.controlDate,
      mark: m.mark,
      days: m.days,
      reported: m.mark === MARK.removed ? null : m.reported,
      targetMark: m.targetMark,
      actual: m.actual,
      numerator: m.numerator,
      denominator: m.denominator,
      target: m.target,
      details: m.details,
      asOf,
    }),
  );
}

/**
 * Existing «Контроль» rows whose directive or addressee is gone: marked «Не актуально»
 * with the reason, figures cleared, so that filters on marks no longer count them.
 */
export function obsoleteControlRows(
  existing: Row[],
  marks: MarkResult[],
  directives: CheckDirective[],
  asOf: string,
): Row[] {
  const live = new Set(marks.map((m) => pairKey(m.directiveKey, m.orgCode)));
  const known = new Set(directives.map((d) => d.key.trim().toLowerCase()));
  const out: Row[] = [];
  for (const row of existing) {
    const { directiveKey: key, orgCode: org } = ControlTable.read(row);
    if (!key || !org || live.has(pairKey(key, org))) continue;
    out.push(
      ControlTable.write({
        directiveKey: key,
        orgCode: org,
        mark: MARK_OBSOLETE,
        days: null,
        reported: null,
        targetMark: "",
        actual: null,
        numerator: null,
        denominator: null,
        target: null,
        details: known.has(key.toLowerCase())
          ? "Организация больше не адресат поручения"
          : "Поручения нет в своде",
        asOf,
      }),
    );
  }
  return out;
}
