// Turns a resolution typed as text into the .docx a Word user would make of it: numbers
// («1.», «2.1.», «2.3.1.», «1)», «а)», «IV.») become Word's automatic multi-level numbering
// (the digits are then in numbering.xml, not in the text), bullet lines become bullet lists,
// the title is bold and centred, some continuation lines are soft line breaks (Shift+Enter),
// tabs are <w:tab/>, a plan pasted as a tab- or «|»-separated table («№ | Мероприятие | Срок |
// Ответственный») becomes a Word table whose № column is numbered automatically, and there may
// be a header and a footer with a page number.
// Word prints each numbered paragraph's label from counters; this module replays those
// counters so every printed label equals the number in the text: it continues a list when
// the next number follows, restarts an instance when the text restarts at 1, and starts a
// new list with the right start values otherwise.
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  type ILevelsOptions,
  LevelFormat,
  LevelSuffix,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";

export interface MakeDocxOptions {
  /** Add a header with the organisation's name and a footer with the page number. */
  headerFooter?: boolean;
  /** Join title lines and some continuation lines to the paragraph above with <w:br/>. */
  softBreaks?: boolean;
}

/** How the printed label of one list family looks at each level. */
type Family = "dot" | "bare" | "paren" | "roman" | "letter";

type Line =
  | { kind: "blank" }
  | { kind: "table"; rows: string[][] }
  | { kind: "plain"; text: string }
  | { kind: "numbered"; family: Family; parts: number[]; text: string }
  | { kind: "bullet"; char: string; text: string };

const RUSSIAN_LOWER = "абвгдежзиклмнопрстуфхцчшщэюя";
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];

const NUMBERED = /^((?:[1-9]\d?)(?:\.(?:[1-9]\d?)){0,3})([.)])?[ \t]+(\S.*)$/;
const NUMBERED_NO_SPACE = /^((?:[1-9]\d?)(?:\.(?:[1-9]\d?)){0,3})\.([А-ЯЁа-яё«].*)$/;
const ROMAN_ITEM = /^([IVX]{1,5})\.[ \t]+(\S.*)$/;
const LETTER_ITEM = /^([а-я])\)[ \t]+(\S.*)$/;
const BULLET_ITEM = /^([-–—•·*])[ \t]+(\S.*)$/;

function classify(raw: string): Line {
  const line = raw.trim();
  if (!line) return { kind: "blank" };
  let m = NUMBERED.exec(line);
  if (m) {
    const parts = m[1].split(".").map(Number);
    // «2.1 текст» (no closing dot) is a number; «1 сентября» is not
    if (m[2] === ".") return { kind: "numbered", family: "dot", parts, text: m[3] };
    if (m[2] === ")") return { kind: "numbered", family: "paren", parts, text: m[3] };
    if (parts.length > 1) return { kind: "numbered", family: "bare", parts, text: m[3] };
  }
  m = NUMBERED_NO_SPACE.exec(line);
  if (m) return { kind: "numbered", family: "dot", parts: m[1].split(".").map(Number), text: m[2] };
  m = ROMAN_ITEM.exec(line);
  if (m && ROMAN.includes(m[1])) return { kind: "numbered", family: "roman", parts: [ROMAN.indexOf(m[1]) + 1], text: m[2] };
  m = LETTER_ITEM.exec(line);
  if (m && RUSSIAN_LOWER.includes(m[1])) return { kind: "numbered", family: "letter", parts: [RUSSIAN_LOWER.indexOf(m[1]) + 1], text: m[2] };
  m = BULLET_ITEM.exec(line);
  if (m) return { kind: "bullet", char: m[1], text: m[2] };
  return { kind: "plain", text: line };
}

/** lvlText, format and suffix of level `l` (0-based) in a family. */
function levelOf(family: Family, l: number, start: number): ILevelsOptions {
  const path = Array.from({ length: l + 1 }, (_, k) => `%${k + 1}`).join(".");
  const base = { level: l, start, alignment: AlignmentType.START, style: { paragraph: { indent: { left: 360 * (l + 1), hanging: 360 } } } };
  switch (family) {
    case "dot":
      return { ...base, format: LevelFormat.DECIMAL, text: `${path}.` };
    case "bare": // «1.» at the top, «1.1» below: a common hand-made multi-level list, space after the label
      return { ...base, format: LevelFormat.DECIMAL, text: l === 0 ? "%1." : path, suffix: LevelSuffix.SPACE };
    case "paren":
      return { ...base, format: LevelFormat.DECIMAL, text: `${path})` };
    case "roman":
      return { ...base, format: LevelFormat.UPPER_ROMAN, text: "%1." };
    case "letter":
      return { ...base, format: LevelFormat.RUSSIAN_LOWER, text: "%1)" };
  }
}

