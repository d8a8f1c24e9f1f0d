// The pane's later sections in a real browser (dist/ served locally, Debian's headless Chromium,
// the Excel stand-in as office.js), used as a methodologist does at the end of a quarter: the
// свод with the sample district (one school without an e-mail) and the sample resolution, the
// reports of the first three organisations loaded for the third and the fourth quarter,
// «Проверить» on 27.12.2024, then
// - «Письма в организации»: the blanks, then the reminders, as .eml drafts in a .zip and as one .docx;
// - «Решения коллегии»: one directive taken off control, one extended; applying twice changes nothing;
// - «Динамика за год»: the «Динамика» sheet, whose figures are those of «Сводка» for each quarter.
// Every expected value is fixed in the test or read from what the свод says («Поручения», «Контроль»,
// «Отчёты», «Сводка»), never from the pane.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import PostalMime from "postal-mime";
import type { Browser, Page } from "playwright-core";
import { simulateReturns } from "../../src/cli/demo-schools";
import { CONTROL, DIRECTIVES, JOURNAL, REPORTS } from "../../src/core/workbook/schema";
import { SAMPLE_ORGANISATIONS } from "../../samples/organisations";
import { readBack } from "../support/docx-read";
import { launchChromium } from "./browser";
import {
  addOrganisations,
  assertNoSideScroll,
  createSvod,
  dist,
  downloadedBytes,
  downloadOf,
  expectOutcome,
  importResolution,
  OFFICE_JS,
  openPage,
  outputDir,
  root,
  section,
  tableRows,
} from "./pane-helpers";
import { standInBrowserScript, STANDIN_GLOBAL } from "./standin-bundle";
import { serveDirectory, type StaticServer } from "./static-server";

const TODAY = "27.12.2024";
const PERIOD = "2024-Q4";
const QUARTER = "IV квартал 2024 г.";
/** The school whose e-mail she has not got: its reminder is only in the .docx. */
const NO_EMAIL_CODE = "ОО-06";
/** The collegium's decisions: 1.1 (the office's plan, due 01.10.2024) off control, 3.3 (schools, due 01.11.2024) extended. */
const COLLEGIUM = "26.12.2024";
const REMOVE_N = "1.1";
const EXTEND_N = "3.3";
const EXTEND_TO = "30.06.2025";
const REMINDER_MARKS = ["Просрочено", "Нет отчёта", "Срок истекает"];
/** The heading a reminder puts over the directives of each mark. */
const HEADING_OF: Record<string, RegExp> = {
  Просрочено: /^Истёк срок исполнения:$/,
  "Нет отчёта": new RegExp(`^Не представлена информация за ${QUARTER}:$`),
  "Срок истекает": /^Срок исполнения истекает:$/,
};

/** A date cell of the stand-in (an Excel serial, or text) as she reads it: ДД.ММ.ГГГГ. */
function ruDate(v: unknown): string {
  if (typeof v === "number") {
    const d = new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86_400_000);
    return `${String(d.getUTCDate()).padStart(2, "0")}.${String(d.getUTCMonth() + 1).padStart(2, "0")}.${d.getUTCFullYear()}`;
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(v ?? ""));
  return iso ? `${iso[3]}.${iso[2]}.${iso[1]}` : String(v ?? "");
}

/**
 * The directives a reminder lists, by mark: lines «— п. N. …» under each heading, as
 * mark → «N (ДД.ММ.ГГГГ)», «N (без срока)» or, overdue, «N (ДД.ММ.ГГГГ, D дн.)», sorted. `paragraphs` are the letter's, in order.
 */
function listedByMark(paragraphs: string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  let mark: string | null = null;
  for (const p of paragraphs) {
    const heading = Object.keys(HEADING_OF).find((m) => HEADING_OF[m].test(p));
    if (heading) {
      mark = heading;
      continue;
    }
    const item = /^— п\. (\S+)\. .*\((?:срок — (\d{2}\.\d{2}\.\d{4})|срок не установлен)(?:, просрочено на (\d+) д[а-я]+)?\)$/.exec(p);
    if (item && mark) (out[mark] ??= []).push(`${item[1]} (${item[2] ?? "без срока"}${item[3] ? `, ${item[3]} дн.` : ""})`);
    else if (!p.startsWith("— ")) mark = null;
  }
  for (const m of Object.keys(out)) out[m].sort();
  return out;
}

