// .pdf → text: the text layer, line by line, through Mozilla's pdf.js (legacy build: Node 20 and
// older Office web views). It runs without a worker thread: the worker's module is handed to
// pdf.js in this thread (globalThis.pdfjsWorker), so the pane's Content-Security-Policy needs
// no worker-src and no blob: script, and eval stays off (isEvalSupported: false). This module
// is imported only when a PDF is read, so pdf.js is never in the pane's start-up bundle.
//
// Lines are rebuilt from the positions of the text pieces; a line that runs to the right
// margin is joined with the next unless that one starts an item, so paragraphs come out whole
// as in the .docx. A PDF without text (a scan) is refused with what to do instead.
import { MAX_TEXT_CHARS } from "../../core/parse/bounds";
import { ResolutionFileError } from "./errors";
import { pdfLines, type PdfPiece } from "./pdf-lines";

/** A resolution is a few pages; a PDF of more is a collection or a book. */
export const MAX_PDF_PAGES = 300;
export const MAX_PDF_BYTES = 50 * 1024 * 1024;

interface PdfJs {
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }>; cleanup(): void }>;
  destroy(): Promise<void>;
}

let loaded: Promise<PdfJs> | null = null;

function loadPdfJs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const [pdfjs, worker] = await Promise.all([
      import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist/legacy/build/pdf.mjs"),
      // @ts-expect-error the worker module ships without type declarations
      import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist/legacy/build/pdf.worker.mjs"),
    ]);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return pdfjs as unknown as PdfJs;
  })();
  return loaded;
}

export const SCANNED_PDF = "в PDF нет текста — это скан: распознайте его или попросите файл Word";

function refusal(name: string, e: unknown): ResolutionFileError {
  if (e instanceof ResolutionFileError) return e;
  const kind = (e as { name?: string })?.name ?? "";
  if (kind === "PasswordException") return new ResolutionFileError(`Файл «${name}» защищён паролем. Снимите пароль или попросите файл без пароля.`);
  return new ResolutionFileError(`Файл «${name}» повреждён: PDF не читается. Попросите файл заново или файл Word.`);
}

export async function pdfText(bytes: Uint8Array, name: string): Promise<string> {
  if (bytes.length > MAX_PDF_BYTES) {
    throw new ResolutionFileError(`Файл «${name}» слишком большой для резолюции: ${Math.round(bytes.length / 2 ** 20)} МБ. Проверьте, тот ли это файл.`);
  }
  const pdfjs = await loadPdfJs();
  let task: ReturnType<PdfJs["getDocument"]> | null = null;
  let doc: PdfDocument | null = null;
  try {
    // pdf.js takes over the buffer it is given: hand it a copy, a plain Uint8Array (not a Node Buffer)
    task = pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    });
    // The Office.js lint rule takes pdf.js's getDocument for an Office proxy; this is a plain promise.
    // eslint-disable-next-line office-addins/call-sync-before-read
    doc = await task.promise;
    if (doc.numPages > MAX_PDF_PAGES) {
      throw new ResolutionFileError(`Файл «${name}»: в PDF ${doc.numPages} страниц — это не похоже на резолюцию (читается не больше ${MAX_PDF_PAGES}).`);
    }
    const pages: PdfPiece[][] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const pieces = (content.items as PdfPiece[]).filter((it) => typeof it.str === "string" && Array.isArray(it.transform));
      for (const p of pieces) chars += p.str.length;
      if (chars > MAX_TEXT_CHARS) {
        throw new ResolutionFileError(`Файл «${name}» слишком большой для резолюции: в нём больше ${MAX_TEXT_CHARS} знаков текста. Проверьте, тот ли это файл.`);
      }
      pages.push(pieces);
      page.cleanup();
    }
    const text = pdfLines(pages);
    if (text.replace(/\s/g, "").length < 10) throw new ResolutionFileError(`Файл «${name}»: ${SCANNED_PDF}.`);
    return text;
  } catch (e) {
    throw refusal(name, e);
  } finally {
    await (doc ? doc.destroy() : task?.destroy())?.catch(() => undefined);
  }
}
