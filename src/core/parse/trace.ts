// `parse --trace`: every line of a resolution with the kind the parser gave it and why,
// so a person can see where a directive was lost or a heading taken for an item.
import { classifyLines, type LineRole } from "./line-kinds";
import { findOperativeStart } from "./operative";
import { resolutionLines } from "./text-lines";

export interface TracedLine {
  /** 1-based line of the text as the parser reads it. */
  lineNo: number;
  kind: LineRole | "preamble" | "formula";
  reason: string;
  text: string;
  /** For «РЕШИЛИ: 1. …»: what the text after the formula is. */
  rest?: { kind: LineRole; reason: string };
}

export function traceResolution(text: string): TracedLine[] {
  const lines = resolutionLines(text);
  const operative = findOperativeStart(lines);
  const out: TracedLine[] = [];
  const formulaAt = operative.formula ?? -1;
  for (let i = 0; i < operative.line; i++) {
    if (!lines[i] || i === formulaAt) continue;
    out.push({ lineNo: i + 1, kind: "preamble", reason: "до постановляющей части: пункты здесь не ищутся", text: lines[i].trim() });
  }
  const body = lines.slice(operative.line);
  if (operative.rest) body.unshift(operative.rest);
  if (formulaAt >= 0) {
    const after = operative.rest ? "текст после двоеточия читается следующей строкой" : "дальше пункты";
    out.push({ lineNo: formulaAt + 1, kind: "formula", reason: `постановляющая формула («РЕШИЛА:», «ПОСТАНОВЛЯЕТ:»): ${after}`, text: lines[formulaAt].trim() });
  }
  const shift = operative.line - (operative.rest ? 1 : 0);
  for (const entry of classifyLines(body)) {
    if (entry.kind === "blank") continue;
    const traced: TracedLine = { lineNo: entry.index + shift + 1, kind: entry.kind, reason: entry.reason, text: entry.text };
    if (entry.rest) traced.rest = { kind: entry.rest.kind, reason: entry.rest.reason };
    out.push(traced);
  }
  return out;
}

/** The trace as text: «строка, вид, текст» and the reason under it. */
export function formatTrace(lines: TracedLine[]): string {
  const width = Math.max(...lines.map((l) => l.kind.length), 4);
  return lines
    .map((l) => {
      const text = l.text.length > 100 ? `${l.text.slice(0, 99)}…` : l.text;
      const rest = l.rest ? `; после формулы: ${l.rest.kind} — ${l.rest.reason}` : "";
      return `${String(l.lineNo).padStart(4)}  ${l.kind.padEnd(width)}  ${text}\n${" ".repeat(width + 8)}${l.reason}${rest}`;
    })
    .join("\n");
}
