// The buttons under a preview: «Добавить в свод» only when there is something to write and
// nothing is running; «Отмена» whenever nothing is running.
import assert from "node:assert/strict";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { AddOrCancel } from "../../src/taskpane/AddOrCancel";

const render = (el: ReactElement) => renderToString(<FluentProvider theme={webLightTheme}>{el}</FluentProvider>);
const nothing = () => undefined;
const button = (html: string, label: string) => html.match(new RegExp(`<button[^>]*>${label}</button>`))?.[0] ?? "";

describe("taskpane/AddOrCancel", () => {
  it("both buttons work while nothing runs", () => {
    const html = render(<AddOrCancel onAdd={nothing} onCancel={nothing} busy={false} />);
    assert.ok(button(html, "Добавить в свод"), "no «Добавить в свод»");
    assert.ok(button(html, "Отмена"), "no «Отмена»");
    assert.doesNotMatch(button(html, "Добавить в свод"), /disabled/);
    assert.doesNotMatch(button(html, "Отмена"), /disabled/);
  });

  it("a preview with nothing to write keeps «Добавить в свод» off, «Отмена» on", () => {
    const html = render(<AddOrCancel onAdd={nothing} onCancel={nothing} busy={false} canAdd={false} />);
    assert.match(button(html, "Добавить в свод"), /disabled/);
    assert.doesNotMatch(button(html, "Отмена"), /disabled/);
  });

  it("while a task runs both are off", () => {
    const html = render(<AddOrCancel onAdd={nothing} onCancel={nothing} busy />);
    assert.match(button(html, "Добавить в свод"), /disabled/);
    assert.match(button(html, "Отмена"), /disabled/);
  });
});
