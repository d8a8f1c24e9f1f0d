// A plan pasted as text («№ | Мероприятие | Срок | Ответственный», cells split by tabs or «|»)
// is rewritten into the lines a typed resolution has: «1. Провести…», «Срок: …»,
// «Ответственный: …». Runs before normalisation, which would turn tabs into spaces.

import { checkTextLength } from "./bounds";
import { spacedTableToItems } from "./table-spaced";

const DEADLINE_HEADER = /срок/i;
const EXECUTOR_HEADER = /ответствен|исполнител/i;
const NUMBER_HEADER = /^(?:№|n|номер|п\/п)/i;
const CONTENT_HEADER = /мероприят|содержани|наименовани|действи|задач|поручени/i;
const RULE_ROW = /^[\s|:+\-–—=]+$/;

type Separator = "\t" | "|";

function cellsOf(line: string, sep: Separator): string[] | null {
  if (!line.includes(sep)) return null;
  let body = line.trim();
  if (sep === "|") body = body.replace(/^\|/, "").replace(/\|$/, "");
  const cells = body.split(sep).map((c) => c.trim());
  return cells.length >= 3 ? cells : null;
}

interface Columns {
  sep: Separator;
  count: number;
  deadline: number;
  executor: number;
  number: number;
}

function headerColumns(line: string): Columns | null {
  for (const sep of ["\t", "|"] as Separator[]) {
    const cells = cellsOf(line, sep);
    if (!cells || cells.some((c) => c.length > 60)) continue;
    const deadline = cells.findIndex((c) => DEADLINE_HEADER.test(c));
    if (deadline < 0) continue;
    const executor = cells.findIndex((c) => EXECUTOR_HEADER.test(c));
    const number = cells.findIndex((c) => NUMBER_HEADER.test(c));
    if (executor < 0 && number < 0 && !cells.some((c) => CONTENT_HEADER.test(c))) continue;
    return { sep, count: cells.length, deadline, executor, number };
  }
  return null;
}

function rowLines(cells: string[], cols: Columns): string[] {
  const main = cells.filter((_, i) => i !== cols.deadline && i !== cols.executor && i !== cols.number && i < cols.count + 2).filter(Boolean).join(" ");
  const num = cols.number >= 0 ? (cells[cols.number] ?? "").replace(/\s+/g, "") : "";
  if (!main) return [];
  const out = [num && /^\d{1,3}(?:\.\d{1,3})*[.)]?$/.test(num) ? `${/[.)]$/.test(num) ? num : num + "."} ${main}` : main];
  const deadline = cols.deadline >= 0 ? cells[cols.deadline] : "";
  const executor = cols.executor >= 0 ? cells[cols.executor] : "";
  if (deadline) out.push(`Срок: ${deadline}`);
  if (executor) out.push(`Ответственный: ${executor}`);
  out.push("");
  return out;
}

/** Rewrites every tab- or pipe-separated plan table in the text; other lines stay as they are. */
export function tableRowsToItems(text: string): string {
  // the parser's first step on the raw text, so the bound on its size is checked here, before any work
  checkTextLength(text);
  if (!text.includes("\t") && !text.includes("|")) return spacedTableToItems(text);
  const lines = text.split(/\r\n?|\n/);
  const out: string[] = [];
  let cols: Columns | null = null;
  for (const line of lines) {
    if (cols) {
      const cells = cellsOf(line, cols.sep);
      if (cells) {
        if (!RULE_ROW.test(line)) out.push(...rowLines(cells, cols));
        continue;
      }
      if (RULE_ROW.test(line) && line.trim()) continue;
      cols = null;
    }
    const header = headerColumns(line);
    if (header) {
      cols = header;
      out.push("");
      continue;
    }
    out.push(line);
  }
  return out.join("\n");
}
