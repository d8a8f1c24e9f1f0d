// The pane in a real browser: dist/ served locally, Debian's headless Chromium, and the Excel
// stand-in answering the office.js CDN request. A methodologist's first session: create the
// свод, paste a resolution, look at the preview, add it, and find the directives in «Поручения»
// and the new executor phrases confirmed in «Адресаты».
// Then a whole quarter in Excel: organisations pasted as a list, the sample resolution (one new
// executor phrase mapped to another organisation than Svodka suggests), school
// files downloaded as a .zip, two of them filled and loaded back (by the file input, then again
// by drag-and-drop), the check and the summary with its .docx.
// The standalone page does the first session on a new .xlsx and downloads it; a list of names
// alone gets codes there, and a reload offers the unsaved свод back.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import type { Browser, Locator, Page } from "playwright-core";
import { simulateReturns } from "../../src/cli/demo-schools";
import { ADDRESSEES, CONTROL, DIRECTIVES, JOURNAL, ORGANISATIONS, REPORTS } from "../../src/core/workbook/schema";
import { FileWorkbookPort } from "../../src/hosts/file";
import { SAMPLE_ORGANISATIONS } from "../../samples/organisations";
import { launchChromium } from "./browser";
import { standInBrowserScript, STANDIN_GLOBAL } from "./standin-bundle";
import { serveDirectory, type StaticServer } from "./static-server";
import {
  assertNoSideScroll,
  createSvod,
  dist,
  downloadedBytes,
  downloadOf,
  expectOutcome,
  importResolution,
  openPage,
  organisationsAsPasted,
  outputDir,
  root,
  section,
  tableRows,
} from "./pane-helpers";

const corpus = join(root, "..", "shared", "corpus");
const RESOLUTION = "002_27408a7706993244";

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

/** Create the свод, paste the resolution, preview it, add it; returns the preview item count. */
async function createAndImport(page: Page, text: string, previewShot?: string, beforeAdd?: (pane: Locator) => Promise<void>): Promise<number> {
  await createSvod(page);
  return importResolution(page, text, previewShot, beforeAdd);
}

/** The «Новые исполнители» block of the import preview, once it has loaded. */
async function newExecutorsBlock(pane: Locator): Promise<Locator> {
  const block = pane.getByRole("group", { name: "Новые исполнители" });
  await block.getByTestId("new-addressee").first().waitFor();
  return block;
}

/** Drops files onto an element the way a browser does (a DataTransfer in a drop event). */
async function dropFiles(target: Locator, files: { name: string; bytes: Uint8Array }[]): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, base64: Buffer.from(f.bytes).toString("base64") }));
  await target.evaluate((el, list) => {
    const transfer = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], f.name));
    }
    el.dispatchEvent(new DragEvent("dragover", { bubbles: true, cancelable: true, dataTransfer: transfer }));
    el.dispatchEvent(new DragEvent("drop", { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }, payload);
}

/** Each name shows under the findings heading `group` («overdue», «silent»), listed by organisation. */
async function assertNamesShown(pane: Locator, group: string, names: string[]): Promise<void> {
  const block = pane.locator(`[data-testid="finding-group"][data-group="${group}"]`);
  await block.waitFor({ state: "visible" }); // the findings load on first use
  for (const name of names) assert.ok(await block.getByText(name, { exact: true }).isVisible(), `«${name}» is not shown under «${group}»: ${await block.innerText()}`);
}

