// The summary scenario's district (test/core/summary/scenario.ts) with what letters need:
// e-mails and heads in «Организации» (one school without an e-mail), the office's name,
// address, signature and executor in «Настройки», and the current period.
import type { Row } from "../../src/core/workbook/port";
import { DIRECTIVES, DOCUMENTS, JOURNAL, ORGANISATIONS, REPORTS, SETTINGS } from "../../src/core/workbook/schema";
import { SETTING_NAMES } from "../../src/app/settings";
import { DIRECTIVE_ROWS, DOCUMENT_ROWS, ORGANISATION_ROWS, REPORT_ROWS } from "../core/summary/scenario";
import { MemoryPort } from "./memory-port";

export const OFFICE = {
  officeName: "Управление образования администрации Заречного муниципального района",
  officeEmail: "uo@zarechny-obr.example",
  headSignature: "Начальник управления образования А.В. Петрова",
  executorName: "Сидорова Мария Ивановна",
  executorPhone: "8 (48234) 2-12-34",
};

const CONTACTS: Record<string, { email: string; head: string }> = {
  "ОО-01": { email: "school1@zarechny-obr.example", head: "Кузнецова Ольга Петровна" },
  "ОО-02": { email: "school2@zarechny-obr.example", head: "Смирнов Игорь Николаевич" },
  "ОО-03": { email: "", head: "Орлова Е.В." },
  "ДОО-01": { email: "ds1@zarechny-obr.example", head: "" },
};

export function lettersPort(settings: Partial<typeof OFFICE> = OFFICE, extra: Row[] = []): MemoryPort {
  const port = new MemoryPort();
  port.tables.set(DOCUMENTS.name, DOCUMENT_ROWS.map((r) => ({ ...r })));
  port.tables.set(DIRECTIVES.name, DIRECTIVE_ROWS.map((r) => ({ ...r })));
  port.tables.set(ORGANISATIONS.name, ORGANISATION_ROWS.map((r) => ({ ...r, ...CONTACTS[String(r.code)] })));
  port.tables.set(REPORTS.name, REPORT_ROWS.map((r) => ({ ...r })));
  port.tables.set(JOURNAL.name, []);
  port.tables.set(SETTINGS.name, [
    { name: SETTING_NAMES.currentPeriod, value: "2024-Q1", hint: "" },
    ...Object.entries(settings).map(([id, value]) => ({ name: SETTING_NAMES[id as keyof typeof OFFICE], value, hint: "" })),
    ...extra,
  ]);
  return port;
}
