// Which document of the свод an imported text is. A document is recognised by its content
// (a print of its directives, kept in «Документы») as well as by its id; when the id is taken
// by a document that is plainly another one, the import never updates it: the methodologist
// chooses between a distinct id and a new edition of that document.
import { formatRu } from "../dates";
import type { ParsedDocument } from "../model";
import type { Row } from "../workbook/port";
import { DirectivesTable, isRemovedRevision, type DirectiveRow } from "../workbook/tables/directives";
import { DocumentsTable, type DocumentRow } from "../workbook/tables/documents";
import { documentId } from "./directive-rows";
import { hash64 } from "../hash";

/** How a methodologist settles a clash: a separate document under a distinct id, or a new edition of the one in the свод. */
export type IdentityChoice = "new" | "edition";

/** The свод already holds another document under the id this one would get. */
export interface DocumentClash {
  /** The id both documents would share. */
  id: string;
  existingTitle: string;
  /** ДД.ММ.ГГГГ as in «Документы», or "". */
  existingDate: string;
  existingDirectives: number;
  /** The free id this document gets when imported as a separate one («Колл-2024-08-28-2»). */
  distinctId: string;
}

export interface DocumentIdentity {
  id: string;
  /** A clash the methodologist has not settled yet: nothing may be written. */
  clash: DocumentClash | null;
  /** The свод's document this one was recognised as by its content, under an id it would not get today. */
  recognisedAs: string | null;
}

const PRINT_VERSION = "d1:";

function normalised(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[«»“”„"‘’']/g, '"')
    .replace(/[‐‑‒–—―−]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A print of what the document orders: its directives' numbers and texts, normalised. The
 * title, date and number are left out, so the same document with a re-typed title or a date
 * read differently keeps its print.
 */
export function contentPrint(doc: Pick<ParsedDocument, "directives">): string {
  return PRINT_VERSION + hash64(doc.directives.map((d) => `${d.n}\u0001${normalised(d.text)}`).join("\u0002"));
}

const idOf = (r: DocumentRow) => r.id;
const sameId = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The first of «<id>-2», «<id>-3», … that no document of the свод has. */
export function distinctId(id: string, documents: DocumentRow[]): string {
  const taken = new Set(documents.map((r) => idOf(r).toLowerCase()));
  for (let k = 2; ; k++) if (!taken.has(`${id}-${k}`.toLowerCase())) return `${id}-${k}`;
}

/** Share of the earlier document's directive texts that the new one repeats word for word. */
function overlap(docId: string, doc: ParsedDocument, directives: DirectiveRow[]): number {
  const old = directives.filter((r) => sameId(r.documentId, docId) && !isRemovedRevision(r.revision)).map((r) => normalised(r.text));
  if (!old.length) return 0;
  const now = new Set(doc.directives.map((d) => normalised(d.text)));
  return old.filter((t) => now.has(t)).length / old.length;
}

const titleKey = (t: string) => normalised(t).replace(/[".,:;()\s-]+/g, " ").trim();

/** The same document, perhaps amended: the same title, or most of its directives repeated. */
function sameDocument(row: DocumentRow, doc: ParsedDocument, directives: DirectiveRow[]): boolean {
  if (titleKey(row.title) && titleKey(row.title) === titleKey(doc.title)) return true;
  return overlap(idOf(row), doc, directives) >= 0.5;
}

export interface IdentityOptions {
  /** An id given outright: used as is. */
  documentId?: string;
  /** How to settle a clash, if there is one. */
  choice?: IdentityChoice;
}

/** Decides the id a parsed document is imported under, given the свод's «Документы» and «Поручения». */
export function resolveIdentity(
  doc: ParsedDocument,
  existing: { documents: Row[]; directives: Row[] },
  options: IdentityOptions = {},
): DocumentIdentity {
  const given = options.documentId?.trim();
  if (given) return { id: given, clash: null, recognisedAs: null };
  const documents = existing.documents.map((r) => DocumentsTable.read(r));
  const directives = existing.directives.map((r) => DirectivesTable.read(r));
  const computed = documentId(doc);
  const print = contentPrint(doc);

  // Exactly the same directives: the same document, whatever its title or date now reads.
  const byPrint = documents.filter((r) => r.contentPrint === print && idOf(r));
  if (byPrint.length) {
    const row = byPrint.find((r) => sameId(idOf(r), computed)) ?? byPrint[0];
    return { id: idOf(row), clash: null, recognisedAs: sameId(idOf(row), computed) ? null : idOf(row) };
  }

  const holder = documents.find((r) => sameId(idOf(r), computed));
  if (holder) {
    if (options.choice === "edition" || sameDocument(holder, doc, directives)) return { id: idOf(holder), clash: null, recognisedAs: null };
    const other = distinctId(computed, documents);
    if (options.choice === "new") return { id: other, clash: null, recognisedAs: null };
    return {
      id: other,
      clash: {
        id: idOf(holder),
        existingTitle: holder.title,
        existingDate: holder.date,
        existingDirectives: holder.directiveCount ?? directives.filter((r) => sameId(r.documentId, idOf(holder))).length,
        distinctId: other,
      },
      recognisedAs: null,
    };
  }

  // Imported before ids carried the number («Колл-2024-08-28» for decision № 5): the same directives keep that id.
  if (doc.number) {
    const legacy = documentId({ ...doc, number: null });
    const old = documents.find((r) => sameId(idOf(r), legacy) && !r.contentPrint);
    if (old && overlap(legacy, doc, directives) >= 0.5) return { id: idOf(old), clash: null, recognisedAs: idOf(old) };
  }
  return { id: computed, clash: null, recognisedAs: null };
}

/** «Решение коллегии …» от 28.08.2024 — the document of the свод that holds the id, for messages. */
export function existingLabel(clash: DocumentClash): string {
  const date = clash.existingDate ? ` от ${/^\d{4}-/.test(clash.existingDate) ? formatRu(clash.existingDate) : clash.existingDate}` : "";
  return `«${clash.existingTitle || "без названия"}»${date}`;
}

/** «Колл-2024-08-28 («Решение коллегии …» от 28.08.2024)». */
export function describeExisting(clash: DocumentClash): string {
  return `${clash.id} (${existingLabel(clash)})`;
}