/** Opens the first overdue school, then lists by directive, with no sideways scroll: two screenshots at pane width. */
async function findingsShots(page: Page, pane: Locator, name: string): Promise<void> {
  const findings = pane.getByTestId("findings");
  await findings.getByTestId("finding-item").first().locator("summary").click();
  await assertNoSideScroll(page);
  await findings.screenshot({ path: join(outputDir, `${name}.png`) });
  await findings.getByRole("button", { name: "По поручениям" }).click();
  await findings.getByTestId("finding-item").first().locator("summary").click();
  await assertNoSideScroll(page);
  await findings.screenshot({ path: join(outputDir, `${name}-by-directive.png`) });
  await findings.getByRole("button", { name: "По организациям" }).click();
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
    let newPhrases: string[] = [];
    const shown = await createAndImport(page, resolution.text, join(outputDir, "taskpane-preview.png"), async (pane) => {
      const block = await newExecutorsBlock(pane);
      const cards = block.getByTestId("new-addressee");
      newPhrases = (await cards.allInnerTexts()).map((t) => t.split("\n")[0].trim());
      // A new свод has no organisations yet: every phrase maps to nothing and says so.
      assert.equal(await block.getByTestId("new-addressee-warning").count(), newPhrases.length);
      assert.match(await cards.first().innerText(), /Организации не определены — отчётов по этим поручениям не будет/);
      await assertNoSideScroll(page);
      await block.screenshot({ path: join(outputDir, "taskpane-new-executors.png") });
    });
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
    // The new phrases as she left them, confirmed in «Адресаты».
    const addressees = await tableRows(page, ADDRESSEES);
    assert.ok(newPhrases.length > 0, "the preview showed no new executor");
    assert.deepEqual(addressees.map((r) => [r.phrase, r.confirmed]), newPhrases.map((p) => [p, "да"]));
    assert.deepEqual(errors, []);
  });

  it("in Excel: a whole quarter — organisations, school files, two reports back, the check and the summary", async () => {
    const errors: string[] = [];
    const page = await openPage(browser, `${server.url}taskpane.html`, standIn, errors, [], "2024-12-27T10:00:00");
    const table = async (name: string) =>
      (await page.evaluate(`window.${STANDIN_GLOBAL}.tableObjects(${JSON.stringify(name)})`)) as Record<string, unknown>[];
    await createSvod(page);

    // «Организации»: the sample district pasted as a list, previewed, added.
    const orgs = section(page, "Организации");
    await orgs.getByLabel("Список организаций").fill(organisationsAsPasted());
    await orgs.getByRole("button", { name: "Показать" }).click();
    await expectOutcome(page, orgs.getByTestId("organisations-summary"));
    assert.equal(await orgs.getByTestId("organisations-summary").innerText(), `Будет добавлено ${SAMPLE_ORGANISATIONS.length} организаций.`);
    await orgs.screenshot({ path: join(outputDir, "quarter-organisations.png") });
    await orgs.getByRole("button", { name: "Добавить в свод" }).click();
    await expectOutcome(page, orgs.getByText(/^Готово: добавлено/));
    assert.equal((await table(ORGANISATIONS.name)).length, SAMPLE_ORGANISATIONS.length);

    // The sample resolution: its executors are the sample organisations. Svodka suggests all
    // kindergartens for the kindergartens' heads; she narrows it to one.
    const kindergartens = "Руководителям дошкольных образовательных организаций";
    const kindergarten = SAMPLE_ORGANISATIONS.find((o) => o.type === "ДОО")!;
    await importResolution(page, readFileSync(join(root, "samples", "resolution.txt"), "utf8"), undefined, async (pane) => {
      const block = await newExecutorsBlock(pane);
      const list = block.getByRole("combobox", { name: `Организации для «${kindergartens}»` });
      assert.equal((await list.innerText()).trim(), "все дошкольные образовательные организации");
      await list.click();
      // A multi-select list: Fluent gives its items the role «menuitemcheckbox».
      await page.getByRole("menuitemcheckbox", { name: kindergarten.shortName, exact: true }).click();
      await page.screenshot({ path: join(outputDir, "quarter-new-executors-list.png") });
      await page.keyboard.press("Escape");
      assert.equal((await list.innerText()).trim(), kindergarten.shortName);
      await assertNoSideScroll(page);
      await block.screenshot({ path: join(outputDir, "quarter-new-executors.png") });
    });
    const addressees = await tableRows(page, ADDRESSEES);
    assert.ok(addressees.length >= 3, `«Адресаты» holds ${addressees.length} rows`);
    assert.deepEqual(addressees.filter((r) => r.confirmed !== "да"), [], "every new phrase is confirmed");
    const changed = addressees.find((r) => r.phrase === kindergartens);
    assert.deepEqual([changed?.organisations, changed?.group || ""], [kindergarten.code, ""]);
    const toKindergartens = (await tableRows(page, DIRECTIVES)).filter((r) => String(r.executors).includes(kindergartens));
    assert.ok(toKindergartens.length > 0, "no directive for the kindergartens' heads in «Поручения»");
    assert.deepEqual(new Set(toKindergartens.map((r) => r.addressees)), new Set([kindergarten.code]));

    // «Файлы для школ»: the period starts on the current quarter; the .zip holds one file per organisation.
    const filesPane = section(page, "Файлы для школ");
    assert.equal(await filesPane.getByRole("combobox").inputValue(), "2024-Q4");
    const zipDownload = await downloadOf(page, filesPane.getByRole("button", { name: "Сделать файлы" }));
    assert.equal(zipDownload.suggestedFilename(), "Бланки_отчётов_2024-Q4.zip");
    const zip = await JSZip.loadAsync(await downloadedBytes(zipDownload, join(outputDir, "school-files.zip")));
    const names = Object.keys(zip.files).filter((n) => n.endsWith(".xlsx"));
    assert.ok(names.length >= 3, `the archive holds ${names.length} files: ${names.join(", ")}`);
    await expectOutcome(page, filesPane.getByText(/^Готово: \d+ файл/));
    assert.match(await filesPane.innerText(), /Разошлите файлы/);
    await filesPane.screenshot({ path: join(outputDir, "quarter-files.png") });

    // Two schools send their files back: one filled in cleanly, one in its own words with an unreadable date.
    const templates = await Promise.all(
      names.slice(0, 3).map(async (fileName) => ({ fileName, orgCode: "", bytes: await zip.files[fileName].async("uint8array") })),
    );
    const all = await simulateReturns(templates);
    const returned = [all.find((f) => f.behaviour === "onTime")!, all.find((f) => f.behaviour === "ownWords")!];
    assert.ok(returned.every(Boolean), "the simulated schools returned no file");
    const ingest = section(page, "Загрузить отчёты");
    await ingest.getByTestId("report-files-input").setInputFiles(returned.map((f) => ({ name: f.name, mimeType: "application/octet-stream", buffer: Buffer.from(f.bytes) })));
    const cards = ingest.getByTestId("ingest-file");
    await expectOutcome(page, cards.first());
    assert.deepEqual(await cards.evaluateAll((els) => els.map((e) => e.getAttribute("data-outcome"))), ["accepted", "partial"]);
    const [clean, partial] = [await cards.nth(0).innerText(), await cards.nth(1).innerText()];
    assert.match(clean, /принят/);
    assert.match(partial, /частично/);
    assert.match(partial, /ячейка [A-Z]+\d+/, `the refused row names its cell: ${partial}`);
    // Each card names the school the file was matched to, as «Организации» has it.
    for (const [i, f] of returned.entries()) {
      const org = SAMPLE_ORGANISATIONS.find((o) => f.name.includes(`_${o.code}_`))!;
      assert.equal(await cards.nth(i).getByTestId("ingest-school").innerText(), `Организация: ${org.shortName} (${org.code})`);
    }
    const reports = await table(REPORTS.name);
    const accepted = [...clean.matchAll(/строк принято: (\d+)/g), ...partial.matchAll(/строк принято: (\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
    assert.ok(reports.length > 0, "no row in «Отчёты»");
    assert.equal(reports.length, accepted, "«Отчёты» holds every accepted row");
    await ingest.screenshot({ path: join(outputDir, "quarter-ingest.png") });

    // The same files again, dropped this time: nothing changes.
    await dropFiles(ingest.getByTestId("report-drop-zone"), returned);
    await expectOutcome(page, ingest.getByText("Эти отчёты уже были загружены: в своде ничего не изменилось."));
    assert.equal((await table(REPORTS.name)).length, reports.length);

    // «Проверить»: marks on «Контроль», counted in the pane.
    const check = section(page, "Проверить");
    assert.equal(await check.getByLabel("По состоянию на").inputValue(), "27.12.2024");
    await check.getByRole("button", { name: "Проверить" }).click();
    await expectOutcome(page, check.getByTestId("mark-count").first());
    const control = await table(CONTROL.name);
    assert.ok(control.length > 0, "no row in «Контроль»");
    const counted = (await check.getByTestId("mark-count").allInnerTexts()).reduce((n, t) => n + Number(/(\d+)\s*$/.exec(t)?.[1] ?? 0), 0);
    assert.equal(counted, control.length, "the pane counts every «Контроль» row");
    // The names behind the counts: every organisation «Контроль» marks overdue or silent, under its heading.
    const controlRows = await tableRows(page, CONTROL);
    const marked = (mark: string) => [...new Set(controlRows.filter((r) => r.mark === mark).map((r) => String(r.organisation)))];
    const overdueNames = marked("Просрочено");
    assert.ok(overdueNames.length > 0, "the quarter has no overdue school to name");
    await assertNamesShown(check, "overdue", overdueNames);
    await assertNamesShown(check, "silent", marked("Нет отчёта"));
    await findingsShots(page, check, "quarter-check-findings");
    await check.screenshot({ path: join(outputDir, "quarter-check.png") });

    // «Сводка за квартал»: the sheet, the totals line, the .docx.
    const summary = section(page, "Сводка за квартал");
    await summary.getByRole("button", { name: "Сделать сводку" }).click();
    await expectOutcome(page, summary.getByText("Готово: создан лист «Сводка 2024-Q4».", { exact: false }));
    assert.match(await summary.getByTestId("summary-totals").innerText(), /^По состоянию на 27\.12\.2024\. Поручений на контроле: \d+/);
    await assertNamesShown(summary, "overdue", overdueNames);
    await findingsShots(page, summary, "quarter-summary-findings");
    const docx = await downloadOf(page, summary.getByRole("button", { name: "Скачать документ (.docx)" }));
    assert.equal(docx.suggestedFilename(), "Информация о ходе исполнения 2024-Q4.docx");
    const docxZip = await JSZip.loadAsync(await downloadedBytes(docx, join(outputDir, "summary.docx")));
    assert.ok(docxZip.file("word/document.xml"), "the .docx has no word/document.xml");
    await summary.screenshot({ path: join(outputDir, "quarter-summary.png") });
    await page.screenshot({ path: join(outputDir, "quarter.png"), fullPage: true });
    await assertNoSideScroll(page);
    assert.deepEqual(errors, []);
  });

  it("without Excel (standalone page): creates a new свод, imports, checks, and downloads an .xlsx with the directives", async () => {
    const errors: string[] = [];
    const page = await openPage(browser, `${server.url}standalone.html`, null, errors);
    const shown = await createAndImport(page, resolution.text);
    // The later sections work on the opened file too: the check writes its «Журнал» line into it.
    const check = section(page, "Проверить");
    await check.getByRole("button", { name: "Проверить" }).click();
    await expectOutcome(page, check.getByText(/^Готово: отметки записаны/));
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
    const journal = (await port.readTables([JOURNAL])).get(JOURNAL.name)?.rows ?? [];
    assert.ok(journal.some((r) => r.action === "Проверка сроков"), "the downloaded свод has no line of the check in «Журнал»");
    assert.deepEqual(errors, []);
  });

  it("without Excel: names alone get codes, a stale error goes, and a reload offers the unsaved свод back", async () => {
    const errors: string[] = [];
    const page = await openPage(browser, `${server.url}standalone.html`, null, errors);
    await page.getByRole("heading", { name: "Сводка", level: 1 }).waitFor();
    const orgs = section(page, "Организации");
    assert.ok(await orgs.getByTestId("show-disabled-why").isVisible(), "an empty paste says why «Показать» waits");

    // Names without codes, pasted before any свод is open: the pane says to make one first…
    await orgs.getByLabel("Список организаций").fill(SAMPLE_ORGANISATIONS.map((o) => o.shortName).join("\n"));
    await orgs.getByRole("button", { name: "Показать" }).click();
    await orgs.getByRole("alert").getByText(/^Сначала откройте файл свода/).waitFor();
    // …and says no more once it is made.
    await page.getByRole("button", { name: "Создать свод" }).click();
    await page.getByText(/^Свод готов/).waitFor({ timeout: 30_000 });
    await orgs.getByRole("alert").waitFor({ state: "detached", timeout: 5_000 });

    await orgs.getByRole("button", { name: "Показать" }).click();
    await expectOutcome(page, orgs.getByTestId("organisations-summary"));
    assert.equal(await orgs.getByTestId("organisations-summary").innerText(), `Будет добавлено ${SAMPLE_ORGANISATIONS.length} организаций.`);
    const given = (await orgs.getByTestId("organisation-given-codes").innerText()).split("\n").map((l) => l.trim()).filter(Boolean);
    assert.equal(given.length, SAMPLE_ORGANISATIONS.length);
    assert.ok(given.includes("ОО-01 — МБОУ «Заречная СОШ № 1»"), given.join("\n"));
    await assertNoSideScroll(page);
    await orgs.screenshot({ path: join(outputDir, "standalone-organisations-by-name.png") });
    await orgs.getByRole("button", { name: "Добавить в свод" }).click();
    await expectOutcome(page, orgs.getByText(/^Готово: добавлено 12 организаций\..*Присвоены коды: /));

    // The copy is in the browser; leaving asks first; the next visit offers it back.
    await page.getByTestId("draft-copied").waitFor({ timeout: 30_000 });
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.type());
      void d.accept();
    });
    await page.reload();
    assert.deepEqual(dialogs, ["beforeunload"], "leaving with unsaved changes asks first");
    const offer = page.getByTestId("restore-draft");
    await offer.waitFor({ timeout: 30_000 });
    assert.match(await offer.innerText(), /Восстановить несохранённый свод «Свод\.xlsx» от \d{2}:\d{2}\?/);
    await page.screenshot({ path: join(outputDir, "standalone-restore.png"), fullPage: true });
    await offer.getByRole("button", { name: "Восстановить" }).click();
    await expectOutcome(page, page.getByText(/^Свод «Свод\.xlsx» восстановлен/));
    assert.match(await page.getByTestId("workbook-file").innerText(), /Открыт: «Свод\.xlsx» \(есть несохранённые изменения\)/);

    const download = await downloadOf(page, page.getByRole("button", { name: "Скачать свод" }));
    const port = await FileWorkbookPort.open(new Uint8Array(await downloadedBytes(download, join(outputDir, "standalone-restored.xlsx"))));
    const rows = (await port.readTables([ORGANISATIONS])).get(ORGANISATIONS.name)?.rows ?? [];
    // The codes her list did not have, given by type in the list's order (the sample's own codes differ for the office and the ИМЦ).
    const codes = ["УО-01", "МКУ-01", "ОО-01", "ОО-02", "ОО-03", "ОО-04", "ОО-05", "ОО-06", "ДОО-01", "ДОО-02", "ДОО-03", "УДО-01"];
    assert.deepEqual(
      rows.map((r) => [r.code, r.shortName]),
      SAMPLE_ORGANISATIONS.map((o, i) => [codes[i], o.shortName]),
      "every school is back, under the code given by its type",
    );
    // Saved: nothing to offer any more.
    await page.getByTestId("draft-copied").waitFor({ state: "detached" });
    await page.reload();
    await page.getByRole("heading", { name: "Сводка", level: 1 }).waitFor();
    await page.waitForTimeout(1_500);
    assert.equal(await page.getByTestId("restore-draft").count(), 0);
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
