// The demo's letters: the office's details in «Настройки», then the quarter's letters with the
// blanks and, after the check, the reminders, each as .eml drafts, a .zip and a .docx.
import { join } from "node:path";
import { makeLetters } from "../app/letters";
import { updateSettings } from "../app/update-settings";
import type { WorkbookPort } from "../core/workbook/port";
import { writeLetters } from "./commands/letters";

/** The fictional office of the sample district (samples/organisations.ts, «УО»). */
export const DEMO_OFFICE = {
  officeName: "Управление образования администрации Заречного муниципального района",
  officeEmail: "uo@zarechny-obr.example",
  headSignature: "Начальник управления образования А.В. Петрова",
  executorName: "Сидорова Мария Ивановна",
  executorPhone: "8 (48234) 2-12-34",
};

export interface DemoLetters {
  folder: string;
  lines: string[];
}

/** Makes both kinds of letters into `<folder>/бланки` and `<folder>/напоминания`; returns what to print. */
export async function demoLetters(port: WorkbookPort, folder: string, period: string, clock: { templates: string; check: string }): Promise<DemoLetters> {
  await updateSettings(port, DEMO_OFFICE, clock.templates.slice(0, 10));
  const blanks = await makeLetters(port, { kind: "blanks", period }, clock.templates);
  await writeLetters(blanks, join(folder, "бланки"));
  const reminders = await makeLetters(port, { kind: "reminders", period }, clock.check);
  await writeLetters(reminders, join(folder, "напоминания"));
  const missing = [...new Set([...blanks.withoutEmail, ...reminders.withoutEmail].map((o) => o.name))];
  return {
    folder,
    lines: [
      `9. Письма: с бланками — ${blanks.drafts.length} черновиков .eml, напоминания после проверки — ${reminders.drafts.length}; для печати — по одному .docx.`,
      ...(missing.length ? [`   Без адреса электронной почты (письма только в .docx): ${missing.join(", ")}.`] : []),
      ...[...new Set([...blanks.problems, ...reminders.problems])].map((p) => `   ${p}`),
    ],
  };
}
