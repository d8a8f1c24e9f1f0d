// The add-in manifest: valid against Microsoft's XSDs, and right where a schema cannot tell
// (resource ids, https URLs, locale, requirement set, icons, the production copy in dist/).
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { OfficeAddinManifest } from "office-addin-manifest";
import { validateXML } from "xmllint-wasm";

const root = join(__dirname, "..", "..");
const manifestPath = join(root, "manifest.xml");
const distManifestPath = join(root, "dist", "manifest.xml");
const schemaDir = join(root, "..", "shared", "office-schemas");
const MAIN_XSD = "OfficeAppManifestV1_1.xsd";

async function validateAgainstXsd(xml: string) {
  const xsds = readdirSync(schemaDir).filter((f) => f.endsWith(".xsd"));
  assert.ok(xsds.includes(MAIN_XSD), `no ${MAIN_XSD} in ${schemaDir}`);
  const file = (name: string) => ({ fileName: name, contents: readFileSync(join(schemaDir, name), "utf8") });
  return validateXML({
    xml: { fileName: "manifest.xml", contents: xml },
    schema: file(MAIN_XSD),
    preload: xsds.filter((f) => f !== MAIN_XSD).map(file),
  });
}

function elements(xml: string): Element[] {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  return Array.from(doc.getElementsByTagName("*"));
}

/** Every URL in the manifest: URL-looking attribute values and AppDomain texts. */
function urlsOf(xml: string): string[] {
  const urls: string[] = [];
  for (const el of elements(xml)) {
    for (const attr of Array.from(el.attributes)) if (/^[a-z]+:\/\//i.test(attr.value)) urls.push(attr.value);
    if (el.localName === "AppDomain" || el.localName === "SourceLocation") {
      const text = el.textContent?.trim();
      if (text) urls.push(text);
    }
  }
  return urls;
}

function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  assert.equal(bytes.subarray(1, 4).toString("latin1"), "PNG", `${path} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  const xml = readFileSync(manifestPath, "utf8");

  it("validates against the Office add-in manifest schemas", async () => {
    const result = await validateAgainstXsd(xml);
    assert.deepEqual(result.errors.map((e) => e.rawMessage), []);
    assert.equal(result.valid, true);
  });

  it("is a task pane add-in for Excel with a Russian default locale and an English override", async () => {
    const info = await OfficeAddinManifest.readManifestFile(manifestPath);
    assert.equal(info.officeAppType, "TaskPaneApp");
    assert.equal(info.defaultLocale, "ru-RU");
    assert.equal(info.displayName, "Сводка");
    assert.match(info.description ?? "", /поручений/);
    assert.deepEqual(info.hosts, ["Workbook"]);
    assert.match(info.defaultSettings?.sourceLocation ?? "", /\/taskpane\.html$/);
    const overrides = elements(xml).filter((e) => e.localName === "Override" && e.getAttribute("Locale") === "en-US");
    assert.ok(overrides.some((e) => e.getAttribute("Value") === "Svodka"), "no en-US display name");
  });

  it("requires ExcelApi 1.7", () => {
    const sets = elements(xml).filter((e) => e.localName === "Set");
    assert.deepEqual(
      sets.map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]),
      [["ExcelApi", "1.7"]],
    );
  });

  it("resolves every resid to a defined resource, and defines none that is unused", () => {
    const all = elements(xml);
    const defined = new Set(all.filter((e) => e.parentNode && /^(Images|Urls|ShortStrings|LongStrings)$/.test((e.parentNode as Element).localName ?? "")).map((e) => e.getAttribute("id")));
    const used = all.map((e) => e.getAttribute("resid")).filter((r): r is string => !!r);
    assert.ok(used.length >= 8, `only ${used.length} resid references`);
    for (const r of used) assert.ok(defined.has(r), `resid «${r}» is not defined in <Resources>`);
    for (const d of defined) assert.ok(used.includes(d!), `resource «${d}» is never used`);
  });

  it("has a Home-tab button that shows the task pane", () => {
    const all = elements(xml);
    const tab = all.find((e) => e.localName === "OfficeTab");
    assert.equal(tab?.getAttribute("id"), "TabHome");
    const action = all.find((e) => e.localName === "Action");
    assert.equal(action?.getAttribute("xsi:type"), "ShowTaskpane");
  });

  it("uses https for every URL", () => {
    const urls = urlsOf(xml).filter((u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"));
    assert.ok(urls.length >= 8, `only ${urls.length} URLs found`);
    for (const u of urls) assert.match(u, /^https:\/\//, `not https: ${u}`);
  });

  it("points at icons that exist in assets/ with the declared pixel sizes", () => {
    const images = elements(xml).filter((e) => e.localName === "Image" && e.getAttribute("id"));
    const icons = [
      ...images.map((e) => [e.getAttribute("DefaultValue")!, Number(/(\d+)x\1/.exec(e.getAttribute("id")!)![1])] as const),
      [elements(xml).find((e) => e.localName === "IconUrl")!.getAttribute("DefaultValue")!, 32] as const,
      [elements(xml).find((e) => e.localName === "HighResolutionIconUrl")!.getAttribute("DefaultValue")!, 64] as const,
    ];
    assert.equal(icons.length, 5);
    for (const [url, size] of icons) {
      const file = join(root, "assets", url.split("/assets/")[1]);
      assert.ok(existsSync(file), `missing icon ${file}`);
      assert.deepEqual(pngSize(file), { width: size, height: size }, url);
    }
  });

  describe("production copy (dist/manifest.xml)", () => {
    it("mentions no localhost, points at the production host and still validates", async function () {
      assert.ok(existsSync(distManifestPath), "dist/manifest.xml is missing: run `npm run build` first (npm test does).");
      const prod = readFileSync(distManifestPath, "utf8");
      assert.doesNotMatch(prod, /localhost/i, "dist/manifest.xml mentions localhost: dist/ is a development build, run `npm run build`");
      const urls = urlsOf(prod).filter((u) => u.startsWith("https://svodka."));
      assert.equal(urls.length, urlsOf(xml).filter((u) => u.includes("localhost")).length);
      assert.equal((await validateAgainstXsd(prod)).valid, true);
    });
  });
});
