// What the browser tests of the pane share: the page at task-pane width with nothing leaving the
// machine, waiting for a section's outcome, reading the stand-in's tables, downloads, and the
// first steps every session takes (the свод, the organisations, a resolution).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Download, Locator, Page } from "playwright-core";
import type { Organisation } from "../../src/core/model";
import type { TableSchema } from "../../src/core/workbook/schema";
import { SAMPLE_ORGANISATIONS } from "../../samples/organisations";
import { STANDIN_GLOBAL } from "./standin-bundle";

export const root = join(__dirname, "..", "..");
export const dist = join(root, "dist");
export const outputDir = join(root, "test-output");
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const PANE_WIDTH = 350;

/** Opens a page of dist/ at task-pane width, collecting uncaught page errors and requested URLs. */
export async function openPage(
  browser: Browser,
  url: string,
  officeJs: string | null,
  errors: string[],
  requests: string[] = [],
  clock?: string,
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: PANE_WIDTH, height: 900 }, acceptDownloads: true });
  // The pane's «today» (default period and report date), when the test needs a fixed one; timers still run.
  if (clock) await page.clock.setFixedTime(new Date(clock));
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
export async function expectOutcome(page: Page, success: Locator, timeout = 30_000): Promise<void> {
  const alert = page.getByRole("alert").first();
  await success.or(alert).first().waitFor({ timeout });
  if (await alert.isVisible()) assert.fail(`the pane shows an error: ${await alert.innerText()}`);
}

/** A table of the stand-in's workbook, one object per row keyed by column id (the stand-in keys them by header). */
export async function tableRows(page: Page, table: TableSchema): Promise<Record<string, unknown>[]> {
  const rows = (await page.evaluate(`window.${STANDIN_GLOBAL}.tableObjects(${JSON.stringify(table.name)})`)) as Record<string, unknown>[];
  return rows.map((r) => Object.fromEntries(table.columns.map((c) => [c.id, r[c.header]])));
}

/** The pane is no wider than the task pane: nothing scrolls sideways. */
export async function assertNoSideScroll(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PANE_WIDTH, `the pane scrolls sideways: ${width} px wide at ${PANE_WIDTH} px`);
}

/** A section of the pane by its title. */
export const section = (page: Page, title: string) => page.getByRole("region", { name: title, exact: true });

export async function createSvod(page: Page): Promise<void> {
  await page.getByRole("heading", { name: "Сводка", level: 1 }).waitFor();
  await page.getByRole("button", { name: "Создать свод" }).click();
  await expectOutcome(page, page.getByText(/^Свод готов/));
}

/**
 * Paste the resolution, preview it, add it; returns the preview item count. `beforeAdd` looks at
 * (or changes) the preview, e.g. the «Новые исполнители» block, before «Добавить в свод».
 */
export async function importResolution(page: Page, text: string, previewShot?: string, beforeAdd?: (pane: Locator) => Promise<void>): Promise<number> {
  const pane = section(page, "Импорт резолюции");
  await pane.getByLabel("Текст резолюции").fill(text);
  await pane.getByRole("button", { name: "Показать" }).click();
  const items = pane.getByTestId("preview-item");
  await expectOutcome(page, items.first());
  const shown = await items.count();
  if (beforeAdd) await beforeAdd(pane);
  if (previewShot) await page.screenshot({ path: previewShot, fullPage: true });

  await pane.getByRole("button", { name: "Добавить в свод" }).click();
  await expectOutcome(page, pane.getByText(/^Готово: добавлено/));
  return shown;
}

/** A district as a methodologist copies it from her own table: a header row, then tab-separated rows. */
export function organisationsAsPasted(organisations: Organisation[] = SAMPLE_ORGANISATIONS): string {
  const header = ["Код", "Краткое наименование", "Полное наименование", "Тип", "Группы", "Другие названия", "Эл. почта", "Руководитель"];
  const rows = organisations.map((o) => [o.code, o.shortName, o.fullName, o.type, o.groups.join("; "), o.aliases.join("; "), o.email, o.head]);
  return [header, ...rows].map((r) => r.join("\t")).join("\n");
}

/** The «Организации» section: the list pasted, previewed, added. */
export async function addOrganisations(page: Page, organisations: Organisation[]): Promise<void> {
  const orgs = section(page, "Организации");
  await orgs.getByLabel("Список организаций").fill(organisationsAsPasted(organisations));
  await orgs.getByRole("button", { name: "Показать" }).click();
  await expectOutcome(page, orgs.getByTestId("organisations-summary"));
  await orgs.getByRole("button", { name: "Добавить в свод" }).click();
  await expectOutcome(page, orgs.getByText(/^Готово: добавлено/));
}

/** Clicks `button` and returns the download it starts. */
export async function downloadOf(page: Page, button: Locator): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 30_000 }), button.click()]);
  return download;
}

export async function downloadedBytes(download: Download, saveAs: string): Promise<Buffer> {
  await download.saveAs(saveAs);
  return readFileSync(saveAs);
}
