// An executor heading hard-wrapped over lines is joined back into one line before classification.
import { isExecutorHeading } from "./executors";
import { classifyLine } from "./lines";
import { joinWrapped } from "./line-join";

/**
 * An executor heading hard-wrapped over lines («1. Отделу образования администрации района, муниципальным»
 * · «общеобразовательным организациям:»): the lower-case lines up to the colon are joined to it, so the
 * heading opens one group. At most three continuation lines, and only when the joined text names executors.
 * The lines taken are left blank, so line indices stay those of the input.
 */
export function joinWrappedHeadings(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // «МКУ «ИМЦ» (А. П.» · «Николаева):»: a bracket left open goes on below, whatever the line ends with
    const openBracket = !!line && unclosedBracket(line);
    if (!line || (/[.;:!?]\s*$/.test(line) && !openBracket)) {
      out.push(line);
      continue;
    }
    let end = -1;
    for (let k = i + 1; k < Math.min(lines.length, i + 4); k++) {
      const next = lines[k];
      if (!next || (!/^[а-яё(«]/.test(next.trim()) && !(openBracket && k === i + 1 && /^[А-ЯЁ][^()]*\)/.test(next.trim())))) break;
      if (/:\s*$/.test(next)) {
        end = k;
        break;
      }
      if (/[.;!?]\s*$/.test(next)) break;
    }
    const joined = end > 0 ? joinWrapped(lines.slice(i, end + 1)) : "";
    const classified = joined ? classifyLine(joined) : null;
    if (classified && ["text", "numbered", "bullet"].includes(classified.kind) && isExecutorHeading(classified.text)) {
      out.push(joined);
      for (let k = i + 1; k <= end; k++) out.push("");
      i = end;
    } else out.push(line);
  }
  return out;
}

function unclosedBracket(line: string): boolean {
  let depth = 0;
  for (const c of line) {
    if (c === "(") depth++;
    else if (c === ")" && depth > 0) depth--;
  }
  return depth > 0;
}
