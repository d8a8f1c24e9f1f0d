// Resolution parser: text → ParsedDocument (see ../shared/corpus/SPEC.md).
// Placeholder until the parser lands; the signature is the contract.
import { DEFAULT_PARSE_SETTINGS, type ParseSettings, type ParsedDocument } from "../model";

export function parseResolution(text: string, settings: ParseSettings = DEFAULT_PARSE_SETTINGS): ParsedDocument {
  void settings;
  const title = text.trim().split(/\n/)[0] ?? "";
  return { title, date: null, schoolYear: null, kind: "документ", directives: [], warnings: [] };
}
