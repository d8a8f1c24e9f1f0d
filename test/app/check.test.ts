import assert from "node:assert/strict";
import { runCheck } from "../../src/app/check";
import { CONTROL, DIRECTIVES, DOCUMENTS, JOURNAL, ORGANISATIONS, REPORTS, SETTINGS } from "../../src/core/workbook/schema";
import { MemoryPort } from "../support/memory-port";
import { AS_OF, DIRECTIVE_ROWS, DOCUMENT_ROWS, OLD_CONTROL_ROWS, ORGANISATION_ROWS, REPORT_ROWS } from "../core/summary/scenario";

const NOW = "2024-04-01T09:30:00.000Z";

function scenarioPort(withControl = true): MemoryPort {
  const port = new MemoryPort();
  port.tables.set(DOCUMENTS.name, DOCUMENT_ROWS.map((r) => ({ ...r })));
  port.tables.set(DIRECTIVES.name, DIRECTIVE_ROWS.map((r) => ({ ...r })));
  port.tables.set(ORGANISATIONS.name, ORGANISATION_ROWS.map((r) => ({ ...r })));
  port.tables.set(REPORTS.name, REPORT_ROWS.map((r) => ({ ...r })));
  port.tables.set(SETTINGS.name, [{ name: "Текущий период", value: "2024-Q1" }]);
  port.tables.set(JOURNAL.name, [{ at: "2024-03-01T10:00", action: "Импорт решения" }]);
  if (withControl) port.tables.set(CONTROL.name, OLD_CONTROL_ROWS.map((r) => ({ ...r })));
  return port;
}

const markOf = (port: MemoryPort, key: string, org: string) =>
  port.rows(CONTROL.name).find((r) => r.directiveKey === key && r.orgCode === org);