const MAX_LEVELS = 4;

/** One list as Word keeps it: a reference (abstractNum), its instance and the counters. */
interface ListState {
  reference: string;
  instance: number;
  starts: number[];
  counters: (number | undefined)[];
}

class NumberingPlan {
  readonly configs: { reference: string; levels: ILevelsOptions[] }[] = [];
  private current = new Map<Family, ListState>();

  private newReference(family: Family, starts: number[]): ListState {
    const reference = `${family}-${this.configs.length + 1}`;
    const levels = Array.from({ length: family === "roman" || family === "letter" ? 1 : MAX_LEVELS }, (_, l) => levelOf(family, l, starts[l] ?? 1));
    this.configs.push({ reference, levels });
    return { reference, instance: 0, starts, counters: [] };
  }

  /** The counters Word would have after numbering one more paragraph at `depth` of `list`. */
  private next(list: ListState, depth: number): number[] {
    const out: number[] = [];
    for (let l = 0; l < depth; l++) out.push(list.counters[l] ?? list.starts[l] ?? 1);
    const here = list.counters[depth];
    out.push(here === undefined ? (list.starts[depth] ?? 1) : here + 1);
    return out;
  }

  /** Numbering reference/instance that makes Word print exactly `parts` here. */
  place(family: Family, parts: number[]): { reference: string; instance: number; level: number } {
    const depth = parts.length - 1;
    let list = this.current.get(family);
    const same = (a: number[]) => a.length === parts.length && a.every((v, i) => v === parts[i]);
    if (!list || !same(this.next(list, depth))) {
      if (list && parts.every((v) => v === 1) && list.starts.every((v) => v === 1)) {
        // the text restarts at 1: Word's «Начать заново» is a new instance of the same list
        list = { ...list, instance: list.instance + 1, counters: [] };
      } else {
        list = this.newReference(family, parts);
      }
      this.current.set(family, list);
    }
    const values = this.next(list, depth);
    list.counters = values; // deeper levels restart after this paragraph
    return { reference: list.reference, instance: list.instance, level: depth };
  }
}

/** Runs of one line of text: tabs become <w:tab/>. */
function runs(text: string, opts: { bold?: boolean; breakBefore?: boolean } = {}): TextRun[] {
  const pieces = text.split("\t");
  const children: (string | Tab)[] = [];
  pieces.forEach((piece, i) => {
    if (i > 0) children.push(new Tab());
    if (piece) children.push(piece);
  });
  return [new TextRun({ children, bold: opts.bold, break: opts.breakBefore ? 1 : undefined })];
}

const KEEP_OWN_PARAGRAPH = /^(?:срок|ответствен|исполнител)/i;

/** For `- 1. …` families: «N.» lines take the family of the sub-items that follow them. */
function adoptSubItemFamily(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.kind !== "numbered" || line.family !== "dot" || line.parts.length !== 1) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j];
      if (next.kind !== "numbered") continue;
      if (next.parts.length === 1) break;
      if (next.family === "bare") line.family = "bare";
      break;
    }
  }
}

const PLAN_HEADER = /срок/i;
const RULE_ROW = /^[\s|:+\-–—=]+$/;

function cellsOf(line: string, sep: "\t" | "|"): string[] | null {
  if (!line.includes(sep)) return null;
  let body = line.trim();
  if (sep === "|") body = body.replace(/^\|/, "").replace(/\|$/, "");
  const cells = body.split(sep).map((c) => c.trim());
  return cells.length >= 3 ? cells : null;
}

/** Lines, with each pasted plan table (a header naming «Срок», rows split the same way) as one table. */
function toLines(text: string): Line[] {
  const raw = text.split(/\r\n?|\n/);
  const out: Line[] = [];
  for (let i = 0; i < raw.length; i++) {
    const sep = (["\t", "|"] as const).find((s) => cellsOf(raw[i], s)?.some((c) => PLAN_HEADER.test(c)));
    if (!sep) {
      out.push(classify(raw[i]));
      continue;
    }
    const rows = [cellsOf(raw[i], sep)!];
    while (i + 1 < raw.length && cellsOf(raw[i + 1], sep)) {
      i++;
      if (!RULE_ROW.test(raw[i])) rows.push(cellsOf(raw[i], sep)!);
    }
    out.push({ kind: "table", rows });
  }
  return out;
}

