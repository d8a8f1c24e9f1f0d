// The preview of a document whose id another document of the свод has: the clash and the two
// ways on are shown above the directives.
import assert from "node:assert/strict";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { PreviewList } from "../../src/taskpane/PreviewList";
import { previewView } from "../../src/taskpane/preview-view";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/\s+/g, " ");

describe("taskpane/PreviewList: a clash of document ids", () => {
  it("shows which document holds the id and both choices as buttons; an imported id once settled", () => {
    const base = {
      title: "Решение коллегии «О безопасности дорожного движения»",
      isUpdate: false,
      counts: { added: 1, changed: 0, unchanged: 0, removed: 0 },
      unresolved: [],
      newAddressees: [],
      items: [
        {
          key: "Колл-2024-08-28-2/1", n: "1", text: "Провести месячник безопасности", executors: ["Руководителям ОО"],
          deadlineRaw: "до 01.10.2024", controlDate: "2024-10-01", target: null, controlled: true, warnings: [], change: "added" as const, changedFields: [],
        },
      ],
      documentId: "Колл-2024-08-28-2",
      recognisedAs: null,
    };
    const clash = { id: "Колл-2024-08-28", existingTitle: "Решение коллегии «О питании обучающихся»", existingDate: "28.08.2024", existingDirectives: 1, distinctId: "Колл-2024-08-28-2" };
    const html = renderToString(
      <FluentProvider theme={webLightTheme}>
        <PreviewList view={previewView({ ...base, clash })} onChoose={() => undefined} />
      </FluentProvider>,
    );
    assert.match(html, /data-testid="document-clash"/);
    const t = text(html);
    for (const s of ["В своде уже есть другой документ с кодом Колл-2024-08-28", "Отдельным документом с кодом Колл-2024-08-28-2", "Новой редакцией документа Колл-2024-08-28", "п. 1"])
      assert.ok(t.includes(s), `missing «${s}» in: ${t}`);
    assert.ok(!t.includes("Код документа:"), "no id is promised before she chooses");

    const settled = text(renderToString(<FluentProvider theme={webLightTheme}><PreviewList view={previewView({ ...base, clash: null }, [], "new")} onChoose={() => undefined} /></FluentProvider>));
    assert.ok(settled.includes("Код документа: Колл-2024-08-28-2"));
    assert.ok(!settled.includes("Новой редакцией"));
  });
});
