// A resolution saved from a web page (often renamed .txt) arrives as HTML. Block tags become
// line breaks, list items get their number («1.») or a dash, entities are decoded; scripts,
// styles and comments are dropped. Good enough for the line-based parser, not a renderer.

const NAMED: Record<string, string> = {
  nbsp: " ", laquo: "«", raquo: "»", quot: '"', amp: "&", lt: "<", gt: ">", apos: "'",
  mdash: "—", ndash: "–", hellip: "…", bull: "•", middot: "·", ldquo: "“", rdquo: "”", bdquo: "„", minus: "−", shy: "",
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, code: string) => {
    if (code[0] === "#") {
      const n = code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : Number(code.slice(1));
      return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : whole;
    }
    return NAMED[code.toLowerCase()] ?? whole;
  });
}

/** True when the text is an HTML page rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return /^<(?:!doctype\s+html|html|head|body|meta|div|p[\s>]|table|h[1-6])/.test(head) || /<html[\s>]/.test(head);
}

const BLOCK = /^(?:p|div|br|tr|h[1-6]|table|section|article|header|footer|blockquote|pre|hr|ul|ol|dl|dt|dd)$/;

/**
 * The page without comments and script/style/head/template elements. indexOf from each opening,
 * not a lazy regex: on thousands of unclosed «<!--» the regex searched to the end from each one.
 * An element left open hides the rest of the page, as in a browser.
 */
function withoutHidden(html: string): string {
  const lower = html.toLowerCase();
  const opening = /<!--|<(script|style|head|template)\b/g;
  let out = "";
  let at = 0;
  let m: RegExpExecArray | null;
  while ((m = opening.exec(lower))) {
    out += html.slice(at, m.index);
    const close = m[1] ? lower.indexOf(`</${m[1]}`, m.index + m[0].length) : lower.indexOf("-->", m.index + 4);
    if (close < 0) return out;
    at = m[1] ? lower.indexOf(">", close) + 1 || lower.length : close + 3;
    opening.lastIndex = at;
  }
  return out + html.slice(at);
}

export function htmlToText(html: string): string {
  const cleaned = withoutHidden(html);
  const lists: { ordered: boolean; count: number }[] = [];
  let out = "";
  // [^<>]: a tag cut short stops at the next «<» instead of searching to the end for a «>»
  const re = /<\s*(\/?)\s*([a-z][a-z0-9]*)\b[^<>]*>|([^<]+)|</gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(cleaned))) {
    if (m[3] !== undefined) {
      out += m[3].replace(/\s+/g, " ");
      continue;
    }
    if (!m[2]) {
      out += "<";
      continue;
    }
    const closing = m[1] === "/";
    const tag = m[2].toLowerCase();
    if (tag === "ol" || tag === "ul") {
      if (closing) lists.pop();
      else lists.push({ ordered: tag === "ol", count: 0 });
      out += "\n";
    } else if (tag === "li") {
      if (closing) out += "\n";
      else {
        const list = lists[lists.length - 1];
        out += list?.ordered ? `\n${++list.count}. ` : "\n- ";
      }
    } else if (tag === "td" || tag === "th") {
      out += closing ? "\t" : "";
    } else if (BLOCK.test(tag)) out += "\n";
  }
  return decodeEntities(out)
    .split("\n")
    .map((l) => l.replace(/[ \u00a0]+/g, " ").replace(/\t +| +\t/g, "\t").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
