// Russian sentences about what a use case did, shown after the action.
import { count, DIRECTIVE_FORMS } from "./russian";

/** After «Создать свод»: which sheets were added, or that everything was already there. */
export function createdMessage(created: string[]): string {
  if (!created.length) return "Свод уже готов: все листы на месте, ничего не изменено.";
  return `Свод готов. Добавлены листы: ${created.map((n) => `«${n}»`).join(", ")}.`;
}

/** After «Добавить в свод». */
export function importedMessage(added: number, updated: number, removed = 0): string {
  if (!added && !updated && !removed) return "В своде уже есть этот документ без изменений: ничего не записано.";
  const parts = [];
  if (added) parts.push(`добавлено ${count(added, DIRECTIVE_FORMS)}`);
  if (updated) parts.push(`обновлено ${count(updated, DIRECTIVE_FORMS)}`);
  if (removed) parts.push(`отмечено исключёнными ${removed}`);
  const text = parts.join(", ");
  return `Готово: ${text}. Проверьте лист «Поручения».`;
}

const FILE_FORMS: [string, string, string] = ["файл", "файла", "файлов"];
const ORGANISATION_FORMS: [string, string, string] = ["организация", "организации", "организаций"];

/** After «Сделать файлы»: how many files, for which organisations, in which archive. */
export function reportFilesMessage(orgCodes: string[], periodText: string, zipName: string): string {
  return `Готово: ${count(orgCodes.length, FILE_FORMS)} за ${periodText} в архиве «${zipName}» — для ${orgCodes.join(", ")}.`;
}

/** The one line about what to do with the school files next. */
export const REPORT_FILES_NEXT =
  "Разошлите файлы школам и организациям; заполненные отчёты загрузите в разделе «Загрузить отчёты».";

/** When no organisation has a directive on control: nothing to send. */
export const NO_REPORT_FILES =
  "Ни одной организации из листа «Организации» не адресовано поручение на контроле, поэтому файлы не созданы. " +
  "Добавьте организации и импортируйте резолюцию (или проверьте коды в таблице «Адресаты»).";

/** After «Добавить в свод» in «Организации». */
export function organisationsMessage(added: number, updated: number): string {
  if (!added && !updated) return "Все эти организации уже есть в своде без изменений: ничего не записано.";
  const parts = [];
  if (added) parts.push(`добавлено ${count(added, ORGANISATION_FORMS)}`);
  if (updated) parts.push(`обновлено ${count(updated, ORGANISATION_FORMS)}`);
  return `Готово: ${parts.join(", ")}. Проверьте лист «Организации».`;
}

/** The name the collegium document is downloaded under. */
export function summaryDocxName(period: string): string {
  return `Информация о ходе исполнения ${period}.docx`;
}

/** Appended to a result in the standalone page, where the свод lives in the browser until downloaded. */
export function saveHint(kind: "excel" | "file"): string {
  return kind === "file" ? " Чтобы сохранить свод, нажмите «Скачать свод»." : "";
}
