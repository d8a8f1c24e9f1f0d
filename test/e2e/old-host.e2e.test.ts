// Office 2019 opens add-ins in Internet Explorer 11 or Edge Legacy, which cannot run the pane:
// taskpane.html (dist/) must show the Russian message of old-host-check.js there, under the
// page's Content-Security-Policy, and must not start the pane. Chromium with the webviews' user
// agents stands in for them (the check looks at the user agent; the real engines would also fail
// to parse the bundle, which is why the check is a separate ES5 file loaded first).
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium } from "./browser";
import { serveDirectory, type StaticServer } from "./static-server";

const dist = join(__dirname, "..", "..", "dist");
const AGENTS = {
  "Internet Explorer 11 (Trident)": "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko",
  "Edge Legacy (EdgeHTML 18)": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045",
};

describe("taskpane.html in the webviews of Office 2019 (spoofed user agents)", function () {
  this.timeout(60_000);
  let browser: Browser;
  let server: StaticServer;
  before(async () => {
    assert.ok(existsSync(join(dist, "taskpane.html")), "dist/ is missing: run `npm run build` first (npm test does).");
    browser = await launchChromium();
    server = await serveDirectory(dist);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [name, userAgent] of Object.entries(AGENTS)) {
    it(`${name}: says in Russian which Excel is needed and where the standalone page is, and does not start the pane`, async () => {
      const page = await browser.newPage({ userAgent, viewport: { width: 350, height: 900 } });
      const problems: string[] = [];
      // A blocked script would leave the page at «Загрузка…». (Office.js's telemetry frame, which the
      // policy blocks on purpose, is not a problem here.)
      page.on("console", (m) => {
        if (/Content Security Policy/i.test(m.text()) && /script/i.test(m.text())) problems.push(m.text());
      });
      page.on("pageerror", (e) => problems.push(e.message));
      await page.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
      await page.goto(`${server.url}taskpane.html`);
      const alert = page.getByRole("alert");
      await alert.waitFor({ timeout: 20_000 });
      const text = await alert.innerText();
      assert.match(text, /^Эта версия Excel не поддерживает надстройку «Сводка»: нужна Microsoft 365, Excel 2021 или Excel в браузере\./);
      assert.match(text, /отдельной странице «Сводки» в современном браузере/);
      assert.equal(await alert.getByRole("link").getAttribute("href"), `${server.url}standalone.html`);
      // The pane would have replaced the message by now if it had started.
      await page.waitForTimeout(1500);
      assert.equal(await page.getByRole("button", { name: "Открыть свод…" }).count(), 0);
      assert.match(await page.getByRole("alert").innerText(), /^Эта версия Excel/);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
});
