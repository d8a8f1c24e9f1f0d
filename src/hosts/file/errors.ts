// Errors of the file host; the message is a Russian sentence a methodologist can act on.
export class WorkbookFileError extends Error {
  override name = "WorkbookFileError";
}
