// The quarterly summary for the collegium.
export * from "./summarise";
export { summarySheet, summarySheetName, periodTitle } from "./sheet";
export { deadlineRu, lateOrgsRu, shortText } from "./texts";
export { proposalFor } from "./proposal";
export { collegiumContent, COLLEGIUM_HEADERS, TARGET_HEADERS, type CollegiumContent, type CollegiumOptions, type ResolutionRef } from "./collegium";
