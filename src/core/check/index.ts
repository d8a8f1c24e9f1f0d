// The check of deadlines and targets (WORKBOOK.md, «Marks»).
export * from "./types";
export { computeMarks, checkedPeriod, dueOf, pairKey, reportingPeriod } from "./marks";
export { directiveStatus, type DirectiveStatus, type DirectiveOutcome } from "./directive-status";
export * from "./targets";
export * from "./from-rows";
export { controlRows, obsoleteControlRows } from "./control-rows";
export { daysRu, numberRu, valueRu, percentRu, plural } from "./ru-text";
export { dayCount, workingDaysFast } from "./days";
