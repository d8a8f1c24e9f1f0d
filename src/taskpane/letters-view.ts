// What the «Письма в организации» section says after the letters are made (plain functions, tested).
import type { LetterKind } from "../core/letters";
import { plural } from "../core/check/ru-text";

export interface LettersOutcome {
  kind: LetterKind;
  letters: number;
  drafts: number;
  zipName: string;
  withoutEmail: { code: string; name: string; email: string }[];
}

export function lettersMessage(o: LettersOutcome): string {
  if (o.letters === 0) {
    return o.kind === "blanks"
      ? "Писем нет: ни у одной организации нет поручений на контроле."
      : "Напоминать некому: после проверки ни у одной организации нет отметок «Просрочено», «Нет отчёта» или «Срок истекает».";
  }
  const what = o.kind === "blanks" ? `${plural(o.letters, "письмо", "письма", "писем")} с бланками` : plural(o.letters, "напоминание", "напоминания", "напоминаний");
  const drafts = `${o.drafts} ${plural(o.drafts, "черновик", "черновика", "черновиков")}`;
  return `Готово: ${o.letters} ${what}; скачан архив «${o.zipName}» — ${drafts} .eml. Откройте файл двойным щелчком: Outlook или Thunderbird покажет письмо как черновик, проверьте его и нажмите «Отправить».`;
}

/** «Нет адреса …: СОШ № 3, …» — the organisations whose letter is only in the .docx. */
export function withoutEmailMessage(o: LettersOutcome): string | null {
  if (!o.withoutEmail.length) return null;
  const names = o.withoutEmail.map((x) => (x.email ? `${x.name} (адрес «${x.email}» не распознан)` : x.name)).join(", ");
  return `Нет адреса электронной почты в листе «Организации» — черновик не сделан, письмо есть в документе для печати: ${names}.`;
}
