// How every sheet Svodka makes is printed, in both hosts: A4, all columns fitted to the page
// width (as many pages down as the rows need), landscape where the columns are too wide for a
// portrait page, the header row repeated on each page.

/** Wider than this (Excel width units, about 1.85 mm each) would shrink below ~85 % on a portrait A4 page. */
export const PORTRAIT_MAX_WIDTH = 120;

/** Margins in inches, as Excel's «Узкие» preset but with room for a hole punch on top. */
export const PRINT_MARGINS = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } as const;

export interface SheetPrint {
  landscape: boolean;
  /** First and last sheet row (1-based) repeated on every page, if any. */
  titleRows?: [number, number];
}

/** The print layout of a sheet whose columns are `widths` wide (Excel width units). */
export function printFor(widths: number[], titleRows?: [number, number]): SheetPrint {
  const total = widths.reduce((s, w) => s + w, 0);
  return { landscape: total > PORTRAIT_MAX_WIDTH, ...(titleRows ? { titleRows } : {}) };
}
