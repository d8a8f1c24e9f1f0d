// Measures an import of N directives into «Поручения» through the Office host against a fresh
// stand-in: syncs and the largest request, at the host level (the bench measures the whole use case, test/support/import-bench.ts).
import { planUpsert } from "../../../src/core/workbook/upsert";
import type { Row } from "../../../src/core/workbook/port";
import { DIRECTIVES, WORKBOOK_TABLES } from "../../../src/core/workbook/schema";
import { OfficeWorkbookPort, type ExcelRun } from "../../../src/hosts/office";
import { StandInHandle, type StandInOptions } from "./install";

const WORDS = ["обеспечить", "участие", "педагогов", "в", "мероприятиях", "по", "повышению", "качества", "образования", "организовать", "мониторинг", "результатов", "обучающихся", "общеобразовательных", "организаций", "района"];

/** A directive row as the import would write it; text of about `chars` characters. */
export function syntheticDirective(i: number, chars = 400): Row {
  const words: string[] = [];
  for (let k = 0, length = 0; length < chars; k++) {
    const w = WORDS[(i * 7 + k * 3) % WORDS.length];
    words.push(w);
    length += w.length + 1;
  }
  return {
    key: `РЕЗ-2024-08/${i + 1}`,
    documentId: "РЕЗ-2024-08",
    n: `${Math.floor(i / 10) + 1}.${(i % 10) + 1}`,
    text: words.join(" "),
    executors: "Руководителям общеобразовательных организаций",
    addressees: "ОО-01; ОО-02; ОО-03",
    person: "Иванова И. И.",
    deadlineRaw: "до 01.10.2024",
    deadlineKind: "date",
    controlDate: "2024-10-01",
    indicator: i % 3 === 0 ? "доля педагогов, прошедших курсы" : null,
    targetValue: i % 3 === 0 ? 75.5 : null,
    unit: i % 3 === 0 ? "%" : null,
    onControl: "да",
    status: "На контроле",
    revision: "новое",
    warnings: null,
  };
}

export interface ImportMeasure {
  syncs: number;
  maxPayloadBytes: number;
  payloads: number[];
  handle: StandInHandle;
}

/** ensureTables(all) + readTables(«Поручения») + writeTables(upsert of `rows` directives). */
export async function measureOfficeImport(rows: number, options: StandInOptions = {}): Promise<ImportMeasure> {
  const handle = new StandInHandle(options);
  const port = new OfficeWorkbookPort(handle.run as unknown as ExcelRun, (v) => handle.supports(v));
  await port.ensureTables(WORKBOOK_TABLES);
  const read = await port.readTables([DIRECTIVES]);
  const existing = read.get(DIRECTIVES.name);
  if (!existing) throw new Error("«Поручения» was not created");
  const incoming = Array.from({ length: rows }, (_, i) => syntheticDirective(i));
  const plan = planUpsert(DIRECTIVES, existing.rows, incoming, existing.missingColumns);
  await port.writeTables([plan.write]);
  return { syncs: handle.syncCount, maxPayloadBytes: handle.maxPayloadBytes, payloads: [...handle.syncPayloadBytes], handle };
}
