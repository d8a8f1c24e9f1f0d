// The pane's components rendered to HTML (no DOM needed): what the methodologist reads.
import assert from "node:assert/strict";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { ComingSoon, LATER_ACTIONS } from "../../src/taskpane/ComingSoon";
import { PreviewList } from "../../src/taskpane/PreviewList";
import { previewView } from "../../src/taskpane/preview-view";
import { TaskStatus } from "../../src/taskpane/TaskStatus";

const render = (el: ReactElement) => renderToString(<FluentProvider theme={webLightTheme}>{el}</FluentProvider>);
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/\s+/g, " ");

describe("taskpane components", () => {
  it("preview: one card per directive with №, text, executors, ДД.ММ.ГГГГ and a «проверить» badge with the warning", () => {
    const view = previewView({
      title: "Резолюция конференции",
      isUpdate: false,
      counts: { added: 2, changed: 0, unchanged: 0, removed: 0 },
      unresolved: [],
      newAddressees: [],
      items: [
        {
          key: "k/1.1", n: "1.1", text: "Обеспечить участие в мониторинге", executors: ["Руководителям ОО"],
          deadlineRaw: "до 15 ноября 2024 г.", controlDate: "2024-11-15", target: null, controlled: true,
          warnings: ["Год срока не указан, взят из учебного года."], change: "added", changedFields: [],
        },
        {
          key: "k/1.2", n: "1.2", text: "Принять к сведению", executors: [], deadlineRaw: null, controlDate: null,
          target: null, controlled: false, warnings: [], change: "added", changedFields: [],
        },
      ],
    });
    const html = render(<PreviewList view={view} />);
    assert.equal(html.match(/data-testid="preview-item"/g)?.length, 2);
    const t = text(html);
    for (const s of ["п. 1.1", "15.11.2024", "Обеспечить участие в мониторинге", "Руководителям ОО", "проверить", "Год срока не указан, взят из учебного года.", "п. 1.2", "срок не указан", "исполнитель не указан", "Найдено 2 поручения."])
      assert.ok(t.includes(s), `missing «${s}» in: ${t}`);
    assert.equal(t.match(/проверить/g)?.length, 2, "badge on the doubtful item only, plus the summary hint");
  });

  it("later actions are shown disabled with «скоро»", () => {
    const html = render(<ComingSoon />);
    for (const name of LATER_ACTIONS) assert.ok(text(html).includes(name), name);
    assert.equal(html.match(/<button[^>]*disabled/g)?.length, LATER_ACTIONS.length);
    assert.equal(text(html).match(/скоро/g)?.length, LATER_ACTIONS.length);
  });

  it("status: spinner label while busy, the Russian error in an alert", () => {
    assert.ok(text(render(<TaskStatus task={{ busy: "Разбираю документ…", error: null, done: null }} />)).includes("Разбираю документ…"));
    const html = render(<TaskStatus task={{ busy: null, error: "Вставьте текст резолюции или выберите файл.", done: null }} />);
    assert.match(html, /role="alert"/);
    assert.ok(text(html).includes("Вставьте текст резолюции или выберите файл."));
  });
});
