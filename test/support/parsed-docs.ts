// Hand-built parsed documents for tests that must not depend on the parser's heuristics.
import type { ParsedDirective, ParsedDocument } from "../../src/core/model";

export function directive(n: string, text: string, over: Partial<ParsedDirective> = {}): ParsedDirective {
  return {
    n,
    text,
    executors: ["Руководителям общеобразовательных организаций"],
    person: null,
    deadline: { raw: "до 01.10.2024", kind: "date", due: "2024-10-01" },
    target: null,
    controlled: true,
    warnings: [],
    ...over,
  };
}

export function conference(directives: ParsedDirective[]): ParsedDocument {
  return {
    title: "Резолюция августовской конференции педагогических работников Заречного района",
    date: "2024-08-28",
    number: null,
    schoolYear: "2024-2025",
    kind: "резолюция конференции",
    directives,
    warnings: [],
  };
}
