// Decisions typed as a table (a .csv she saves from Excel): a header row naming «Ключ» or
// «№ п.» and «Решение», then one decision a row. A row whose directive or decision cannot be
// read is named with the reason, never guessed.

import { parseDecision, type DecisionLine } from "./decision";

export interface DecisionTable {
  lines: DecisionLine[];
  /** Russian: one sentence per row not taken. */
  problems: string[];
}

const norm = (s: string) => s.toLowerCase().replace(/ё/g, "е").replace(/[\s.:№]+/g, " ").trim();

export function decisionsFromTable(grid: string[][], directives: { key: string; n: string }[]): DecisionTable {
  const headerAt = grid.findIndex((r) => r.some((c) => norm(c).startsWith("решение")));
  if (headerAt < 0) return { lines: [], problems: ["В таблице нет столбца «Решение»."] };
  const header = grid[headerAt].map(norm);
  const keyCol = header.findIndex((h) => h.startsWith("ключ"));
  const nCol = header.findIndex((h) => h === "п" || h === "пункт" || h.startsWith("п ") || h === "номер");
  const decisionCol = header.findIndex((h) => h.startsWith("решение"));
  if (keyCol < 0 && nCol < 0) return { lines: [], problems: ["В таблице нет столбца «Ключ» или «№ п.»: непонятно, к какому поручению относится решение."] };

  const byKey = new Map(directives.map((d) => [d.key.toLowerCase(), d.key]));
  const byN = new Map<string, string[]>();
  for (const d of directives) byN.set(d.n, [...(byN.get(d.n) ?? []), d.key]);

  const lines: DecisionLine[] = [];
  const problems: string[] = [];
  grid.slice(headerAt + 1).forEach((row, i) => {
    const line = headerAt + i + 2;
    const text = (row[decisionCol] ?? "").trim();
    const keyText = keyCol >= 0 ? (row[keyCol] ?? "").trim() : "";
    const nText = nCol >= 0 ? (row[nCol] ?? "").trim().replace(/^п\.?\s*/i, "") : "";
    if (!text && !keyText && !nText) return;
    if (!text) return; // no decision on this directive: nothing to do
    let key: string | undefined;
    if (keyText) {
      key = byKey.get(keyText.toLowerCase());
      if (!key) return void problems.push(`Строка ${line}: поручения с ключом «${keyText}» нет в «Поручениях».`);
    } else {
      const keys = byN.get(nText) ?? [];
      if (keys.length !== 1) {
        return void problems.push(
          keys.length ? `Строка ${line}: пункт ${nText} есть в нескольких документах — укажите «Ключ».` : `Строка ${line}: пункта «${nText}» нет в «Поручениях».`,
        );
      }
      key = keys[0];
    }
    const decision = parseDecision(text);
    if (!decision) return void problems.push(`Строка ${line}: решение «${text}» не распознано — напишите «снять с контроля», «продлить срок до ДД.ММ.ГГГГ» или «оставить на контроле».`);
    lines.push({ directiveKey: key, decision });
  });
  return { lines, problems };
}
