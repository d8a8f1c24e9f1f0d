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
