// Domain types shared by the parser, the checks and both workbook hosts.
import type { Recurrence } from "./parse/deadline/recurrence";
// Dates inside the core are ISO strings ("2023-10-01"); hosts convert them to
// Excel serials on write and back on read, so the core never sees a Date or a locale.

/** What kind of deadline a directive has (see ../shared/corpus/SPEC.md). */
export type DeadlineKind = "date" | "period" | "ongoing" | "recurring" | "none";

export interface Deadline {
  /** The phrase as written, or null when nothing was stated. */
  raw: string | null;
  kind: DeadlineKind;
  /** Control date, ISO `YYYY-MM-DD`; null for ongoing, recurring and none. */
  due: string | null;
  /** Recurring deadlines only: how often, and the day the text names (the check's control date per quarter). */
  recurrence?: Recurrence;
}

export interface Target {
  raw: string;
  value: number;
  unit: string;
  /** true for indicators where lower is better ("снизить долю … до 5 %"). */
  lowerIsBetter?: boolean;
}

/** One directive as the parser extracts it (field names follow SPEC.md). */
export interface ParsedDirective {
  n: string;
  text: string;
  executors: string[];
  person: string | null;
  deadline: Deadline;
  target: Target | null;
  controlled: boolean;
  /** Russian sentences: what the parser assumed rather than read. Shown as «проверить». */
  warnings: string[];
}

export interface ParsedDocument {
  title: string;
  /** The document's number as printed in its heading («6», «2/3», «12-р»); null if it has none. */
  number: string | null;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null if the text gives none. */
  date: string | null;
  /** `YYYY-YYYY`; null if unclear. */
  schoolYear: string | null;
  /** Russian kind: «резолюция конференции», «решение коллегии», … */
  kind: string;
  directives: ParsedDirective[];
  warnings: string[];
}

/** How vague phrases are read; comes from the `Настройки` sheet. */
export interface ParseSettings {
  /** Month (1-12) and day the school year ends; default 31 August. */
  schoolYearEnd: { month: number; day: number };
  /** Whether «в течение года» means the school year or the calendar year. */
  duringYear: "school" | "calendar";
}

export const DEFAULT_PARSE_SETTINGS: ParseSettings = {
  schoolYearEnd: { month: 8, day: 31 },
  duringYear: "school",
};

/** Settings of the consolidation workbook (`Настройки`). */
export interface Settings extends ParseSettings {
  /** Report date («по состоянию на»), ISO; null = today. */
  asOf: string | null;
  /** Current reporting period, `2024-Q1`. */
  currentPeriod: string | null;
  /** Days before a deadline that count as «срок истекает». */
  warningDays: number;
  /** Count days late in working days instead of calendar days. */
  workingDays: boolean;
  /** For documents and letters: the office's name as in their heading («Управление образования …»). */
  officeName: string;
  /** The address letters to organisations are sent from. */
  officeEmail: string;
  /** The signature line: position and name of the head. */
  headSignature: string;
  /** «Исполнитель»: who prepared a document, and the phone. */
  executorName: string;
  executorPhone: string;
}

export const DEFAULT_SETTINGS: Settings = {
  ...DEFAULT_PARSE_SETTINGS,
  asOf: null,
  currentPeriod: null,
  warningDays: 14,
  workingDays: false,
  officeName: "",
  officeEmail: "",
  headSignature: "",
  executorName: "",
  executorPhone: "",
};

export type OrgType = "ОО" | "ДОО" | "УДО" | "МКУ" | "УО";

export interface Organisation {
  code: string;
  shortName: string;
  fullName: string;
  type: string;
  groups: string[];
  aliases: string[];
  email: string;
  head: string;
}
