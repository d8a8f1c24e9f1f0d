// The pane in a real browser: dist/ served locally, Debian's headless Chromium, and the Excel
// stand-in answering the office.js CDN request. A methodologist's first session: create the
// свод, paste a resolution, look at the preview, add it, and find the directives in «Поручения».
// The standalone page does the same on a new .xlsx and downloads it.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { DIRECTIVES } from "../../src/core/workbook/schema";
import { FileWorkbookPort } from "../../src/hosts/file";
import { launchChromium } from "./browser";
import { standInBrowserScript, STANDIN_GLOBAL } from "./standin-bundle";
import { serveDirectory, type StaticServer } from "./static-server";

const root = join(__dirname, "..", "..");
const dist = join(root, "dist");
const outputDir = join(root, "test-output");
const corpus = join(root, "..", "shared", "corpus");
const RESOLUTION = "002_27408a7706993244";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const PANE_WIDTH = 350;

interface GoldDirective {
  n: string;
  starts: string;
}

function readResolution(): { text: string; first: GoldDirective } {
  const text = readFileSync(join(corpus, `${RESOLUTION}.txt`), "utf8");
  const gold = JSON.parse(readFileSync(join(corpus, `${RESOLUTION}.gold.json`), "utf8")) as { directives: GoldDirective[] };
  assert.ok(gold.directives.length > 0, "the gold file lists no directives");
  return { text, first: gold.directives[0] };
}

/** Opens a page of dist/ at task-pane width, collecting uncaught page errors and requested URLs. */
async function openPage(browser: Browser, url: string, officeJs: string | null, errors: string[], requests: string[] = []): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: PANE_WIDTH, height: 900 }, acceptDownloads: true });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("request", (r) => requests.push(r.url()));
  // Nothing leaves the machine: the CDN office.js is the stand-in, every other outside request fails.
  // (One handler: when several routes match, Playwright runs the last registered one.)
  await page.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) =>
    route.request().url().startsWith(OFFICE_JS) && officeJs !== null
      ? route.fulfill({ status: 200, contentType: "text/javascript", body: officeJs })
      : route.abort(),
  );
  await page.goto(url);
  return page;
}

/** Waits until `success` shows, or fails with the text of the error MessageBar the pane shows instead. */
async function expectOutcome(page: Page, success: Locator, timeout = 30_000): Promise<void> {
  const alert = page.getByRole("alert").first();
  await success.or(alert).first().waitFor({ timeout });
  if (await alert.isVisible()) assert.fail(`the pane shows an error: ${await alert.innerText()}`);
}

/** Create the свод, paste the resolution, preview it, add it; returns the preview item count. */
async function createAndImport(page: Page, text: string, previewShot?: string): Promise<number> {
  await page.getByRole("heading", { name: "Сводка", level: 1 }).waitFor();
  await page.getByRole("button", { name: "Создать свод" }).click();
  await expectOutcome(page, page.getByText(/^Свод готов/));

  await page.getByLabel("Текст резолюции").fill(text);
  await page.getByRole("button", { name: "Показать" }).click();
  const items = page.getByTestId("preview-item");
  await expectOutcome(page, items.first());
  const shown = await items.count();
  if (previewShot) await page.screenshot({ path: previewShot, fullPage: true });

  await page.getByRole("button", { name: "Добавить в свод" }).click();
  await expectOutcome(page, page.getByText(/^Готово: добавлено/));
  return shown;
}

describe("task pane in headless Chromium", function () {
  this.timeout(120_000);
  let server: StaticServer;
  let browser: Browser;
  let standIn: string;
  const resolution = readResolution();

  before(async () => {
    assert.ok(existsSync(join(dist, "taskpane.html")), "dist/taskpane.html is missing: run `npm run build` first (npm test does).");
    standIn = await standInBrowserScript();
    server = await serveDirectory(dist);
    browser = await launchChromium();
    mkdirSync(outputDir, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it("in Excel: creates the свод and imports a pasted resolution into «Поручения»", async () => {
    const errors: string[] = [];
    const page = await openPage(browser, `${server.url}taskpane.html`, standIn, errors);
    const shown = await createAndImport(page, resolution.text, join(outputDir, "taskpane-preview.png"));
    assert.equal(await page.getByRole("button", { name: "Открыть свод…" }).count(), 0, "the pane should work on the Excel workbook, not in file mode");
    await page.screenshot({ path: join(outputDir, "taskpane.png"), fullPage: true });

    // The stand-in's handle reads the table as the user would see it: one object per row, keyed by header.
    const rows = (await page.evaluate(`window.${STANDIN_GLOBAL}.tableObjects(${JSON.stringify(DIRECTIVES.name)})`)) as Record<string, unknown>[];
    const header = (id: string) => DIRECTIVES.columns.find((c) => c.id === id)!.header;
    assert.ok(rows.length > 0, "the import wrote no row into «Поручения»");
    assert.equal(rows.length, shown, "the table should hold every directive the preview showed");
    assert.equal(String(rows[0][header("n")]), resolution.first.n);
    assert.ok(
      String(rows[0][header("text")]).startsWith(resolution.first.starts),
      `first directive text: ${String(rows[0][header("text")]).slice(0, 80)}`,
    );
    assert.deepEqual(errors, []);
  });

  it("without Excel (standalone page): creates a new свод, imports, and downloads an .xlsx with the directives", async () => {
    const errors: string[] = [];
    const page = await openPage(browser, `${server.url}standalone.html`, null, errors);
    const shown = await createAndImport(page, resolution.text);
    await page.screenshot({ path: join(outputDir, "standalone.png"), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Скачать свод" }).click()]);
    assert.equal(download.suggestedFilename(), "Свод.xlsx");
    const saved = join(outputDir, "standalone-svod.xlsx");
    await download.saveAs(saved);

    const port = await FileWorkbookPort.open(new Uint8Array(readFileSync(saved)));
    const rows = (await port.readTables([DIRECTIVES])).get(DIRECTIVES.name)?.rows ?? [];
    assert.ok(rows.length > 0, "the downloaded свод has no row in «Поручения»");
    assert.equal(rows.length, shown);
    assert.equal(String(rows[0].n), resolution.first.n);
    assert.deepEqual(errors, []);
  });

  it("falls back to the local office.js when the CDN is unreachable", async () => {
    const errors: string[] = [];
    const requests: string[] = [];
    const page = await openPage(browser, `${server.url}taskpane.html`, null, errors, requests);
    // Outside Office, the local Office.js reports no host, so the pane opens in file mode.
    await page.getByRole("button", { name: "Открыть свод…" }).waitFor({ timeout: 30_000 });
    // office.js must then load its helper files from the local copy too, not from the dead CDN.
    for (const file of ["office-js/office.js", "office-js/o15apptofilemappingtable.js"])
      assert.ok(requests.includes(`${server.url}${file}`), `${file} not requested; requests: ${requests.join(", ")}`);
    assert.deepEqual(errors, []);
  });
});
