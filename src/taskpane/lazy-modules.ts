// Everything heavy loads on first use, never at pane start: the use cases (parser, planners),
// the .docx reader (jszip), and the exceljs file host. webpack turns each
// `import()` into its own chunk; test/e2e/bundle-size.ts keeps the start-up bundle small.

export const loadCreateWorkbook = () => import(/* webpackChunkName: "create-workbook" */ "../app/create-workbook");
export const loadImportResolution = () => import(/* webpackChunkName: "import-resolution" */ "../app/import-resolution");
export const loadResolutionText = () => import(/* webpackChunkName: "resolution-text" */ "../formats/resolution-text");
export const loadFileHost = () => import(/* webpackChunkName: "file-host" */ "../hosts/file");