/** What «Контроль» asks each organisation about: code → mark → items as listedByMark gives them. */
function expectedReminders(control: Record<string, unknown>[]): Map<string, Record<string, string[]>> {
  const byOrg = new Map<string, Record<string, string[]>>();
  for (const r of control) {
    const mark = String(r.mark);
    if (!REMINDER_MARKS.includes(mark)) continue;
    const code = String(r.orgCode);
    const marks = byOrg.get(code) ?? {};
    const date = r.controlDate === "" || r.controlDate == null ? "без срока" : ruDate(r.controlDate);
    (marks[mark] ??= []).push(`${String(r.n)} (${date}${mark === "Просрочено" ? `, ${Number(r.days)} дн.` : ""})`);
    byOrg.set(code, marks);
  }
  for (const marks of byOrg.values()) for (const m of Object.keys(marks)) marks[m].sort();
  return byOrg;
}

/** A sheet of the stand-in's workbook as stored values, "" for empty cells. */
async function sheetValues(page: Page, name: string): Promise<unknown[][]> {
  return (await page.evaluate(`window.${STANDIN_GLOBAL}.sheetValues(${JSON.stringify(name)})`)) as unknown[][];
}

/** The charts of a sheet as a reader sees them (title, series and their values). */
async function chartsOf(page: Page, sheet: string): Promise<{ title: string; series: { name: string; values: unknown[] }[] }[]> {
  return (await page.evaluate(`window.${STANDIN_GLOBAL}.charts(${JSON.stringify(sheet)})`)) as { title: string; series: { name: string; values: unknown[] }[] }[];
}

interface Block {
  header: string[];
  rows: unknown[][];
}

/**
 * The body of the block whose header row starts with `headers`: its rows down to an empty row or
 * the block's note (a row with only its first cell, a sentence longer than any name).
 */
function block(sheet: unknown[][], headers: string[]): Block {
  const at = sheet.findIndex((r) => headers.every((h, i) => r[i] === h));
  assert.ok(at >= 0, `no block headed ${headers.join(" | ")}`);
  const header = sheet[at].map(String);
  const isNote = (r: unknown[]) => String(r[0]).length > 100 && r.slice(1).every((c) => c === "" || c === null);
  const rows: unknown[][] = [];
  for (let i = at + 1; i < sheet.length && sheet[i][0] !== "" && sheet[i][0] !== null && !isNote(sheet[i]); i++) rows.push(sheet[i]);
  return { header, rows };
}

/** A column of a block as first cell → value. */
function columnByName(b: Block, header: string): Map<string, unknown> {
  const i = b.header.indexOf(header);
  assert.ok(i >= 0, `no column «${header}» in ${b.header.join(" | ")}`);
  return new Map(b.rows.map((r) => [String(r[0]), r[i] === "" ? null : r[i]]));
}

/**
 * «Файлы для школ» for `period`; the first three organisations fill theirs (on time, late, in
 * their own words) and she loads them in «Загрузить отчёты».
 */
async function schoolFilesBack(page: Page, period: string): Promise<void> {
  const files = section(page, "Файлы для школ");
  await files.getByRole("combobox").selectOption(period);
  const download = await downloadOf(page, files.getByRole("button", { name: "Сделать файлы" }));
  const zip = await JSZip.loadAsync(await downloadedBytes(download, join(outputDir, `sections-school-files-${period}.zip`)));
  const names = Object.keys(zip.files).filter((n) => n.endsWith(".xlsx"));
  const templates = await Promise.all(names.slice(0, 3).map(async (fileName) => ({ fileName, orgCode: "", bytes: await zip.files[fileName].async("uint8array") })));
  const returned = await simulateReturns(templates);
  assert.equal(returned.length, 3, "three schools send their files back");
  const ingest = section(page, "Загрузить отчёты");
  await ingest.getByTestId("report-files-input").setInputFiles(returned.map((f) => ({ name: f.name, mimeType: "application/octet-stream", buffer: Buffer.from(f.bytes) })));
  // This batch's cards, not the last one's: each names its file.
  for (const f of returned) await expectOutcome(page, ingest.getByTestId("ingest-file").filter({ hasText: f.name }));
}

const percent = (v: unknown) => (typeof v === "number" ? Math.round(v * 100) : null);