function planTable(rows: string[][], plan: NumberingPlan): Table {
  const width = Math.max(...rows.map((r) => r.length));
  // a № column of «1.», «2.», … is what Word users number automatically
  const numbered = rows.slice(1).every((r, k) => r[0] === `${k + 1}.` || r[0] === String(k + 1));
  const dot = rows.slice(1).some((r) => r[0].endsWith("."));
  const cell = (text: string, numbering?: { reference: string; instance: number; level: number }) =>
    new TableCell({ children: [new Paragraph(numbering ? { children: [], numbering } : { children: runs(text) })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((r, k) => {
      const cells = Array.from({ length: width }, (_, c) => r[c] ?? "");
      return new TableRow({
        tableHeader: k === 0,
        children: cells.map((c, col) => (k > 0 && col === 0 && numbered ? cell(c, plan.place(dot ? "dot" : "bare", [k])) : cell(c))),
      });
    }),
  });
}

export async function makeResolutionDocx(text: string, options: MakeDocxOptions = {}): Promise<Uint8Array> {
  const lines = toLines(text);
  adoptSubItemFamily(lines);
  const plan = new NumberingPlan();
  const bullets = new Map<string, string>();
  const paragraphs: (Paragraph | Table)[] = [];
  // children of the paragraph being built, so a soft break can extend it
  let open: { runs: TextRun[]; make: (runs: TextRun[]) => Paragraph } | null = null;
  const flush = () => {
    if (open) paragraphs.push(open.make(open.runs));
    open = null;
  };
  const firstText = lines.findIndex((l) => l.kind !== "blank");
  let inTitle = true;
  let continuation = 0;
  lines.forEach((line, i) => {
    if (line.kind === "blank") {
      flush();
      paragraphs.push(new Paragraph({}));
      if (i > firstText) inTitle = false;
      return;
    }
    if (line.kind === "table") {
      inTitle = false;
      flush();
      paragraphs.push(planTable(line.rows, plan));
      return;
    }
    if (line.kind === "numbered") {
      inTitle = false;
      flush();
      const numbering = plan.place(line.family, line.parts);
      open = { runs: runs(line.text), make: (r) => new Paragraph({ children: r, numbering }) };
      return;
    }
    if (line.kind === "bullet") {
      inTitle = false;
      flush();
      let reference = bullets.get(line.char);
      if (!reference) {
        reference = `bullet-${bullets.size + 1}`;
        bullets.set(line.char, reference);
        plan.configs.push({
          reference,
          levels: [{ level: 0, format: LevelFormat.BULLET, text: line.char, alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }],
        });
      }
      const numbering = { reference, level: 0 };
      open = { runs: runs(line.text), make: (r) => new Paragraph({ children: r, numbering }) };
      return;
    }
    if (inTitle) {
      if (open && options.softBreaks) {
        open.runs.push(...runs(line.text, { bold: true, breakBefore: true }));
      } else {
        flush();
        open = { runs: runs(line.text, { bold: true }), make: (r) => new Paragraph({ children: r, alignment: AlignmentType.CENTER }) };
      }
      return;
    }
    // a continuation line under an item: every other one is typed with Shift+Enter
    if (open && options.softBreaks && !KEEP_OWN_PARAGRAPH.test(line.text) && continuation++ % 2 === 0) {
      open.runs.push(...runs(line.text, { breakBefore: true }));
      return;
    }
    flush();
    open = { runs: runs(line.text), make: (r) => new Paragraph({ children: r }) };
  });
  flush();

  const headers = options.headerFooter
    ? {
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun("Управление образования администрации района")], alignment: AlignmentType.RIGHT })] }) },
        footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ children: ["Страница ", PageNumber.CURRENT, " из ", PageNumber.TOTAL_PAGES] })], alignment: AlignmentType.CENTER })] }) },
      }
    : {};
  const doc = new Document({
    creator: "Методист",
    numbering: { config: plan.configs },
    sections: [{ ...headers, children: paragraphs }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
