// The pane's components rendered to HTML (no DOM needed): what the methodologist reads.
import assert from "node:assert/strict";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { MARK } from "../../src/core/check/types";
import { ExcelPane } from "../../src/taskpane/App";
import { checkView } from "../../src/taskpane/check-view";
import { IngestResults } from "../../src/taskpane/IngestResults";
import { ingestView } from "../../src/taskpane/ingest-view";
import { MarkCounts } from "../../src/taskpane/MarkCounts";
import { NewAddressees } from "../../src/taskpane/NewAddressees";
import { OrganisationPreview } from "../../src/taskpane/OrganisationPreview";
import { organisationListView } from "../../src/taskpane/organisation-view";
import { PreviewList } from "../../src/taskpane/PreviewList";
import { previewView } from "../../src/taskpane/preview-view";
import { TaskStatus } from "../../src/taskpane/TaskStatus";
import { MemoryPort } from "../support/memory-port";

const render = (el: ReactElement) => renderToString(<FluentProvider theme={webLightTheme}>{el}</FluentProvider>);
const text = (html: string) =>
  html.replace(/<[^>]+>/g, " ").replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&").replace(/\s+/g, " ");

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

  it("new executors: each phrase with its suggestion in words in its list, «не определено» with the warning", () => {
    const choices = {
      organisations: [
        { code: "ОО-01", name: "МБОУ «СОШ № 1»" },
        { code: "ДОО-01", name: "МБДОУ «Детский сад № 1»" },
      ],
      groups: [
        { name: "все общеобразовательные организации", codes: ["ОО-01"] },
        { name: "все дошкольные образовательные организации", codes: [] },
      ],
    };
    const suggestions = [
      { phrase: "Руководителям общеобразовательных организаций", codes: [], group: "все общеобразовательные организации", confirmed: false },
      { phrase: "Руководителям дошкольных образовательных организаций", codes: [], group: "все дошкольные образовательные организации", confirmed: false },
      { phrase: "Отделу опеки и попечительства администрации района", codes: [], group: "", confirmed: false },
    ];
    // She has already narrowed the second phrase to one kindergarten.
    const mappings = [suggestions[0], { ...suggestions[1], group: "", codes: ["ДОО-01"] }, suggestions[2]];
    const html = render(<NewAddressees mappings={mappings} choices={choices} onChange={() => {}} />);
    assert.equal(html.match(/data-testid="new-addressee"/g)?.length, 3);
    const cards = html.split('data-testid="new-addressee"').slice(1);
    const items = cards.map(text);
    assert.ok(items[0].includes("Руководителям общеобразовательных организаций"), items[0]);
    assert.match(cards[0], /role="combobox"[^>]*aria-label="Организации для «Руководителям общеобразовательных организаций»"[^>]*>все общеобразовательные организации</);
    assert.ok(items[1].includes("МБДОУ «Детский сад № 1»"), items[1]);
    assert.ok(!items[1].includes("все дошкольные"), "the changed choice replaces the suggestion");
    assert.ok(items[2].includes("не определено"), items[2]);
    assert.ok(items[2].includes("Организации не определены — отчётов по этим поручениям не будет, пока вы не укажете их в листе «Адресаты»."), items[2]);
    assert.equal(html.match(/data-testid="new-addressee-warning"/g)?.length, 1, "only the phrase that maps to nothing is warned about");
    assert.ok(text(html).includes("Новые исполнители"));
  });

  it("the pane in Excel shows every action of the quarter, none of them «скоро»", () => {
    const t = text(render(<ExcelPane port={new MemoryPort()} />));
    for (const title of ["Свод", "Организации", "Импорт резолюции", "Файлы для школ", "Загрузить отчёты", "Проверить", "Сводка за квартал"])
      assert.ok(t.includes(title), title);
    for (const button of ["Создать свод", "Сделать файлы", "Выбрать файлы…", "Сделать сводку", "Перетащите сюда файлы отчётов"]) assert.ok(t.includes(button), button);
    assert.ok(!t.includes("скоро"));
    assert.match(t, /[IV]+ квартал \d{4} г\./, "a period list shows quarters in Russian");
  });

  it("ingestion result: counts on top, a badge per file, each refused row with its cell", () => {
    const view = ingestView({
      files: [
        { file: "Отчёт_ОО-01_2024-Q4.xlsx", outcome: "accepted", rowsAccepted: 12, rowsRefused: 0, reasons: [] },
        { file: "Отчёт_ОО-02_2024-Q4.xlsx", outcome: "partial", rowsAccepted: 11, rowsRefused: 1, reasons: ["лист «Отчёт», ячейка H12: дата «вчера» не распознана"] },
        { file: "письмо.pdf", outcome: "refused", rowsAccepted: 0, rowsRefused: 0, reasons: ["это не таблица Excel"] },
      ],
      added: 23,
      updated: 0,
    });
    const html = render(<IngestResults view={view} />);
    assert.equal(html.match(/data-testid="ingest-file"/g)?.length, 3);
    const t = text(html);
    for (const s of ["3 файла: принято 1, частично 1, не принято 1.", "В таблице «Отчёты» добавлено 23 строки.", "принят", "частично", "не принят", "строк принято: 11, отклонено: 1", "Лист «Отчёт», ячейка H12: дата «вчера» не распознана.", "Это не таблица Excel."])
      assert.ok(t.includes(s), `missing «${s}» in: ${t}`);
  });

  it("check result: each mark with its count in the sheet's colours", () => {
    const view = checkView({
      asOf: "2024-12-05", period: "2024-Q4", counts: { [MARK.overdue]: 2, [MARK.noReport]: 5 },
      controlAdded: 7, controlUpdated: 0, controlObsolete: 0, withoutAddressees: 0, addresseesRefreshed: 0, settingsProblems: [],
    });
    const html = render(<MarkCounts marks={view.marks} />);
    assert.equal(html.match(/data-testid="mark-count"/g)?.length, 2);
    assert.ok(/background-color:#F8CBAD;color:#9C0006/.test(html), html);
    assert.ok(/background-color:#D9D9D9/.test(html));
    assert.ok(text(html).includes("Нет отчёта 5"));
  });

  it("organisation list preview: counts, repeats as warnings, rows not taken", () => {
    const view = organisationListView({
      organisations: [{ code: "ОО-01", shortName: "", fullName: "", type: "", groups: [], aliases: [], email: "", head: "" }],
      added: ["ОО-01"],
      updated: [],
      problems: [{ line: 3, message: "Строка 3: не указан код — строка не взята." }],
      duplicates: [],
      nearDuplicates: [{ message: "МБОУ «СОШ № 1» (ОО-01) и МБОУ «СОШ №1» (ОО-04) — похоже, одна и та же организация.", codes: ["ОО-01", "ОО-04"] }],
    });
    const html = render(<OrganisationPreview view={view} />);
    const t = text(html);
    for (const s of ["Будет добавлено 1 организация.", "Новые: ОО-01.", "похожи", "похоже, одна и та же организация", "Строка 3: не указан код"]) assert.ok(t.includes(s), `missing «${s}» in: ${t}`);
    assert.equal(html.match(/data-testid="organisation-duplicate"/g)?.length, 1);
  });

  it("status: spinner label while busy, the Russian error in an alert", () => {
    assert.ok(text(render(<TaskStatus task={{ busy: "Разбираю документ…", error: null, done: null }} />)).includes("Разбираю документ…"));
    const html = render(<TaskStatus task={{ busy: null, error: "Вставьте текст резолюции или выберите файл.", done: null }} />);
    assert.match(html, /role="alert"/);
    assert.ok(text(html).includes("Вставьте текст резолюции или выберите файл."));
  });
});
