// A letter to one organisation, as plain text parts: the .eml draft (src/formats/eml.ts) and
// the paper letter (src/formats/letters-docx.ts) lay out the same parts.

export type LetterKind = "blanks" | "reminders";

export interface LetterRecipient {
  code: string;
  /** Short name, as in the pane and file names. */
  name: string;
  /** Full name for the address block of a paper letter; the short name when none. */
  fullName: string;
  /** E-mail from «Организации»; null when none is written there. */
  email: string | null;
  /** «Руководитель» as written in «Организации»; empty when none. */
  head: string;
}

/** What the office signs with, from «Настройки». */
export interface LetterSender {
  officeName: string;
  officeEmail: string;
  headSignature: string;
  executorName: string;
  executorPhone: string;
}

export interface Letter {
  kind: LetterKind;
  to: LetterRecipient;
  subject: string;
  /** «Уважаемая Анна Викторовна!» */
  greeting: string;
  /** Body paragraphs; a list item is its own paragraph starting with «— ». */
  paragraphs: string[];
  /** The report blank attached, or null. */
  attachmentName: string | null;
  /** Signature and executor lines. */
  closing: string[];
  /** File name of the draft without extension. */
  fileStem: string;
}
