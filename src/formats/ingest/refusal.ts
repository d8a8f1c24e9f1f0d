// Why a whole file is refused: a reason code (the xlsx-corpus MANIFEST's vocabulary) and a
// plain Russian message that tells the methodologist what to do about it.

export type RefusalCode =
  | "empty"
  | "not-xlsx"
  | "legacy-xls"
  | "xlsb"
  | "ods"
  | "encrypted"
  | "corrupt"
  | "zip-bomb"
  | "too-large"
  | "no-sheets"
  | "unsupported-part-names"
  | "xml-entities"
  | "unsupported-feature";

const ADVICE: Record<RefusalCode, string> = {
  empty: "файл пустой — попросите школу прислать заполненный отчёт",
  "not-xlsx": "это не таблица Excel — попросите прислать отчёт в формате .xlsx",
  "legacy-xls": "это файл старого формата .xls — откройте его в Excel и сохраните как .xlsx",
  xlsb: "это двоичная книга Excel (.xlsb) — откройте её в Excel и сохраните как .xlsx",
  ods: "это таблица OpenDocument (.ods) — откройте её и сохраните как .xlsx",
  encrypted: "файл защищён паролем — снимите пароль и пришлите снова",
  corrupt: "файл повреждён (возможно, не докачался) — попросите прислать его снова",
  "zip-bomb": "файл распаковывается в недопустимо большой объём — он не мог получиться из бланка отчёта, попросите прислать его снова",
  "too-large": "файл слишком большой для отчёта школы — проверьте, тот ли файл прислан",
  "no-sheets": "в книге нет ни одного листа — попросите прислать заполненный отчёт",
  "unsupported-part-names": "файл сохранён сторонней программой в нестандартном виде — откройте его в Excel и сохраните как .xlsx",
  "xml-entities": "файл содержит недопустимые XML-конструкции — откройте его в Excel и сохраните как .xlsx",
  "unsupported-feature": "в файле есть то, что Сводка не умеет читать надёжно — откройте его в Excel и сохраните как .xlsx",
};

/** A whole-file refusal. `detail` is a technical note (kept out of her way, for logs and tests). */
export class FileRefusal extends Error {
  constructor(
    readonly code: RefusalCode,
    readonly detail = "",
    message = ADVICE[code],
  ) {
    super(message);
    this.name = "FileRefusal";
  }
}

export function refusalMessage(code: RefusalCode): string {
  return ADVICE[code];
}