describe("task pane in headless Chromium: letters, the collegium's decisions and the year's dynamics after the check", function () {
  this.timeout(120_000);
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const requests: string[] = [];
  const noEmail = SAMPLE_ORGANISATIONS.find((o) => o.code === NO_EMAIL_CODE)!;

  /** Nothing went wrong on the page and nothing left 127.0.0.1 (office.js is the stand-in, served by the route). */
  function assertQuietPage(): void {
    assert.deepEqual(errors, [], "uncaught errors on the page");
    const outside = requests.filter((u) => !u.startsWith(server.url) && !u.startsWith(OFFICE_JS) && !/^(data|blob):/.test(u));
    assert.deepEqual(outside, [], "requests leaving 127.0.0.1");
  }

  before(async () => {
    assert.ok(existsSync(join(dist, "taskpane.html")), "dist/taskpane.html is missing: run `npm run build` first (npm test does).");
    mkdirSync(outputDir, { recursive: true });
    const standIn = await standInBrowserScript();
    server = await serveDirectory(dist);
    browser = await launchChromium();
    page = await openPage(browser, `${server.url}taskpane.html`, standIn, errors, requests, "2024-12-27T10:00:00");

    // The свод, the district (one school's e-mail unknown), the sample resolution as Svodka maps it.
    await createSvod(page);
    await addOrganisations(page, SAMPLE_ORGANISATIONS.map((o) => (o.code === NO_EMAIL_CODE ? { ...o, email: "" } : o)));
    await importResolution(page, readFileSync(join(root, "samples", "resolution.txt"), "utf8"));

    // Three organisations send their files back for the third quarter (in October), then for the fourth.
    await schoolFilesBack(page, "2024-Q3");
    await schoolFilesBack(page, PERIOD);
    const reported = new Set((await tableRows(page, REPORTS)).map((r) => String(r.period)));
    assert.deepEqual([...reported].sort(), ["2024-Q3", PERIOD], "«Отчёты» holds both quarters");

    const check = section(page, "Проверить");
    assert.equal(await check.getByLabel("По состоянию на").inputValue(), TODAY);
    await check.getByRole("button", { name: "Проверить" }).click();
    await expectOutcome(page, check.getByText(/^Готово: отметки записаны/));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it("«Письма в организации»: the quarter's blanks as drafts with the blank attached, to each organisation with an address, and in one .docx", async () => {
    // Expected first, from «Поручения»: every organisation with a directive on control gets its blank.
    const addressed = new Set(
      (await tableRows(page, DIRECTIVES)).filter((r) => r.onControl !== "нет").flatMap((r) => String(r.addressees ?? "").split(/[;,\s]+/).filter(Boolean)),
    );
    const inRegister = SAMPLE_ORGANISATIONS.filter((o) => addressed.has(o.code));
    const withEmail = inRegister.filter((o) => o.code !== NO_EMAIL_CODE);
    assert.ok(inRegister.some((o) => o.code === NO_EMAIL_CODE) && withEmail.length >= 3, `addressed: ${[...addressed].join(", ")}`);

    const pane = section(page, "Письма в организации");
    assert.ok(await pane.getByRole("radio", { name: "Бланки отчётов за квартал" }).isChecked(), "the blanks are what the section starts on");
    const zipDownload = await downloadOf(page, pane.getByRole("button", { name: "Сделать письма" }));
    assert.equal(zipDownload.suggestedFilename(), `Письма_с_бланками_${PERIOD}.zip`);
    const done = pane.getByText(/^Готово: /);
    await expectOutcome(page, done);
    const said = /^Готово: (\d+) пис\S* с бланками; скачан архив «Письма_с_бланками_2024-Q4\.zip» — (\d+) черновик\S* \.eml\./.exec(await done.innerText());
    assert.ok(said, `the pane says: ${await done.innerText()}`);
    assert.deepEqual([Number(said[1]), Number(said[2])], [inRegister.length, withEmail.length]);
    assert.ok(await pane.getByText(`Нет адреса электронной почты в листе «Организации» — черновик не сделан, письмо есть в документе для печати: ${noEmail.shortName}.`).isVisible());

    const zip = await JSZip.loadAsync(await downloadedBytes(zipDownload, join(outputDir, "sections-blanks.zip")));
    const emls = Object.keys(zip.files).filter((n) => n.endsWith(".eml"));
    const to: string[] = [];
    for (const name of emls) {
      const raw = await zip.files[name].async("string");
      assert.match(raw, /^X-Unsent: 1\r?$/m, `${name} is not a draft`);
      const mail = await PostalMime.parse(raw);
      const org = withEmail.find((o) => o.email === mail.to?.[0]?.address);
      assert.ok(org, `${name} goes to «${mail.to?.[0]?.address}», no organisation's address`);
      to.push(org.email);
      assert.match(mail.subject ?? "", new RegExp(`^О предоставлении информации об исполнении .+ за ${QUARTER}, срок — до 05\\.01\\.2025$`));
      const blank = `Отчёт_${org.code}_${PERIOD}.xlsx`;
      assert.deepEqual(mail.attachments.map((a) => a.filename), [blank]);
      const bytes = new Uint8Array(mail.attachments[0].content as ArrayBuffer);
      assert.ok(await JSZip.loadAsync(bytes).then((x) => !!x.file("xl/workbook.xml")), `${name}: the attachment is no .xlsx`);
      assert.match(mail.text ?? "", /в срок до 05\.01\.2025\./);
    }
    assert.deepEqual(to.sort(), withEmail.map((o) => o.email).sort(), "one draft to each address");

    const docx = await downloadOf(page, pane.getByRole("button", { name: "Для печати (.docx)" }));
    assert.equal(docx.suggestedFilename(), `Письма_с_бланками_${PERIOD}.docx`);
    const xml = await (await JSZip.loadAsync(await downloadedBytes(docx, join(outputDir, "sections-blanks.docx")))).file("word/document.xml")!.async("string");
    assert.deepEqual(
      readBack(xml).paragraphs.filter((p) => p.startsWith("Руководителю ")),
      inRegister.map((o) => `Руководителю ${o.shortName}`),
    );
    assertQuietPage();
  });

  it("«Письма в организации»: reminders as drafts (.eml in a .zip) to each organisation with an address, all of them in one .docx, the one without an address named", async () => {
    // Expected first, from «Контроль»: who is late, silent or close to a deadline, about which directives.
    const expected = expectedReminders(await tableRows(page, CONTROL));
    const inRegister = SAMPLE_ORGANISATIONS.filter((o) => expected.has(o.code));
    const withEmail = inRegister.filter((o) => o.code !== NO_EMAIL_CODE);
    assert.ok(expected.has(NO_EMAIL_CODE), `${NO_EMAIL_CODE} has nothing to be reminded of: the test needs it to`);
    assert.ok(withEmail.length >= 3, `only ${withEmail.length} organisations with an e-mail get a reminder`);
    assert.ok([...expected.values()].some((m) => m["Просрочено"]?.length), "no overdue directive to remind of");

    const pane = section(page, "Письма в организации");
    await pane.getByRole("radio", { name: "Напоминания после проверки" }).check();
    assert.equal(await pane.getByRole("combobox").inputValue(), PERIOD);
    const zipDownload = await downloadOf(page, pane.getByRole("button", { name: "Сделать письма" }));
    assert.equal(zipDownload.suggestedFilename(), `Напоминания_${PERIOD}.zip`);
    const done = pane.getByText(/^Готово: \d+ напоминани/);
    await expectOutcome(page, done);
    const said = /^Готово: (\d+) напоминани\S*; скачан архив «Напоминания_2024-Q4\.zip» — (\d+) черновик\S* \.eml\./.exec(await done.innerText());
    assert.ok(said, `the pane says: ${await done.innerText()}`);
    assert.deepEqual([Number(said[1]), Number(said[2])], [inRegister.length, withEmail.length]);

    // The school without an address is named (and only it), in plain words.
    const warning = pane.getByText(/^Нет адреса электронной почты в листе «Организации»/);
    assert.equal(await warning.innerText(), `Нет адреса электронной почты в листе «Организации» — черновик не сделан, письмо есть в документе для печати: ${noEmail.shortName}.`);
    await assertNoSideScroll(page);
    await pane.screenshot({ path: join(outputDir, "sections-letters.png") });

    // The archive: one draft per organisation with an address, each opened by a mail program as a draft.
    const zip = await JSZip.loadAsync(await downloadedBytes(zipDownload, join(outputDir, "sections-reminders.zip")));
    const emls = Object.keys(zip.files).filter((n) => n.endsWith(".eml"));
    assert.equal(emls.length, withEmail.length, `drafts: ${emls.join(", ")}`);
    const to: string[] = [];
    for (const name of emls) {
      const raw = await zip.files[name].async("string");
      assert.match(raw, /^X-Unsent: 1\r?$/m, `${name} is not a draft`);
      const mail = await PostalMime.parse(raw);
      const address = mail.to?.[0]?.address ?? "";
      to.push(address);
      const org = withEmail.find((o) => o.email === address);
      assert.ok(org, `${name} goes to «${address}», no organisation's address`);
      assert.equal(mail.subject, `О сроках исполнения поручений (по состоянию на ${TODAY})`);
      const body = (mail.text ?? "").replace(/\r\n/g, "\n");
      assert.doesNotMatch(body, /\d{4}-\d{2}-\d{2}/, `${name}: a date not as ДД.ММ.ГГГГ`);
      assert.deepEqual(listedByMark(body.split(/\n+/)), expected.get(org.code), `${name}: the directives it names`);
      // The school's report blank goes with the reminder, named as the text names it.
      const blank = `Отчёт_${org.code}_${PERIOD}.xlsx`;
      assert.deepEqual(mail.attachments.map((a) => a.filename), [blank]);
      assert.ok(body.includes(`Приложение: ${blank}.`), `${name} does not name its attachment`);
    }
    assert.deepEqual(to.sort(), withEmail.map((o) => o.email).sort(), "one draft to each address");
    const listed = await zip.file("Без адреса электронной почты.txt")?.async("string");
    assert.ok(listed?.includes(`${NO_EMAIL_CODE}\t${noEmail.shortName}`), `the archive's list of organisations without an address: ${listed}`);

    // The .docx: one letter a page for every organisation, the one without an address included.
    const docxDownload = await downloadOf(page, pane.getByRole("button", { name: "Для печати (.docx)" }));
    assert.equal(docxDownload.suggestedFilename(), `Напоминания_${PERIOD}.docx`);
    const xml = await (await JSZip.loadAsync(await downloadedBytes(docxDownload, join(outputDir, "sections-reminders.docx")))).file("word/document.xml")!.async("string");
    const { paragraphs } = readBack(xml);
    const starts = paragraphs.flatMap((p, i) => (p.startsWith("Руководителю ") ? [i] : []));
    assert.deepEqual(starts.map((i) => paragraphs[i]), inRegister.map((o) => `Руководителю ${o.shortName}`));
    assert.equal((xml.match(/<w:sectPr[\s>]/g) ?? []).length, inRegister.length, "one section (page) per letter");
    for (const [k, o] of inRegister.entries()) {
      const letter = paragraphs.slice(starts[k], starts[k + 1] ?? paragraphs.length);
      assert.deepEqual(listedByMark(letter), expected.get(o.code), `the printed letter to ${o.code}`);
    }
    assertQuietPage();
  });

  it("«Решения коллегии»: one directive off control, one extended, seen before applied, one «Журнал» line; applied again, nothing changes", async () => {
    const before = await tableRows(page, DIRECTIVES);
    const onControl = before.filter((r) => r.onControl !== "нет");
    assert.ok(onControl.some((r) => r.n === REMOVE_N) && onControl.some((r) => r.n === EXTEND_N), "both directives are on control before the collegium");
    const reason = `решение коллегии от ${COLLEGIUM}`;
    const expectedPreview = [
      `п. ${REMOVE_N} — снять с контроля: «На контроле»: нет; «Примечание методиста»: Снято с контроля: ${reason}`,
      `п. ${EXTEND_N} — продлить срок до ${EXTEND_TO}: «Срок продлён до»: ${EXTEND_TO}; «Основание продления»: ${reason}`,
    ];

    const pane = section(page, "Решения коллегии");
    await pane.getByRole("button", { name: "Показать поручения на контроле" }).click();
    const rows = pane.getByTestId("decision-row");
    await expectOutcome(page, rows.first());
    assert.equal(await rows.count(), onControl.length, "every directive on control is listed");
    // Only two were discussed: the rest «не рассматривалось», whatever Svodka proposed.
    for (const select of await pane.getByRole("combobox", { name: /^Решение по п\. / }).all()) await select.selectOption("");
    await pane.getByRole("combobox", { name: `Решение по п. ${REMOVE_N}` }).selectOption({ label: "снять с контроля" });
    await pane.getByRole("combobox", { name: `Решение по п. ${EXTEND_N}` }).selectOption({ label: "продлить срок до…" });
    await pane.getByLabel("Дата коллегии").fill(COLLEGIUM);
    const apply = pane.getByRole("button", { name: "Применить" });
    assert.ok(await apply.isDisabled(), "«Применить» waits until she has seen the changes");

    // She asks for the changes before typing the new date: the pane says which directive lacks it.
    await pane.getByRole("button", { name: "Показать изменения" }).click();
    const alert = pane.getByRole("alert");
    await alert.waitFor({ timeout: 30_000 });
    assert.equal(await alert.innerText(), "Не у всех решений указана дата продления — см. ниже.");
    assert.ok(await pane.getByText(`П. ${EXTEND_N}: укажите, до какой даты продлён срок (ДД.ММ.ГГГГ).`, { exact: true }).isVisible(), "the directive without a date is named");
    assert.ok(await apply.isDisabled());
    assert.deepEqual(await tableRows(page, DIRECTIVES), before, "nothing is written");

    await pane.getByRole("textbox", { name: `Новый срок п. ${EXTEND_N}` }).fill(EXTEND_TO);
    await pane.getByRole("button", { name: "Показать изменения" }).click();
    const preview = pane.getByTestId("decisions-preview");
    await expectOutcome(page, preview);
    assert.deepEqual(await preview.locator("> *").allInnerTexts(), expectedPreview);
    assert.deepEqual(await tableRows(page, DIRECTIVES), before, "the preview writes nothing");
    await assertNoSideScroll(page);
    await pane.screenshot({ path: join(outputDir, "sections-decisions.png") });
    await preview.screenshot({ path: join(outputDir, "sections-decisions-preview.png") });

    await apply.click();
    await expectOutcome(page, pane.getByText(/^Готово: изменено поручений — 2, запись в «Журнале»\. Следующая проверка учтёт решения\./));
    const after = await tableRows(page, DIRECTIVES);
    const removed = after.find((r) => r.n === REMOVE_N)!;
    const extended = after.find((r) => r.n === EXTEND_N)!;
    assert.equal(removed.onControl, "нет");
    assert.equal(removed.note, `Снято с контроля: ${reason}`);
    assert.equal(ruDate(extended.extendedTo), EXTEND_TO);
    assert.equal(extended.extensionReason, reason);
    assert.notEqual(extended.onControl, "нет");
    assert.deepEqual(
      after.filter((r) => r.n !== REMOVE_N && r.n !== EXTEND_N),
      before.filter((r) => r.n !== REMOVE_N && r.n !== EXTEND_N),
      "no other directive changes",
    );
    const decisionLines = () => tableRows(page, JOURNAL).then((j) => j.filter((r) => r.action === "Решения коллегии"));
    const lines = await decisionLines();
    assert.equal(lines.length, 1, "one «Журнал» line");
    assert.deepEqual([lines[0].source, lines[0].updated, lines[0].details], [`коллегия от ${COLLEGIUM}`, 2, `п. ${REMOVE_N} — снять с контроля; п. ${EXTEND_N} — продлить срок до ${EXTEND_TO}`]);

    // The same decisions again: the pane says there is nothing to apply, and nothing is written.
    await pane.getByRole("button", { name: "Показать изменения" }).click();
    await expectOutcome(page, pane.getByText("В своде уже всё так, как решила коллегия: применять нечего."));
    assert.deepEqual(await preview.locator("> *").allInnerTexts(), [
      `п. ${REMOVE_N} — снять с контроля: в своде уже так`,
      `п. ${EXTEND_N} — продлить срок до ${EXTEND_TO}: в своде уже так`,
    ]);
    assert.ok(await apply.isDisabled(), "nothing to apply");
    assert.deepEqual(await tableRows(page, DIRECTIVES), after);
    assert.equal((await decisionLines()).length, 1, "still one «Журнал» line");
    await pane.screenshot({ path: join(outputDir, "sections-decisions-again.png") });

    // The next check takes the decisions: 1.1 is off control, 3.3 is due on the new date.
    const check = section(page, "Проверить");
    await check.getByRole("button", { name: "Проверить" }).click();
    await expectOutcome(page, check.getByText(/^Готово: отметки записаны/));
    const control = await tableRows(page, CONTROL);
    const of = (n: string) => control.filter((r) => r.n === n);
    assert.ok(of(REMOVE_N).length > 0 && of(EXTEND_N).length > 0, "both directives are still in «Контроль»");
    assert.deepEqual([...new Set(of(REMOVE_N).map((r) => r.mark))], ["Снято с контроля"]);
    assert.deepEqual([...new Set(of(EXTEND_N).map((r) => ruDate(r.controlDate)))], [EXTEND_TO]);
    assert.ok(of(EXTEND_N).every((r) => r.mark !== "Просрочено"), "an extended directive is not overdue");
    // Listed again: 1.1 is gone, 3.3 shows its new date beside the old one.
    await pane.getByRole("button", { name: "Показать поручения на контроле" }).click();
    await rows.nth(onControl.length - 1).waitFor({ state: "detached" }); // the list is replaced by a shorter one
    assert.equal(await rows.count(), onControl.length - 1);
    assert.equal(await rows.filter({ hasText: `п. ${REMOVE_N}. ` }).count(), 0, `п. ${REMOVE_N} is still listed as on control`);
    assert.match(await rows.filter({ hasText: `п. ${EXTEND_N}. ` }).innerText(), new RegExp(`Срок: продлён до ${EXTEND_TO} \\(было: 01\\.11\\.2024\\)\\.`));
    assertQuietPage();
  });

  it("«Динамика за год»: the «Динамика» sheet has a row per quarter with reports, with the figures of «Сводка» for each", async () => {
    // Expected first: the quarters of «Отчёты», each seen as of the 5th of the month after it, the current one as of today.
    const quarters = [
      { period: "2024-Q3", title: "III квартал 2024 г.", head: "III кв. 2024", asOf: "05.10.2024" },
      { period: PERIOD, title: QUARTER, head: "IV кв. 2024", asOf: TODAY },
    ];
    assert.deepEqual([...new Set((await tableRows(page, REPORTS)).map((r) => String(r.period)))].sort(), quarters.map((q) => q.period));

    // «Сводка» for each quarter as of that date (the fourth last: it leaves the check as it was).
    const summaryPane = section(page, "Сводка за квартал");
    const summaries: { numbers: number[]; share: string; discipline: Block; targets: Map<string, unknown> }[] = [];
    for (const q of quarters) {
      await summaryPane.getByRole("combobox").selectOption(q.period);
      await summaryPane.getByLabel("По состоянию на").fill(q.asOf);
      await summaryPane.getByRole("button", { name: "Сделать сводку" }).click();
      await expectOutcome(page, summaryPane.getByText(`Готово: создан лист «Сводка ${q.period}».`, { exact: false }));
      const sheet = await sheetValues(page, `Сводка ${q.period}`);
      const subtitle = sheet.flat().map(String).find((c) => c.startsWith("По состоянию на "));
      const totals =
        /^По состоянию на (\S+)\. Поручений на контроле: (\d+); выполнено в срок — (\d+), с нарушением срока — (\d+), выполняется — (\d+), просрочено — (\d+); % исполнения в срок — (\d+ %|—)/.exec(
          subtitle ?? "",
        );
      assert.ok(totals, `the totals line of «Сводка ${q.period}»: ${subtitle}`);
      assert.equal(totals[1], q.asOf);
      assert.ok(Number(totals[2]) > 0, `nothing on control in «Сводка ${q.period}»`);
      const discipline = block(sheet, ["Организация", "Всего на контроле"]);
      const targets = columnByName(block(sheet, ["Показатель", "Целевое значение", "Значение по району"]), "Значение по району");
      assert.ok(discipline.rows.length > 0 && targets.size > 0, `«Сводка ${q.period}» lists no organisation or no target`);
      summaries.push({ numbers: totals.slice(2, 7).map(Number), share: totals[7], discipline, targets });
    }
    assert.ok(
      summaries.some((a, i) => summaries.some((b, j) => i !== j && JSON.stringify(a.numbers) !== JSON.stringify(b.numbers))),
      "the two quarters have the same figures: the comparison would not tell them apart",
    );

    const pane = section(page, "Динамика за год");
    await pane.getByRole("button", { name: "Показать динамику" }).click();
    await expectOutcome(page, pane.getByText(/^Готово: лист «Динамика», кварталов: 2\./));
    for (const [i, q] of quarters.entries()) {
      const [total, onTime, late, , overdue] = summaries[i].numbers;
      // The quarter by its name, and «80 %» held together by a no-break space.
      const line = `${q.title} (на ${q.asOf}): на контроле ${total}, в срок ${onTime}, с нарушением ${late}, просрочено ${overdue}; % исполнения в срок — ${summaries[i].share.replace(" %", "\u00a0%")}`;
      assert.ok(await pane.getByText(line).isVisible(), `the pane has no line «${line}»: ${await pane.innerText()}`);
    }
    await assertNoSideScroll(page);
    await pane.screenshot({ path: join(outputDir, "sections-dynamics.png") });

    const dynamics = await sheetValues(page, "Динамика");
    const byQuarter = block(dynamics, ["Квартал", "По состоянию на"]);
    assert.equal(byQuarter.rows.length, quarters.length, "a row per quarter with reports");
    const shares = block(dynamics, ["Организация", quarters[0].head]);
    const counts = block(dynamics, ["Организация", `${quarters[0].head}: нет отчёта`]);
    const targets = block(dynamics, ["Показатель", "Целевое значение", "Ед. изм."]);
    for (const [i, q] of quarters.entries()) {
      const s = summaries[i];
      const [title, asOf, ...figures] = byQuarter.rows[i];
      assert.deepEqual([title, asOf, ...figures.slice(0, 5)], [q.title, q.asOf, ...s.numbers], `«Динамика», ${q.title}`);
      assert.equal(percent(figures[5]) === null ? "—" : `${percent(figures[5])} %`, s.share, `«Динамика», ${q.title}: % исполнения в срок`);
      // By organisation: the on-time share, «нет отчёта» and «просрочено» as «Сводка» has them.
      const asPercent = (m: Map<string, unknown>) => new Map([...m].map(([k, v]) => [k, percent(v)]));
      assert.deepEqual(asPercent(columnByName(shares, q.head)), asPercent(columnByName(s.discipline, "% исполнения в срок")), `${q.title}: % by organisation`);
      assert.deepEqual(columnByName(counts, `${q.head}: нет отчёта`), columnByName(s.discipline, "Нет отчёта"), `${q.title}: нет отчёта`);
      assert.deepEqual(columnByName(counts, `${q.head}: просрочено`), columnByName(s.discipline, "Просрочено"), `${q.title}: просрочено`);
      // The targets: the district's value as «Сводка» computes it.
      assert.deepEqual(columnByName(targets, q.head), s.targets, `${q.title}: targets`);
    }
    const charts = await chartsOf(page, "Динамика");
    assert.deepEqual(
      charts.map((c) => [c.title, c.series.length]),
      [
        ["% исполнения в срок по кварталам", 1],
        ["% исполнения в срок по организациям", quarters.length],
        ["Значение по району по кварталам", quarters.length],
      ],
    );
    assert.deepEqual(charts[0].series[0].values.map(percent), byQuarter.rows.map((r) => percent(r[7])), "the chart shows the quarters' % исполнения в срок");

    // Made again (say, after a late report): the sheet is made anew, not doubled.
    await pane.getByRole("button", { name: "Показать динамику" }).click();
    await expectOutcome(page, pane.getByText(/^Готово: лист «Динамика», кварталов: 2\./));
    assert.deepEqual(await sheetValues(page, "Динамика"), dynamics, "the same figures the second time");
    assert.equal((await chartsOf(page, "Динамика")).length, charts.length, "no chart twice");
    assertQuietPage();
  });

  it("the letters name the resolution with its date, as the import wrote «Дата принятия» (ДД.ММ.ГГГГ)", async () => {
    const pane = section(page, "Письма в организации");
    await pane.getByRole("radio", { name: "Бланки отчётов за квартал" }).check();
    const zip = await JSZip.loadAsync(await downloadedBytes(await downloadOf(page, pane.getByRole("button", { name: "Сделать письма" })), join(outputDir, "sections-blanks-again.zip")));
    const first = Object.keys(zip.files).find((n) => n.endsWith(".eml"))!;
    const mail = await PostalMime.parse(await zip.files[first].async("string"));
    assert.equal(mail.subject, `О предоставлении информации об исполнении резолюции конференции от 28.08.2024 за ${QUARTER}, срок — до 05.01.2025`);
  });

  it("the «Динамика» sheet's subtitle ends the list of quarters with one full stop", async () => {
    const subtitle = (await sheetValues(page, "Динамика")).flat().map(String).find((c) => c.startsWith("Кварталы, за которые есть отчёты: "));
    assert.ok(subtitle, "no subtitle on «Динамика»");
    assert.doesNotMatch(subtitle, /\.\./);
  });
});
