// The shared file-picking pieces: the hidden input behind «Выбрать файл…» and the
// «paste text or pick a file» form of «Импорт резолюции» and «Организации».
import assert from "node:assert/strict";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { FilePickButton, takePickedFiles } from "../../src/taskpane/FilePickButton";
import { PasteOrPickFile } from "../../src/taskpane/PasteOrPickFile";

const render = (el: ReactElement) => renderToString(<FluentProvider theme={webLightTheme}>{el}</FluentProvider>);
const nothing = () => undefined;
const tagWith = (html: string, attribute: string) => html.match(new RegExp(`<[a-z]+[^>]*${attribute}[^>]*>`))?.[0] ?? "";

const FILE = { label: "Файл резолюции (.txt или .docx)", testId: "resolution-file", accept: ".txt,.docx", formats: "Файлы .txt и .docx." };

describe("taskpane/file picking", () => {
  it("takes every picked file and empties the input, so picking the same file again counts", () => {
    const picked = [new File(["а"], "школа-1.xlsx"), new File(["б"], "школа-2.xlsx")];
    const input = { files: picked, value: "C:\\fakepath\\школа-1.xlsx" };
    assert.deepEqual(takePickedFiles(input).map((f) => f.name), ["школа-1.xlsx", "школа-2.xlsx"]);
    assert.equal(input.value, "");
  });

  it("a closed dialog gives no files", () => {
    assert.deepEqual(takePickedFiles({ files: null, value: "" }), []);
  });

  it("the button opens a hidden file input with the given name, filter and test id", () => {
    const html = render(
      <FilePickButton label="Файлы отчётов школ" testId="report-files-input" accept=".xlsx" multiple onFiles={nothing}>
        Выбрать файлы…
      </FilePickButton>,
    );
    const input = tagWith(html, 'type="file"');
    for (const s of ['aria-label="Файлы отчётов школ"', 'data-testid="report-files-input"', 'accept=".xlsx"', "multiple"])
      assert.ok(input.includes(s), `missing ${s} in ${input}`);
    assert.match(html, /<button[^>]*>Выбрать файлы…<\/button>/);
  });

  it("the paste-or-pick form: text box, «Выбрать файл…», «Показать» (off while the box is empty) and the formats", () => {
    const form = (text: string, busy = false) =>
      render(
        <PasteOrPickFile label="Текст резолюции" rows={6} placeholder="Вставьте сюда текст…" text={text} onTextChange={nothing} file={FILE} onFile={nothing} onShow={nothing} busy={busy} />,
      );
    const empty = form("");
    for (const s of ["Текст резолюции", "Вставьте сюда текст…", "Выбрать файл…", "Показать", "Файлы .txt и .docx.", 'data-testid="resolution-file"'])
      assert.ok(empty.includes(s), `missing ${s}`);
    const show = (html: string) => html.match(/<button[^>]*>Показать<\/button>/)?.[0] ?? "";
    assert.match(show(empty), /disabled/);
    assert.doesNotMatch(show(form("1. Обеспечить участие")), /disabled/);
    assert.match(show(form("1. Обеспечить участие", true)), /disabled/);
  });
});