describe("runCheck: marks into «Контроль», statuses into «Поручения»", () => {
  it("marks every addressee of every directive as of the report date", async () => {
    const port = scenarioPort();
    const result = await runCheck(port, AS_OF, NOW);
    assert.equal(result.asOf, AS_OF);
    assert.equal(result.period, "2024-Q1");
    assert.equal(markOf(port, "К-2024-01/1", "ОО-01")?.mark, "Выполнено в срок");
    assert.equal(markOf(port, "К-2024-01/1", "ОО-02")?.mark, "Выполнено с нарушением срока");
    assert.equal(markOf(port, "К-2024-01/1", "ОО-02")?.days, 5);
    const overdue = markOf(port, "К-2024-01/1", "ОО-03");
    assert.equal(overdue?.mark, "Просрочено");
    assert.equal(overdue?.days, 16);
    assert.equal(overdue?.organisation, "МБОУ «СОШ № 3»");
    assert.equal(overdue?.controlDate, "2024-03-15");
    assert.equal(overdue?.asOf, AS_OF);
    // Done in time or not, the target is a separate column.
    assert.equal(markOf(port, "К-2024-01/2", "ОО-02")?.mark, "На контроле");
    assert.equal(markOf(port, "К-2024-01/2", "ОО-02")?.targetMark, "Ниже целевого значения");
    assert.equal(markOf(port, "К-2024-01/2", "ОО-02")?.actual, 70);
    assert.equal(markOf(port, "К-2024-01/2", "ОО-02")?.numerator, 35);
    assert.equal(markOf(port, "К-2024-01/2", "ОО-02")?.target, 75);
    assert.equal(markOf(port, "К-2024-01/2", "ОО-03")?.reported, "нет");
    assert.equal(markOf(port, "К-2024-01/1", "ОО-03")?.reported, "есть");
    // Sent on 03.04.2024, after the report date, saying done on 30.03.2024: it counts.
    assert.equal(markOf(port, "К-2024-01/3", "ДОО-01")?.mark, "Выполнено в срок");
    assert.equal(markOf(port, "К-2024-01/5", "ОО-01")?.mark, "Снято с контроля");
    assert.equal(markOf(port, "К-2024-01/6", "ОО-02")?.mark, "Срок истекает");
    assert.deepEqual(result.counts, {
      "Выполнено в срок": 4,
      "Выполнено с нарушением срока": 1,
      "На контроле": 3,
      "Срок истекает": 1,
      "Нет отчёта": 1,
      Просрочено: 1,
      "Снято с контроля": 1,
    });
  });

  it("marks a pair whose directive is gone as «Не актуально» instead of leaving its old mark", async () => {
    const port = scenarioPort();
    const result = await runCheck(port, AS_OF, NOW);
    const stale = markOf(port, "К-2024-01/9", "ОО-01");
    assert.equal(stale?.mark, "Не актуально");
    assert.equal(stale?.days, null);
    assert.equal(stale?.details, "Поручения нет в своде");
    assert.equal(result.controlObsolete, 1);
  });

  it("writes the directives' statuses with counts", async () => {
    const port = scenarioPort();
    await runCheck(port, AS_OF, NOW);
    const status = new Map(port.rows(DIRECTIVES.name).map((r) => [r.n, r.status]));
    assert.equal(status.get("1"), "просрочено (1 из 3)");
    assert.equal(status.get("4"), "выполнено в срок (2 из 2)");
    assert.equal(status.get("5"), "снято с контроля");
    assert.equal(status.get("2"), "выполняется (выполнено 0 из 3)");
  });

  it("adds one line to «Журнал» with the counts", async () => {
    const port = scenarioPort();
    await runCheck(port, AS_OF, NOW);
    const journal = port.rows(JOURNAL.name);
    assert.equal(journal.length, 2);
    assert.equal(journal[1].action, "Проверка сроков");
    assert.equal(journal[1].source, "по состоянию на 31.03.2024, период 2024-Q1");
    assert.match(String(journal[1].details), /Просрочено — 1/);
    assert.equal(journal[1].added, 12);
  });

  it("reads once and writes once, however many rows there are", async () => {
    const port = scenarioPort();
    const many = Array.from({ length: 400 }, (_, i) => ({ ...DIRECTIVE_ROWS[0], key: `Б/${i}`, n: String(i) }));
    port.tables.set(DIRECTIVES.name, [...DIRECTIVE_ROWS, ...many]);
    await runCheck(port, AS_OF, NOW);
    assert.deepEqual(port.calls, { ensure: 0, read: 1, write: 1, sheet: 0 });
    assert.equal(port.rows(CONTROL.name).length, 1 + 12 + 400 * 3);
  });

  it("creates «Контроль» in a fresh свод without reading twice", async () => {
    const port = scenarioPort(false);
    await runCheck(port, AS_OF, NOW);
    assert.deepEqual(port.calls, { ensure: 1, read: 1, write: 1, sheet: 0 });
    assert.equal(port.rows(CONTROL.name).length, 12);
  });

  it("updates rather than duplicates on a second run, and honours a methodologist's «нет»", async () => {
    const port = scenarioPort();
    await runCheck(port, AS_OF, NOW);
    const first = port.rows(CONTROL.name).length;
    port.rows(DIRECTIVES.name)[0].onControl = "нет";
    const again = await runCheck(port, "2024-04-05", NOW);
    assert.equal(port.rows(CONTROL.name).length, first);
    assert.equal(again.controlAdded, 0);
    assert.equal(markOf(port, "К-2024-01/1", "ОО-03")?.mark, "Снято с контроля");
    assert.equal(port.rows(DIRECTIVES.name)[0].status, "снято с контроля");
  });

  it("refuses a свод without «Поручения» in Russian", async () => {
    await assert.rejects(runCheck(new MemoryPort(), AS_OF, NOW), /нет таблицы «Поручения»/);
  });

  it("refuses a свод whose «Отчёты» was deleted, instead of marking every school «Нет отчёта»", async () => {
    const port = scenarioPort();
    port.tables.delete(REPORTS.name);
    const before = JSON.stringify([...port.tables]);
    await assert.rejects(runCheck(port, AS_OF, NOW), /нет таблицы «Отчёты»/);
    assert.equal(port.calls.write, 0);
    assert.equal(JSON.stringify([...port.tables]), before);
  });
});
