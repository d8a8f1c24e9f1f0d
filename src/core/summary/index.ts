// The quarterly summary for the collegium.
export * from "./summarise";
export { summarySheet, summarySheetName, periodTitle } from "./sheet";
export { deadlineRu, lateOrgsRu, shortText } from "./texts";
export { proposalFor } from "./proposal";
export {
  collegiumContent,
  responsibleRu,
  sectionOf,
  COLLEGIUM_HEADERS,
  TARGET_HEADERS,
  type CollegiumContent,
  type CollegiumDirectiveSource,
  type CollegiumOptions,
  type CollegiumOrganisation,
  type CollegiumRow,
  type CollegiumSection,
  type ResolutionRef,
} from "./collegium";
