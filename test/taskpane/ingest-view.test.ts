import assert from "node:assert/strict";
import { ingestReports } from "../../src/app/ingest-reports";
import { ingestView } from "../../src/taskpane/ingest-view";
import { filledReport } from "../support/report-files/altered";
import { districtPort, NOW } from "../support/report-files/district";
import { TEST_ORGS } from "../support/orgs";

const done = (over: Record<string, unknown> = {}) => ({ status: "выполнено", actual: 80, doneDate: new Date(Date.UTC(2024, 1, 20)), whatDone: "Открыты 3 кружка", ...over });

describe("taskpane/ingest-view", () => {
  it("lists each file as taken, partly taken (every refused row with its cell) or refused, with counts on top", async () => {
    const port = districtPort();
    const files = [
      { name: "Отчёт_ОО-01.xlsx", bytes: await filledReport("ОО-01", [done(), { status: "как-нибудь" }, done()]) },
      { name: "Отчёт_ОО-02.xlsx", bytes: await filledReport("ОО-02", [done(), done()]) },
      { name: "фото.jpg", bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]) },
    ];
    const view = ingestView(await ingestReports(port, files, NOW));
    assert.equal(view.summary, "3 файла: принято 1, частично 1, не принято 1.");
    assert.equal(view.changes, "В таблице «Отчёты» добавлено 4 строки.");
    assert.equal(view.changed, true);
    const [partial, accepted, refused] = view.files;
    assert.deepEqual([partial.label, accepted.label, refused.label], ["частично", "принят", "не принят"]);
    assert.equal(accepted.rows, "строк принято: 2");
    assert.equal(partial.rows, "строк принято: 2, отклонено: 1");
    assert.equal(partial.reasons.length, 1);
    assert.match(partial.reasons[0], /^Лист «Отчёт», ячейка G10, колонка «Статус»: статус «как-нибудь» не распознан/);
    assert.equal(refused.rows, "");
    const named = (code: string) => `${TEST_ORGS.find((o) => o.code === code)!.shortName} (${code})`;
    assert.deepEqual([partial.school, accepted.school, refused.school], [named("ОО-01"), named("ОО-02"), ""], "each card names the school it was matched to");
    assert.equal(refused.reasons.length, 1);
    assert.match(refused.reasons[0], /^[А-ЯЁ].*\.$/, "the reason is a Russian sentence");
  });

  it("says that nothing changed when the same files are loaded again", async () => {
    const port = districtPort();
    const files = [{ name: "Отчёт_ОО-02.xlsx", bytes: await filledReport("ОО-02", [done(), done()]) }];
    await ingestReports(port, files, NOW);
    const again = ingestView(await ingestReports(port, files, NOW));
    assert.equal(again.changed, false);
    assert.equal(again.changes, "Эти отчёты уже были загружены: в своде ничего не изменилось.");
    assert.equal(again.files[0].label, "принят");
  });

  it("says that nothing changed when every file was refused", () => {
    const view = ingestView({ files: [{ file: "x.pdf", outcome: "refused", rowsAccepted: 0, rowsRefused: 0, reasons: ["это не таблица"] }], added: 0, updated: 0 });
    assert.equal(view.summary, "1 файл: принято 0, частично 0, не принято 1.");
    assert.match(view.changes, /Ни один файл не принят/);
    assert.deepEqual(view.files[0].reasons, ["Это не таблица."]);
  });
  it("counts blank form rows apart and lists what was taken with a remark apart from what was refused", async () => {
    const port = districtPort();
    const bytes = await filledReport("ОО-01", [done({ doneDate: "2 апр" }), {}, {}]);
    const view = ingestView(await ingestReports(port, [{ name: "Отчёт_ОО-01.xlsx", bytes }], NOW));
    const [file] = view.files;
    assert.equal(file.label, "принят");
    assert.equal(file.rows, "строк принято: 1; пустых строк: 2");
    assert.deepEqual(file.reasons, []);
    assert.deepEqual(file.notes, [
      "Лист «Отчёт», ячейка K9, колонка «Дата выполнения»: дата выполнения 02.04.2024 позже конца отчётного периода (31.03.2024) — принята, как указала школа.",
    ]);
  });
});
