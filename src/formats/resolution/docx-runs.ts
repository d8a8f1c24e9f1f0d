// The text of one Word paragraph as printed: runs, tabs, soft line breaks (Shift+Enter) as
// line ends, symbols and hyphens; field results kept and field instructions (HYPERLINK, PAGE)
// dropped; deleted revisions and hidden text dropped, inserted ones kept; of an
// mc:AlternateContent only one branch. Text boxes are handed back to be read as paragraphs
// of their own; footnote references print nothing.
import { attr, child, isOn } from "./word-numbering";

export interface ParagraphRuns {
  text: string;
  /** w:txbxContent elements met inside the paragraph, in order. */
  boxes: Element[];
}

// Private-use characters of the Symbol/Wingdings fonts that stand for ordinary ones.
const SYMBOL_CHARS: Record<number, string> = {
  0xf0b7: "•", 0xf0a7: "▪", 0xf02d: "-", 0xf0ad: "-", 0xf0be: "—", 0xf0a8: "•", 0xf0d8: "➢", 0xf0fc: "✓", 0xf0e0: "→", 0xf0ae: "→",
};

function symbolText(sym: Element): string {
  const code = parseInt(attr(sym, "char") ?? "", 16);
  if (!Number.isFinite(code)) return "";
  if (SYMBOL_CHARS[code]) return SYMBOL_CHARS[code];
  // Symbol font puts ASCII punctuation at F020–F07F
  if (code >= 0xf020 && code < 0xf080) return String.fromCharCode(code - 0xf000);
  return code >= 0xf000 ? "" : String.fromCodePoint(code);
}

/** True when a run is hidden (w:vanish) or its paragraph mark is deleted. */
function hidden(rPr: Element | null): boolean {
  return !!rPr && isOn(child(rPr, "vanish"));
}

export function paragraphRuns(p: Element): ParagraphRuns {
  let text = "";
  const boxes: Element[] = [];
  // complex fields: begin … instruction … separate … result … end, possibly nested
  const fields: ("instruction" | "result")[] = [];
  const inInstruction = () => fields.includes("instruction");
  const walk = (el: Element) => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1) continue;
      const e = n as Element;
      switch (e.localName) {
        case "t":
          if (!inInstruction()) text += (e.textContent ?? "").replace(/\u00AD/g, "");
          break;
        case "tab":
        case "ptab":
          if (!inInstruction()) text += "\t";
          break;
        case "br":
        case "cr":
          if (!inInstruction()) text += "\n";
          break;
        case "noBreakHyphen":
          text += "-";
          break;
        case "softHyphen":
          break;
        case "sym":
          if (!inInstruction()) text += symbolText(e);
          break;
        case "fldChar": {
          const type = attr(e, "fldCharType");
          if (type === "begin") fields.push("instruction");
          else if (type === "separate" && fields.length) fields[fields.length - 1] = "result";
          else if (type === "end") fields.pop();
          break;
        }
        case "r":
          if (!hidden(child(e, "rPr"))) walk(e);
          break;
        case "AlternateContent": {
          const branch = child(e, "Choice") ?? child(e, "Fallback");
          if (branch) walk(branch);
          break;
        }
        case "txbxContent":
          boxes.push(e);
          break;
        case "del":
        case "moveFrom":
        case "instrText":
        case "delText":
        case "delInstrText":
        case "pPr":
        case "rPr":
        case "footnoteReference":
        case "endnoteReference":
        case "commentReference":
        case "annotationRef":
          break;
        default:
          walk(e);
      }
    }
  };
  walk(p);
  return { text, boxes };
}
