// Reading an organisation list (a pasted table or a file, already turned into a cell grid):
// which rows become organisations, which are refused and why, and how the types were read.
// Pure: no I/O. Values the list leaves empty stay empty here ("" or []); merging with what
// «Организации» already holds is done later (./plan.ts).

import { cellText, isFilled, type GridSheet } from "../ingest/grid";
import type { Organisation, OrgType } from "../model";
import { defaultColumns, FIELD_LABELS, DEFAULT_ORDER, isHeaderWord, locateHeader, NAMES_ORDER, readHeaderRow, type ListColumns } from "./headers";
import { guessOrgType, readOrgType } from "./org-type";
import { parseListedOrganisation } from "./row-schema";
import type { ListProblem } from "./types";

/** A whole list that cannot be read; the message is for the methodologist. */
export class ListRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ListRefusal";
  }
}

export interface ListedOrganisation {
  /** 1-based row of the list. */
  line: number;
  org: Organisation;
  /** Where the type came from: the list's «Тип» column, a guess from the name, or nowhere. */
  typeFrom: "list" | "guess" | "none";
  /** What to tell about a guessed or unrecognised type (null when the list gave it). */
  typeNote: string | null;
  /** The list has no codes: `org.code` is empty until one is matched by name or given (./codes.ts). */
  needsCode?: boolean;
  /** The code was given by Svodka (./codes.ts), so repeats are told by name, not by code. */
  codeGiven?: boolean;
}

/** Stands in for the missing code while the row is checked; never leaves this module. */
const PENDING_CODE = "?";

/** A code is one short token («ОО-01», «101», «sch7»); a name has words. */
const looksLikeCode = (s: string): boolean => s.length <= 15 && !/\s/.test(s);

/** No header and a first column of names rather than codes: a list of names alone. */
function holdsNamesOnly(sheet: GridSheet): boolean {
  const first = sheet.rows.map((r) => clean(cellText(r?.[0]))).filter((t) => t && !isHeaderWord(t));
  return first.length > 0 && first.filter((t) => !looksLikeCode(t)).length * 2 > first.length;
}

const NO_CODES_NOTE =
  "Кодов в списке нет: организации, которые уже есть в своде, узнаются по названию, новым коды присваиваются по типу (ОО-01, ДОО-01, УДО-01…) после наибольшего кода этого типа в своде.";

export interface ListReading {
  rows: ListedOrganisation[];
  problems: ListProblem[];
}

const clean = (s: string): string => s.replace(/[\s\u00a0\u2007\u202f]+/g, " ").trim();

const splitList = (s: string, separators: RegExp): string[] => {
  const out: string[] = [];
  for (const part of s.split(separators)) {
    const v = clean(part);
    if (v && !out.some((x) => x.toLowerCase() === v.toLowerCase())) out.push(v);
  }
  return out;
};

/** Addresses as «a@x.ru; b@y.ru», without «mailto:» and angle brackets. */
function readEmails(s: string): string {
  return splitList(s, /[;,\s]+/)
    .map((a) => a.replace(/^mailto:/i, "").replace(/^<|>$/g, ""))
    .filter(Boolean)
    .join("; ");
}

/** The sheet that holds the list: visible sheets first; the first one with a header row wins. */
function findList(sheets: GridSheet[]): { sheet: GridSheet; header: ReturnType<typeof locateHeader> } {
  const order = [...sheets.filter((s) => s.state === "visible"), ...sheets.filter((s) => s.state !== "visible")];
  for (const sheet of order) {
    const header = locateHeader(sheet);
    if (header) return { sheet, header };
  }
  const filled = order.find((s) => s.rows.some((r) => r && r.some(isFilled)));
  if (!filled) throw new ListRefusal("Список пуст: в нём нет ни одной заполненной строки.");
  return { sheet: filled, header: null };
}

function readType(typeText: string, names: string): Pick<ListedOrganisation, "typeFrom" | "typeNote"> & { type: OrgType | "" } {
  const fromList = typeText ? readOrgType(typeText) : null;
  if (fromList) return { type: fromList, typeFrom: "list", typeNote: null };
  const guess = guessOrgType(names);
  const said = typeText ? `тип «${typeText}» не распознан` : "тип не указан";
  if (guess) return { type: guess, typeFrom: "guess", typeNote: `${said} — по названию принят «${guess}»` };
  return { type: "", typeFrom: "none", typeNote: `${said} и по названию не определяется — укажите ОО, ДОО, УДО, МКУ или УО в «Организациях»` };
}

export function readOrganisationList(sheets: GridSheet[]): ListReading {
  const { sheet, header } = findList(sheets);
  const problems: ListProblem[] = [];
  let columns: ListColumns;
  let first: number;
  let namesOnly = false;
  if (header) {
    if (header.columns.shortName === undefined && header.columns.fullName === undefined) {
      throw new ListRefusal("В строке заголовка списка нет столбца с наименованием организации («Наименование», «Краткое наименование» или «Полное наименование»).");
    }
    columns = header.columns;
    first = header.row + 1;
    for (const u of header.unknown) problems.push({ line: header.row + 1, message: `Столбец «${u.text}» не распознан и не прочитан.` });
    namesOnly = columns.code === undefined;
    if (namesOnly) problems.push({ line: null, message: NO_CODES_NOTE });
  } else if (holdsNamesOnly(sheet)) {
    namesOnly = true;
    columns = defaultColumns(NAMES_ORDER);
    first = 0;
    problems.push({ line: null, message: NO_CODES_NOTE });
  } else {
    columns = defaultColumns();
    first = 0;
    problems.push({
      line: null,
      message: `Строки заголовка нет: столбцы прочитаны по порядку — ${DEFAULT_ORDER.map((f) => FIELD_LABELS[f]).join(", ")}. Если порядок другой, добавьте строку заголовка («Код», «Наименование», «Тип», …).`,
    });
  }

  const rows: ListedOrganisation[] = [];
  for (let r = first; r < sheet.rows.length; r++) {
    const cells = Array.from(sheet.rows[r] ?? [], (c) => clean(cellText(c)));
    if (!cells.some(Boolean)) continue;
    if (header && readHeaderRow(cells)) continue; // the header pasted once more
    if (namesOnly && cells.every((c) => !c || isHeaderWord(c))) continue; // a lone «Наименование» above the names
    const get = (f: keyof ListColumns): string => {
      const c = columns[f];
      return c === undefined ? "" : (cells[c] ?? "");
    };
    const shortName = get("shortName");
    const fullName = get("fullName");
    const type = readType(get("type"), `${shortName} ${fullName}`);
    const candidate: Organisation = {
      code: namesOnly ? PENDING_CODE : get("code"),
      shortName,
      fullName,
      type: type.type,
      groups: splitList(get("groups"), /[;,\n]+/),
      aliases: splitList(get("aliases"), /[;\n]+/),
      email: readEmails(get("email")),
      head: get("head"),
    };
    const parsed = parseListedOrganisation(candidate);
    const line = r + 1;
    if (!parsed.ok) {
      const name = shortName || fullName;
      problems.push({ line, refused: true, message: `Строка ${line}${name ? ` (${name})` : ""}: ${parsed.reason} — строка не взята.` });
      continue;
    }
    if (namesOnly) rows.push({ line, org: { ...parsed.org, code: "" }, typeFrom: type.typeFrom, typeNote: type.typeNote, needsCode: true });
    else rows.push({ line, org: parsed.org, typeFrom: type.typeFrom, typeNote: type.typeNote });
  }
  return { rows, problems };
}
