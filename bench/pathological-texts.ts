// Texts built to be slow for a line-based parser: one huge line of numbers, deep numbering,
// 100,000 paragraphs, a huge paragraph, runs of dashes, brackets, dates and «срок», thousands of
// bullets and groups. Each is about `kb` KB of UTF-8; the parser reads it or refuses it.

const HEAD = "РЕШЕНИЕ\nколлегии управления образования\n28.08.2024 № 5\n\nКоллегия РЕШИЛА:\n";

/** `unit` repeated until the text reaches `kb` KB of UTF-8. */
function fill(unit: string, kb: number, sep = ""): string {
  const copies = Math.ceil((kb * 1024) / Buffer.byteLength(unit + sep));
  return Array.from({ length: copies }, () => unit).join(sep);
}

/** Lines numbered from `from`, each `make(i)`, up to `kb` KB. */
function numbered(kb: number, make: (i: number) => string): string {
  const lines: string[] = [];
  let bytes = 0;
  for (let i = 1; bytes < kb * 1024; i++) {
    const line = make(i);
    lines.push(line);
    bytes += Buffer.byteLength(line) + 1;
  }
  return lines.join("\n");
}

export function pathologicalTexts(kb: number): Record<string, string> {
  return {
    longNumberedLine: HEAD + "1." + fill("1.", kb) + " Провести мониторинг.",
    deepNumbering: HEAD + numbered(kb, (i) => `${"1.".repeat(1 + (i % 12))} Провести мониторинг до 01.10.2024.`),
    numberedParagraphs: HEAD + numbered(kb, (i) => `${i}. Провести.`),
    // the case at its own size (1.7 MB): read up to 999, then refused
    hundredThousandParagraphs: HEAD + Array.from({ length: 100_000 }, (_, i) => `${i + 1}. Провести мониторинг.`).join("\n"),
    hugeParagraph: HEAD + "1. " + fill("Провести работу по обеспечению качества ", kb),
    paragraphUnderBound: HEAD + "1. " + fill("Провести работу по обеспечению качества ", Math.min(kb, 64)).slice(0, 29_000),
    gluedParagraphs: HEAD + "1. Провести мониторинг.\n" + fill("продолжение текста пункта без номера", kb, "\n"),
    dashes: HEAD + fill("1. Провести " + "- ".repeat(400) + "работу;", kb, "\n"),
    brackets: HEAD + fill("1. Провести " + "((((а) ".repeat(300) + "работу;", kb, "\n"),
    dates: HEAD + fill("1. Провести " + "01.01.2024 ".repeat(200) + "работу.", kb, "\n"),
    srok: HEAD + fill("1. Провести " + "срок: ".repeat(400) + "до 01.10.2024.", kb, "\n"),
    quotes: HEAD + fill("1. Провести «" + "«a» ".repeat(400) + "» работу;", kb, "\n"),
    bullets: HEAD + fill("- провести работу по обеспечению качества образования до 01.10.2024;", kb, "\n"),
    groups: HEAD + fill("Отделу образования администрации района:\n1. Провести мониторинг до 01.10.2024.\nСрок: постоянно.", kb, "\n"),
    responsible: HEAD + fill("1. Провести работу (ответственный: " + "отдел, ".repeat(200) + "ИМЦ).", kb, "\n"),
  };
}
