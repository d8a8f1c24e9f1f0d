// What a write command tells the user when it did not complete. The pane words the cause
// (user-message.ts) and adds this error's own sentence about the state of the свод.

/** A write failed and everything it had changed was put back: the свод is as before. */
export class WriteRolledBack extends Error {
  readonly writeOutcome = "rolled back";
  constructor(cause: unknown) {
    super("Изменения этой команды отменены: свод остался как был.", { cause });
    this.name = "WriteRolledBack";
  }
}

/** A write failed and putting the свод back failed too: part of the command's changes stayed. */
export class WriteLeftPartial extends Error {
  readonly writeOutcome = "partial";
  constructor(
    cause: unknown,
    readonly restoreError: unknown,
  ) {
    super(
      "Запись прервалась, и вернуть свод к прежнему виду не удалось: часть изменений осталась. Повторите действие — повторный запуск доводит свод до нужного вида.",
      { cause },
    );
    this.name = "WriteLeftPartial";
  }
}

/** Excel stored something other than what was written (a key or text read back differs). */
export class StoredValueMismatch extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StoredValueMismatch";
  }
}

/** A short Russian description of a failure for the «Журнал». */
export function failureNote(error: unknown): string {
  const e = error as { message?: unknown; code?: unknown } | null;
  const message = typeof e?.message === "string" ? e.message : String(error);
  if (/[А-Яа-яЁё]/.test(message)) return message;
  const code = typeof e?.code === "string" ? e.code : "";
  return `ошибка Excel${code ? ` ${code}` : ""}: ${message}`.slice(0, 500);
}
