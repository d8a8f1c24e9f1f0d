// The findings after «Проверить» and «Сводка», rendered to HTML: the names she reads.
import assert from "node:assert/strict";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { FindingGroup } from "../../src/taskpane/FindingGroup";
import { Findings } from "../../src/taskpane/Findings";
import { summaryView } from "../../src/taskpane/summary-view";
import { scenarioSummary } from "../core/summary/scenario";

const render = (el: ReactElement) => renderToString(<FluentProvider theme={webLightTheme}>{el}</FluentProvider>);
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/\s+/g, " ");

describe("taskpane findings", () => {
  const view = summaryView(scenarioSummary());

  it("lists by organisation at first: each school with its figures, opening onto directives and days", () => {
    const html = render(<Findings view={view} />);
    assert.deepEqual([...html.matchAll(/data-group="(\w+)"/g)].map((m) => m[1]), ["overdue", "silent", "targets"]);
    const groups = html.split('data-testid="finding-group"').slice(1).map(text);
    for (const [i, s] of [
      [0, "Просрочено: 1 поручение у 1 организации"],
      [0, "МБОУ «СОШ № 3» просрочено 1 поручение"],
      [0, "п. 1. Провести школьный этап олимпиады — срок 15.03.2024, просрочено на 16 дней"],
      [1, "Не представили отчёт: 1 организация"],
      [1, "МБОУ «СОШ № 3» нет отчёта по 1 из 2 поручений"],
      [2, "МБОУ «СОШ № 2» не достигнут по 1 поручению"],
    ] as const)
      assert.ok(groups[i].includes(s), `missing «${s}» in: ${groups[i]}`);
    assert.equal(html.match(/<details/g)?.length, 3, "one disclosure per school, closed");
    assert.match(html, /aria-pressed="true"[^>]*>По организациям</);
    assert.match(html, /aria-pressed="false"[^>]*>По поручениям</);
  });

  it("by directive: the directive with its deadline, the school with its days; a missed target with the district figure", () => {
    const overdue = text(render(<FindingGroup group={view.groups[0]} grouping="byDirective" />));
    assert.ok(overdue.includes("п. 1. Провести школьный этап олимпиады срок 15.03.2024; просрочено у 1 организации МБОУ «СОШ № 3» — 16 дней"), overdue);
    const targets = text(render(<FindingGroup group={view.groups[2]} grouping="byDirective" />));
    assert.ok(targets.includes("цель — не менее 75 %, по району — 76,67 %; не достигнут у 1 организации МБОУ «СОШ № 2» — 70 %"), targets);
  });

  it("says there is nobody rather than showing an empty heading", () => {
    const html = text(render(<FindingGroup group={{ ...view.groups[0], heading: "Просрочено", byOrganisation: [], byDirective: [] }} grouping="byOrganisation" />));
    assert.ok(html.includes("Просроченных поручений нет."), html);
  });
});
