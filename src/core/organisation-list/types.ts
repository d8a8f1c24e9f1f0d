// What reading an organisation list reports back to the methodologist, in Russian.

/** A row of the list that was not taken (with the reason), or a note about how it was read. */
export interface ListProblem {
  /** 1-based row of the list (Excel's row number, or the pasted line); null for the list as a whole. */
  line: number | null;
  message: string;
  /** True when the row was not taken (as opposed to a note about how it was read). */
  refused?: boolean;
}

/** Two or more entries that look like one organisation, with the codes involved. */
export interface DuplicateNote {
  message: string;
  codes: string[];
}
