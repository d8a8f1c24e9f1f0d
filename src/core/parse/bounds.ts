// Limits on what a resolution can look like, checked before the work they protect. A real
// decision is a few pages: the corpus's longest text is 12,000 characters, its longest line
// 900 and its longest directive 650, with at most 40 directives three levels deep. Text far
// past these limits is not a resolution whose structure the parser could trust, so it is
// refused with a Russian message rather than imported as 999 directives and a glued rest.
// Within the limits the parser never throws; past them it throws ResolutionRefusal.

/** Characters of a whole text (about 1,500 pages). */
export const MAX_TEXT_CHARS = 3_000_000;
/** Characters of one paragraph after one-paragraph documents are cut into items. */
export const MAX_LINE_CHARS = 30_000;
/** Characters of one directive with its continuation paragraphs. */
export const MAX_DIRECTIVE_CHARS = 30_000;
/** Directives in one document. */
export const MAX_DIRECTIVES = 5_000;
/** Levels of a printed number («1.2.3.4.5.6.7.8.9»): Word's lists have nine. */
export const MAX_NUMBER_DEPTH = 9;

/** The text is too large or its structure stopped making sense; the message is for the methodologist. */
export class ResolutionRefusal extends Error {
  override name = "ResolutionRefusal";
}

const thousands = (n: number) => n.toLocaleString("ru-RU").replace(/\u00a0/g, " ");

export function checkTextLength(text: string): void {
  if (text.length > MAX_TEXT_CHARS) {
    throw new ResolutionRefusal(
      `Текст слишком длинный для решения: ${thousands(text.length)} знаков, а Сводка принимает не больше ${thousands(MAX_TEXT_CHARS)}. Проверьте, тот ли это файл.`,
    );
  }
}

export function checkLineLengths(lines: string[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].length > MAX_LINE_CHARS) {
      throw new ResolutionRefusal(
        `Абзац «${lines[i].slice(0, 40)}…» слишком длинный: ${thousands(lines[i].length)} знаков (в решении абзац не длиннее ${thousands(MAX_LINE_CHARS)}). ` +
          `Так бывает, когда текст склеен в одну строку или повреждён: проверьте файл.`,
      );
    }
  }
}

export function refuseLongDirective(n: string, chars: number): never {
  throw new ResolutionRefusal(
    `Пункт ${n || "без номера"} получается длиннее ${thousands(MAX_DIRECTIVE_CHARS)} знаков (${thousands(chars)}): к нему приклеился текст, который Сводка не смогла разделить на пункты. ` +
      `Проверьте нумерацию пунктов в файле.`,
  );
}

export function refuseTooManyDirectives(count: number): never {
  throw new ResolutionRefusal(
    `В тексте больше ${thousands(MAX_DIRECTIVES)} пунктов (${thousands(count)}): это не похоже на одно решение. Проверьте, тот ли это файл.`,
  );
}

/** «1000.» after item 999: the count went past what an item number can be. */
export function refuseNumberPastLimit(number: string): never {
  throw new ResolutionRefusal(
    `Нумерация пунктов доходит до ${number}: в решении не бывает больше 999 пунктов одного уровня, и дальше текст не делится на пункты. Проверьте, тот ли это файл.`,
  );
}
