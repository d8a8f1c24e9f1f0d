// Everything heavy loads on first use, never at pane start: the use cases (parser, planners,
// report files, ingestion, check, summary), the .docx reader and writer (jszip, docx), the
// exceljs file host, and the import preview's «Новые исполнители» lists (Fluent's Dropdown
// with its popup positioning is about 40 KB gzipped). webpack turns each `import()` into its
// own chunk (shared code goes to common chunks); test/e2e/bundle-size.ts keeps the start-up
// bundle small.

import { lazy } from "react";

export const loadCreateWorkbook = () => import(/* webpackChunkName: "create-workbook" */ "../app/create-workbook");
export const loadImportResolution = () => import(/* webpackChunkName: "import-resolution" */ "../app/import-resolution");
export const loadResolutionText = () => import(/* webpackChunkName: "resolution-text" */ "../formats/resolution-text");
export const loadFileHost = () => import(/* webpackChunkName: "file-host" */ "../hosts/file");
export const loadWorkbookSettings = () => import(/* webpackChunkName: "workbook-settings" */ "./workbook-settings");
export const loadOrganisationList = () => import(/* webpackChunkName: "organisation-list" */ "../app/organisation-list");
export const loadReportFiles = () => import(/* webpackChunkName: "report-files" */ "../app/report-templates");
export const loadIngestReports = () => import(/* webpackChunkName: "ingest-reports" */ "../app/ingest-reports");
export const loadCheck = () => import(/* webpackChunkName: "check" */ "../app/check");
export const loadSummary = () => import(/* webpackChunkName: "summary" */ "../app/summary");
export const loadNewAddressees = () => import(/* webpackChunkName: "new-addressees" */ "./NewAddressees");
export const loadLetters = () => import(/* webpackChunkName: "letters" */ "../app/letters");
export const loadDecisions = () => import(/* webpackChunkName: "decisions" */ "../app/decisions");
export const loadDynamics = () => import(/* webpackChunkName: "dynamics" */ "../app/dynamics");

// Components shown only after a first action (a preview, a check) or further down the quarter:
// their Fluent parts (Checkbox, Field, RadioGroup, ToggleButton and the icons they draw) load then.
export const LazyPreviewList = lazy(() => import(/* webpackChunkName: "preview-list" */ "./PreviewList").then((m) => ({ default: m.PreviewList })));
export const LazyFindings = lazy(() => import(/* webpackChunkName: "findings" */ "./Findings").then((m) => ({ default: m.Findings })));
export const LazyLettersSection = lazy(() => import(/* webpackChunkName: "letters-section" */ "./LettersSection").then((m) => ({ default: m.LettersSection })));
export const LazyDecisionsSection = lazy(() => import(/* webpackChunkName: "decisions-section" */ "./DecisionsSection").then((m) => ({ default: m.DecisionsSection })));
export const LazyDynamicsSection = lazy(() => import(/* webpackChunkName: "dynamics-section" */ "./DynamicsSection").then((m) => ({ default: m.DynamicsSection })));
