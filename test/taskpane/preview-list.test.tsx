// The import preview's cards rendered to HTML: what she can read and correct before adding.
import assert from "node:assert/strict";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import type { PreviewItem } from "../../src/core/import/plan";
import { PreviewList } from "../../src/taskpane/PreviewList";
import { previewView } from "../../src/taskpane/preview-view";
import { previewItem } from "../support/preview-items";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&quot;/g, '"').replace(/\s+/g, " ");

const item = (over: Partial<PreviewItem>): PreviewItem => previewItem({ executors: ["Руководителям ОО"], ...over });

describe("taskpane/PreviewList", () => {
  it("a card offers the full text, says «не на контроле», the target and the number of organisations, and a correction", () => {
    const items = [
      item({ n: "1", text: "Обеспечить охват обучающихся ".repeat(8), target: "до 80 %" }),
      item({ n: "2", text: "Принять к сведению", controlled: false }),
    ];
    const view = previewView({
      title: "Резолюция",
      isUpdate: false,
      items,
      counts: { added: 2, changed: 0, unchanged: 0, removed: 0 },
      unresolved: [],
      newAddressees: [],
      directiveRows: [{ key: items[0].key, addressees: "ОО-01, ОО-02" }],
    });
    const html = text(renderToString(<FluentProvider theme={webLightTheme}><PreviewList view={view} onCorrect={() => {}} /></FluentProvider>));
    for (const s of ["Показать текст полностью", "Целевое значение: до 80 %", "Руководителям ОО — 2 организации", "не на контроле", "Исправить срок или контроль", "Не на контроле: 1."])
      assert.ok(html.includes(s), `«${s}» missing in: ${html}`);
    assert.equal(html.split("Показать текст полностью").length - 1, 1, "only the cut text has the button");
  });
});
