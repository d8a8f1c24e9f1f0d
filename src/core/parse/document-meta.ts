// Step 1 of the parser: the document's title, kind, number, date and school year, with a
// warning for whatever had to be guessed.
import type { ParseSettings } from "../model";
import {
  documentNumber,
  explicitDate,
  findTitle,
  isAugustMeeting,
  mentionedSchoolYear,
  schoolYearOfDate,
  titleYear,
} from "./meta";

export interface Meta {
  title: string;
  number: string | null;
  kind: string;
  date: string | null;
  schoolYear: string | null;
  warnings: string[];
}

export function documentMeta(lines: string[], operativeLine: number, settings: ParseSettings): Meta {
  const warnings: string[] = [];
  const heading = findTitle(lines);
  const { title, kind, endLine } = heading;
  let date = explicitDate(lines, endLine, lastContentLine(lines) - 2, operativeLine);
  const text = lines.join("\n");
  const preamble = lines.slice(0, Math.max(operativeLine, endLine + 1)).join("\n");
  let start = mentionedSchoolYear(title);
  if (start === null && date) start = schoolYearOfDate(date, settings);
  if (start === null) start = mentionedSchoolYear(text);
  const august = isAugustMeeting(title) || isAugustMeeting(preamble.slice(0, 600));
  const yearInTitle = titleYear(title);
  if (start === null && yearInTitle !== null && august) start = yearInTitle;
  if (!date) {
    const year = yearInTitle ?? start;
    if (year !== null && august) date = `${year}-08`;
    else if (year !== null) date = String(year);
    if (date) warnings.push(`Дата документа не указана полностью: взято «${date}»`);
    else warnings.push("Дата документа не найдена");
  }
  if (start === null) warnings.push("Учебный год документа не определён: месяцы без года не будут пересчитаны в даты");
  const number = documentNumber(lines, heading, operativeLine);
  return { title, number, kind, date, schoolYear: start === null ? null : `${start}-${start + 1}`, warnings };
}

function lastContentLine(lines: string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]) return i;
  return 0;
}
