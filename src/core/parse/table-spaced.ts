// A plan laid out with spaces instead of cells (text copied out of a PDF with its layout):
// «№   Мероприятие      Срок       Ответственный» over rows whose cells stand under the header's
// words and may wrap onto lines of their own. Rewritten into the lines a typed plan has, as
// table-rows.ts does for tabs and «|».

const GAP = /\s{3,}/;
const DEADLINE_HEADER = /^срок/i;
const EXECUTOR_HEADER = /^(?:ответствен|исполнител)/i;
const NUMBER_HEADER = /^(?:№|п\/п|номер)/i;

interface Column {
  start: number;
  kind: "number" | "text" | "deadline" | "executor";
}

/** Pieces of a line between gaps of three or more spaces, with where each starts. */
function chunks(line: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  const re = /\S+(?:\s{1,2}\S+)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) out.push({ start: m.index, text: m[0] });
  return out;
}

function headerColumns(line: string): Column[] | null {
  if (!GAP.test(line.trim()) || line.length > 300) return null;
  const parts = chunks(line);
  if (parts.length < 3 || parts.length > 6 || !parts.some((p) => DEADLINE_HEADER.test(p.text))) return null;
  if (!parts.some((p) => EXECUTOR_HEADER.test(p.text) || NUMBER_HEADER.test(p.text))) return null;
  return parts.map((p) => ({
    start: p.start,
    kind: DEADLINE_HEADER.test(p.text) ? "deadline" : EXECUTOR_HEADER.test(p.text) ? "executor" : NUMBER_HEADER.test(p.text) ? "number" : "text",
  }));
}

/** The column a piece standing at `start` belongs to: the last one starting at or before it (a little slack). */
function columnAt(cols: Column[], start: number): number {
  let at = 0;
  for (let j = 0; j < cols.length; j++) if (cols[j].start <= start + 2) at = j;
  return at;
}

function rowLines(cells: string[][], cols: Column[]): string[] {
  const of = (kind: Column["kind"]) => cells.filter((_, j) => cols[j].kind === kind).map((c) => c.join(" ")).join(" ").trim();
  // the number and the text run together when only two spaces part them («1.  Провести…»)
  const whole = `${of("number")} ${of("text")}`.trim();
  const lead = /^(\d{1,3}(?:\.\d{1,3})*)[.)]?(?:\s+(.*))?$/.exec(whole);
  const text = (lead ? (lead[2] ?? "") : whole).trim();
  if (!text) return [];
  const out = [lead ? `${lead[1]}. ${text}` : text];
  const deadline = of("deadline");
  const executor = of("executor");
  if (deadline) out.push(`Срок: ${deadline}`);
  if (executor) out.push(`Ответственный: ${executor}`);
  out.push("");
  return out;
}

/** Rewrites a space-aligned plan table in the text; other lines stay as they are. */
export function spacedTableToItems(text: string): string {
  if (!/\S {3,}\S/.test(text)) return text;
  const lines = text.split("\n");
  const out: string[] = [];
  let cols: Column[] | null = null;
  let row: string[][] | null = null;
  const flush = () => {
    if (row && cols) out.push(...rowLines(row, cols));
    row = null;
  };
  for (const line of lines) {
    if (cols) {
      const parts = chunks(line);
      const opensRow = parts.length > 0 && /^\d{1,3}(?:\.\d{1,3})*[.)]?(?:\s|$)/.test(parts[0].text) && parts[0].start <= cols[1].start;
      const continues = row !== null && parts.length > 0 && parts[0].start >= cols[1].start - 2;
      if (opensRow || continues) {
        if (opensRow) {
          flush();
          row = cols.map(() => []);
        }
        for (const p of parts) row![columnAt(cols, p.start)].push(p.text);
        continue;
      }
      flush();
      cols = null;
      if (!line.trim()) continue;
    }
    const header = headerColumns(line);
    if (header) {
      cols = header;
      continue;
    }
    out.push(line);
  }
  flush();
  return out.join("\n");
}
