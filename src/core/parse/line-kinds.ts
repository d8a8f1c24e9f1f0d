// Step 1 of the structure: every line of the operative part classified once, with the reason,
// from the line itself and the next one. What a line does to the tree (open a group, add an item,
// continue the item above) is up to its handler (line-handlers.ts), which alone sees the tree.
import { isExecutorHeading } from "./executors";
import { classifyLine, type Line } from "./lines";
import { isInfinitive, topLevelWords } from "./russian";
import { joinWrappedHeadings } from "./wrapped-headings";

export type LineRole =
  | "blank"
  | "hearing"
  | "heard"
  | "question"
  | "decision"
  | "place-date"
  | "appendix"
  | "signature"
  | "bare-number"
  | "page"
  | "srok"
  | "responsible"
  | "heading"
  | "topic"
  | "section"
  | "item"
  | "plain";

export interface ClassifiedLine {
  /** Index in the lines given (wrapped headings joined: their later lines are blank). */
  index: number;
  kind: LineRole;
  /** Why, in Russian, for `parse --trace`. */
  reason: string;
  /** The line as read: its text without the marker, number, marker kind. */
  line: Line;
  /** The line's text after «РЕШИЛИ:» or «По первому вопросу решили:», classified in turn. */
  rest?: ClassifiedLine;
  /** The whole line as it stood (for a rest: its text). */
  text: string;
}

/** «О …», «Об …», «По …»: the topic of a section, not an instruction. */
export const TOPIC = /^(?:О|Об|Обо|По)\s/;

/**
 * «I. Об итогах ГИА» (or «2. О работе РМО») followed by items numbered from «1.» again: a section
 * whose items cite its number in front («I.1»). It names no executor and asks for nothing.
 */
function isSectionHeading(line: Line, next: Line | null): boolean {
  if (!next || next.kind !== "numbered" || next.number !== "1" || next.bulleted) return false;
  const text = line.text;
  if (text.length > 150 || /;$/.test(text)) return false;
  if (topLevelWords(text).some((w) => isInfinitive(w.word.toLowerCase().replace(/[,;:.]+$/, "")))) return false;
  return TOPIC.test(text) || (/^[IVX]+$/.test(line.number ?? "") && !/:$/.test(text));
}

/** Heading, topic, section, item or plain text: what a line with no special role is, given the next line. */
function contentKind(line: Line, next: Line | null): { kind: LineRole; reason: string } {
  const listFollows = !!next && ["numbered", "bullet", "lettered"].includes(next.kind);
  // a new paragraph that opens with a capitalised infinitive («Организовать…») also completes a
  // heading without a colon (lists whose automatic numbering was lost in conversion)
  const orderFollows = !!next && next.kind === "text" && /^[А-ЯЁ]/.test(next.text) && isInfinitive(/^[^\s,;:.]+/.exec(next.text)?.[0] ?? "");
  const colon = /:\s*$/.test(line.text);
  const headingLike = isExecutorHeading(line.text) && (colon || ((listFollows || orderFollows) && !/[.;,]$/.test(line.text)));
  const why = colon ? "называет исполнителей и кончается двоеточием" : listFollows ? "называет исполнителей, ниже список" : "называет исполнителей, ниже поручение с глагола";
  if (line.kind === "numbered") {
    const single = !line.number!.includes(".");
    if (headingLike && single) return { kind: "heading", reason: `пункт ${line.number} ${why}: открывает группу` };
    if (single && TOPIC.test(line.text) && next?.kind === "hearing") return { kind: "topic", reason: `пункт ${line.number} — тема вопроса протокола («О …»), ниже «Слушали»` };
    if (single && isSectionHeading(line, next)) return { kind: "section", reason: `раздел ${line.number}: ниже пункты снова с «1.»` };
    return { kind: "item", reason: `номер «${line.number}»${line.bulleted ? " после маркера" : ""}` };
  }
  if (line.kind === "lettered") return { kind: "item", reason: `буква «${line.number})»` };
  if (line.kind === "bullet") {
    if (headingLike && colon) return { kind: "heading", reason: `маркер списка, строка ${why}: открывает группу` };
    return { kind: "item", reason: "маркер списка" };
  }
  if (headingLike) return { kind: "heading", reason: `строка без номера ${why}: открывает группу` };
  return { kind: "plain", reason: "текст без номера: продолжает пункт выше или начинает абзац" };
}

const SKIPPED: Partial<Record<Line["kind"], { kind: LineRole; reason: string }>> = {
  "place-date": { kind: "place-date", reason: "место и дата: пропускается" },
  appendix: { kind: "appendix", reason: "«Приложение»: решение кончается; строки приложения читаются, если это план со сроками или ответственными" },
  signature: { kind: "signature", reason: "подпись (должность, фамилия с инициалами): после пунктов — конец решения, дальше читается только приложение" },
  "bare-number": { kind: "bare-number", reason: "номер один на строке: достаётся следующей строке" },
  deadline: { kind: "srok", reason: "строка «Срок: …»: срок пункта выше или группы" },
  responsible: { kind: "responsible", reason: "строка «Ответственный: …»: исполнитель пункта выше" },
};

