// A table of a resolution as the parser reads it, whatever file it came from (.docx, .odt,
// .rtf, .doc): a table with a «Срок» / «Ответственный» header becomes one item line per row
// with «Срок: …» and «Ответственный: …» lines under it, as in typed resolutions; any other
// table is printed row by row.
const DEADLINE_HEADER = /срок/i;
const EXECUTOR_HEADER = /ответствен|исполнител/i;
const NUMBER_HEADER = /^(№|n|номер|п\/п)/i;

/** The lines of a table given as rows of cell texts. */
export function tableLines(rows: string[][]): string[] {
  const lines: string[] = [];
  const header = rows.findIndex((r) => r.some((c) => DEADLINE_HEADER.test(c)) && r.length > 1 && r.every((c) => c.length < 60));
  if (header < 0) {
    for (const r of rows) lines.push(r.filter(Boolean).join(" "), "");
    return lines;
  }
  const cols = rows[header];
  const deadlineCol = cols.findIndex((c) => DEADLINE_HEADER.test(c));
  const executorCol = cols.findIndex((c) => EXECUTOR_HEADER.test(c));
  const numberCol = cols.findIndex((c) => NUMBER_HEADER.test(c.trim()));
  for (const r of rows.slice(header + 1)) {
    // a row of column numbers («1 | 2 | 3 | 4») under the header is not an item
    if (r.every((c) => /^\d{0,2}\.?$/.test(c.trim()))) continue;
    const main = r.filter((_, i) => i !== deadlineCol && i !== executorCol && i !== numberCol).filter(Boolean).join(" ");
    if (!main) continue;
    const num = numberCol >= 0 ? (r[numberCol] ?? "").trim() : "";
    lines.push(num ? `${/[.)]$/.test(num) ? num : num + "."} ${main}` : main);
    if (deadlineCol >= 0 && r[deadlineCol]) lines.push(`Срок: ${r[deadlineCol]}`);
    if (executorCol >= 0 && r[executorCol]) lines.push(`Ответственный: ${r[executorCol]}`);
    lines.push("");
  }
  return lines;
}
