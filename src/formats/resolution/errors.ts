// The one error a resolution file can raise; its message is shown to the methodologist as is.
export class ResolutionFileError extends Error {
  override name = "ResolutionFileError";
}