/**
 * Classifies the operative part's lines. Line-level state only: a protocol's «СЛУШАЛИ» stretch
 * (heard, not decided, until «РЕШИЛИ:») and a number standing alone, which the next text line takes.
 */
export function classifyLines(input: string[]): ClassifiedLine[] {
  return [...classifyJoinedLines(joinWrappedHeadings(input))];
}

/**
 * `classifyLines` for lines whose wrapped headings are joined already, one line at a time, so a
 * reader that stops at the signature does not classify what follows it.
 */
export function* classifyJoinedLines(lines: string[]): Generator<ClassifiedLine> {
  let hearing = false;
  let pending: string | null = null;
  // the highest top-level number so far, and whether the line above was a page number
  let lastTop = 0;
  let afterPage = false;

  // `nested` 0: the line itself; 1: the rest after a question; 2: the rest after «РЕШИЛИ:»
  const classify = (index: number, line: Line, next: Line | null, nested: number): ClassifiedLine => {
    const entry = (kind: LineRole, reason: string, rest?: ClassifiedLine): ClassifiedLine => ({ index, kind, reason, line, text: line.text, ...(rest ? { rest } : {}) });
    if (line.kind === "hearing" && nested === 0) {
      hearing = true;
      const opens = line.text === "СЛУШАЛИ" ? " (новый вопрос протокола)" : "";
      return entry("hearing", `«${line.text}»${opens}: до «РЕШИЛИ» текст не постановляющий`);
    }
    if (line.kind === "question" && nested === 0) {
      hearing = !!line.heard;
      const reason = `вопрос ${line.number ?? ""} протокола: открывает группу`.replace("  ", " ");
      if (!line.text) return entry("question", line.heard ? `${reason}; дальше выступления` : reason);
      return entry("question", reason, classify(index, classifyLine(line.text), next, 1));
    }
    if (line.kind === "decision" && nested < 2) {
      hearing = false;
      if (!line.text) return entry("decision", "«РЕШИЛИ»: дальше постановляющий текст");
      return entry("decision", "«РЕШИЛИ»: дальше постановляющий текст", classify(index, classifyLine(line.text), next, 2));
    }
    if (hearing) return entry("heard", "внутри «Слушали/Выступили»: пропускается");
    if ((line.kind === "bullet" || line.kind === "text") && !/[А-ЯЁа-яёA-Za-z\d]/.test(line.text)) return entry("page", "черта или разделитель без текста: пропускается");
    const page = pageLine(line, next, lastTop, afterPage);
    afterPage = page === "number";
    if (page) return entry("page", page === "number" ? "номер страницы: пропускается" : "колонтитул страницы (документ, его дата и номер): пропускается");
    const skipped = SKIPPED[line.kind];
    if (skipped && line.kind !== "deadline" && line.kind !== "responsible") {
      if (line.kind === "bare-number") pending = line.number ?? null;
      return entry(skipped.kind, skipped.reason);
    }
    let own = line;
    if (pending && own.kind === "text") own = { kind: "numbered", number: pending, text: own.text };
    pending = null;
    if (skipped && line.unlabelled) return entry("srok", "срок на своей строке без «Срок:»: срок пункта выше (или конец его фразы)");
    if (skipped) return { ...entry(skipped.kind, skipped.reason), line: own };
    // hearing, question and decision lines met inside a rest are plain text
    const kind = contentKind(own, next);
    return { ...entry(kind.kind, own !== line ? `${kind.reason} (номер со строки выше)` : kind.reason), line: own };
  };

  // each line read once: the line below, read as this line's next, is kept for its own turn
  let ahead: { at: number; line: Line } | null = null;
  const readAt = (i: number): Line => (ahead?.at === i ? ahead.line : classifyLine(lines[i]));
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]) {
      yield { index: i, kind: "blank", reason: "пустая строка", line: { kind: "text", text: "" }, text: "" };
      continue;
    }
    const line = readAt(i);
    let k = i + 1;
    while (k < lines.length && !lines[k]) k++;
    ahead = k < lines.length ? { at: k, line: classifyLine(lines[k]) } : null;
    const entry = classify(i, line, ahead?.line ?? null, 0);
    const top = entry.line.kind === "numbered" ? /^\d+/.exec(entry.line.number ?? "") : null;
    if (top) lastTop = Math.max(lastTop, Number(top[0]));
    yield { ...entry, text: lines[i].trim() };
  }
}

/** «Решение Думы … от 19.12.2025 № 112»: the header a PDF repeats on every page. */
const RUNNING_HEADER = /\sот\s+\d{1,2}\.\d{1,2}\.\d{4}\s*(?:г\.?)?\s*№\s*[\dА-ЯЁа-яё/-]+$/;

/**
 * A page break copied out of a PDF: a number without a dot that goes back (or stands above the
 * running header), and the running header under it.
 */
function pageLine(line: Line, next: Line | null, lastTop: number, afterPage: boolean): "number" | "header" | null {
  if (afterPage && line.kind === "text" && RUNNING_HEADER.test(line.text)) return "header";
  if (line.kind !== "bare-number" || !line.plainNumber) return null;
  const headerBelow = next?.kind === "text" && RUNNING_HEADER.test(next.text);
  return line.pageMark || Number(line.number) <= lastTop || headerBelow ? "number" : null;
}
