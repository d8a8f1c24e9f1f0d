// The pages' Content-Security-Policy (dist/): present before anything it must cover, strict
// about scripts (no wildcard, no eval, no inline script), and loose enough that the pages work —
// loaded in headless Chromium, they report no violation while the methodologist works.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./browser";
import { serveDirectory, type StaticServer } from "./static-server";

const dist = join(__dirname, "..", "..", "dist");
const OFFICE_CDN = "https://appsforoffice.microsoft.com";
const PAGES = { "taskpane.html": true, "standalone.html": false, "commands.html": true } as const;

function policyOf(html: string): Map<string, string[]> {
  const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]*)"/i.exec(html);
  assert.ok(meta, "no Content-Security-Policy <meta>");
  return new Map(meta[1].split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name, sources]));
}

describe("Content-Security-Policy of the pages (dist/)", function () {
  this.timeout(120_000);
  before(() => {
    assert.ok(existsSync(join(dist, "taskpane.html")), "dist/ is missing: run `npm run build` first (npm test does).");
  });

  for (const [page, officeJs] of Object.entries(PAGES)) {
    it(`${page}: the policy comes first, allows no wildcard, no eval and no inline script`, () => {
      const html = readFileSync(join(dist, page), "utf8");
      const policy = policyOf(html);
      const head = html.slice(html.indexOf("<head>"), html.indexOf("Content-Security-Policy"));
      assert.doesNotMatch(head, /<script|<style|<link/i, "something in <head> comes before the policy");
      for (const [name, sources] of policy) {
        assert.ok(!sources.some((s) => s.includes("*")), `${name} has a wildcard: ${sources.join(" ")}`);
        assert.ok(!sources.includes("'unsafe-eval'"), `${name} allows eval`);
      }
      assert.deepEqual(policy.get("script-src"), officeJs ? ["'self'", OFFICE_CDN] : ["'self'"]);
      assert.deepEqual(policy.get("default-src"), ["'self'"]);
      assert.deepEqual(policy.get("object-src"), ["'none'"]);
      assert.deepEqual(policy.get("connect-src"), ["'self'"]);
      const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);
      assert.ok(scripts.length > 0);
      for (const tag of scripts) assert.match(tag, /\ssrc=/, `an inline script the policy would block: ${tag}`);
      assert.doesNotMatch(html, /\son(load|error|click)=/i, "an inline event handler the policy would block");
    });
  }

  describe("in headless Chromium", () => {
    let browser: Browser;
    let server: StaticServer;
    before(async () => {
      browser = await launchChromium();
      server = await serveDirectory(dist);
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    /** Opens a page with the CDN unreachable; violations and page errors are collected. */
    async function open(path: string, violations: string[], errors: string[]): Promise<Page> {
      const page = await browser.newPage({ viewport: { width: 350, height: 900 }, acceptDownloads: true });
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`));
      });
      page.on("console", (m) => {
        if (/CSP violation|Content Security Policy/i.test(m.text())) violations.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(e.message));
      await page.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
      await page.goto(`${server.url}${path}`);
      return page;
    }

    it("the pane (office.js from the local copy) opens without a violation", async () => {
      const [violations, errors]: string[][] = [[], []];
      const page = await open("taskpane.html", violations, errors);
      await page.getByRole("button", { name: "Открыть свод…" }).waitFor({ timeout: 30_000 });
      assert.deepEqual(violations, []);
      assert.deepEqual(errors, []);
    });

    it("the standalone page creates a свод, imports a resolution and downloads it without a violation", async () => {
      const [violations, errors]: string[][] = [[], []];
      const page = await open("standalone.html", violations, errors);
      await page.getByRole("button", { name: "Создать свод" }).click();
      await page.getByText(/^Свод готов/).waitFor({ timeout: 30_000 });
      const pane = page.getByRole("region", { name: "Импорт резолюции", exact: true });
      await pane.getByLabel("Текст резолюции").fill("РЕШИЛ:\n1. Руководителям общеобразовательных организаций провести педагогические советы. Срок: до 01.10.2024.");
      await pane.getByRole("button", { name: "Показать" }).click();
      await pane.getByTestId("preview-item").first().waitFor({ timeout: 30_000 });
      await pane.getByRole("button", { name: "Добавить в свод" }).click();
      await pane.getByText(/^Готово: добавлено/).waitFor({ timeout: 30_000 });
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Скачать свод" }).click()]);
      assert.equal(download.suggestedFilename(), "Свод.xlsx");
      assert.deepEqual(violations, []);
      assert.deepEqual(errors, []);
    });
  });
});
