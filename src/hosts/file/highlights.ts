// Row colours of tables with `highlights` (the marks of «Контроль»). The file host writes
// plain fills instead of conditional formatting. A fill the user put on a row is kept unless
// it is one of the highlight colours, which are recomputed from the row's value every write.
import type { Fill } from "exceljs";
import type { Highlight, TableSchema } from "../../core/workbook/schema";
import { argb, cellAt, solidFill, withFill } from "./cell-format";
import { fromExcel } from "./cell-values";
import type { TableLayout } from "./table-layout";

function fillArgb(fill: Fill | undefined): string | undefined {
  return fill && fill.type === "pattern" ? fill.fgColor?.argb?.toUpperCase() : undefined;
}

export function applyHighlights(layout: TableLayout, schema: TableSchema): void {
  const rules = schema.highlights ?? [];
  if (!rules.length) return;
  const ours = new Set(rules.map((h) => argb(h.fill)));
  const ourFonts = new Set(rules.filter((h) => h.font).map((h) => argb(h.font!)));
  const { sheet, range } = layout;
  for (const row of layout.dataRows) {
    let rule: Highlight | undefined;
    for (const h of rules) {
      const col = layout.columns.get(h.column);
      if (col === undefined) continue;
      const value = fromExcel(sheet.getCell(row, col).value, "text");
      if (String(value ?? "").trim() === h.equals) {
        rule = h;
        break;
      }
    }
    for (let c = range.left; c <= range.right; c++) {
      const cell = cellAt(sheet, row, c);
      const current = fillArgb(cell.style.fill);
      if (!rule && current && !ours.has(current)) continue;
      const fontColor = cell.style.font?.color?.argb?.toUpperCase();
      const keepFont = fontColor && !ourFonts.has(fontColor) ? fontColor : undefined;
      if (rule) withFill(cell, solidFill(rule.fill), rule.font ?? (keepFont ? `#${keepFont.slice(2)}` : undefined));
      else withFill(cell, undefined, keepFont ? `#${keepFont.slice(2)}` : undefined);
    }
  }
}
