// Letters to organisations: the quarter's blanks and the reminders after the check.
export * from "./types";
export { blanksLetter, reminderLetter, letterText, type LetterContext } from "./letters";
export { reminderItems, REMINDER_MARKS, type ReminderItem, type ReminderSet } from "./reminders";
export { closingLines, documentGenitive, documentsPhrase, greetingFor, reportDueDate, safeFilePart, type DocumentRef } from "./wording";
