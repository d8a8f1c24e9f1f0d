// Turns any failure into one plain Russian sentence for a MessageBar. Errors raised by Svodka's
// own code are already Russian; errors from Excel, the browser or a library are not, so they get
// a Russian explanation with the original text kept in brackets for support.

/** An error whose message is meant for the methodologist as is. */
export class UserFacingError extends Error {}

const CYRILLIC = /[А-Яа-яЁё]/;

const CELL_EDIT = "Excel занят редактированием ячейки. Завершите ввод (Enter или Esc) и повторите действие.";

/** Office.js error codes a user can act on. */
const OFFICE_CODES: Record<string, string> = {
  // Microsoft's error table names this code; its delay-in-cell-edit page says the batch fails with
  // InvalidOperation instead (mapped below, with Excel's own text kept for support).
  InvalidOperationInCellEditMode: CELL_EDIT,
  AccessDenied: "Excel не разрешает изменить книгу. Проверьте, не защищён ли лист или книга, и повторите действие.",
  ItemAlreadyExists: "В книге уже есть лист или таблица с таким именем. Переименуйте их и повторите действие.",
  RequestPayloadSizeLimitExceeded: "Слишком большой объём данных для одной операции Excel. Сообщите разработчикам.",
};

export function userMessage(error: unknown): string {
  const err = error as { message?: unknown; code?: unknown; writeOutcome?: unknown; cause?: unknown } | null;
  const message = typeof err?.message === "string" ? err.message.trim() : typeof error === "string" ? error.trim() : "";
  const code = typeof err?.code === "string" ? err.code : "";
  // A write that failed says what became of the свод (rolled back or not) after its cause.
  if (err?.writeOutcome === "rolled back" || err?.writeOutcome === "partial") return `${userMessage(err.cause)} ${message}`;
  if (code && OFFICE_CODES[code]) return OFFICE_CODES[code];
  if (code === "InvalidOperation") return `${CELL_EDIT} Если ошибка повторится, когда ничего не вводится, сообщите разработчикам (InvalidOperation${message ? `: ${message}` : ""}).`;
  if (error instanceof UserFacingError || CYRILLIC.test(message)) return message;
  if (/failed to fetch|loading chunk|networkerror/i.test(message))
    return "Не удалось загрузить часть программы. Проверьте подключение к сети и повторите действие.";
  const detail = [code, message].filter(Boolean).join(": ");
  return `Не удалось выполнить действие из-за непредвиденной ошибки${detail ? ` (${detail})` : ""}. Повторите попытку; если ошибка повторится, сообщите разработчикам.`;
}
