// A directive as the import preview shows it, with every field set: tests override what they test.
import type { PreviewItem } from "../../src/core/import/plan";

export const previewItem = (over: Partial<PreviewItem>): PreviewItem => ({
  key: `Конф-2024-08/${over.n ?? "1"}`,
  n: "1",
  text: "Провести мониторинг",
  executors: ["Руководителям общеобразовательных организаций"],
  deadlineRaw: null,
  controlDate: null,
  target: null,
  controlled: true,
  warnings: [],
  change: "added",
  changedFields: [],
  ...over,
});
