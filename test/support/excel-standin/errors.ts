// Errors shaped like OfficeExtension.Error: a `code` callers branch on, a message, debugInfo.
// Codes are the ones Office.js uses, so code written against the stand-in handles real ones.

export type StandInErrorCode =
  | "PropertyNotLoaded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidOperationInCellEditMode"
  | "AccessDenied"
  | "InvalidReference"
  | "ApiNotFound"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded";

export class StandInError extends Error {
  readonly code: StandInErrorCode;
  readonly debugInfo: { code: StandInErrorCode; message: string; errorLocation?: string };

  constructor(code: StandInErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export function propertyNotLoaded(property: string): StandInError {
  return new StandInError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export const itemNotFound = (what: string, where?: string) =>
  new StandInError("ItemNotFound", `The requested resource doesn't exist: ${what}.`, where);

export const invalidArgument = (why: string, where?: string) =>
  new StandInError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: ${why}.`, where);

export const invalidOperation = (why: string, where?: string) =>
  new StandInError("InvalidOperation", `The operation is not allowed: ${why}.`, where);

export const apiNotFound = (api: string, version: string) =>
  new StandInError("ApiNotFound", `The API you are trying to use could not be found (${api} needs ExcelApi ${version}).`, api);
