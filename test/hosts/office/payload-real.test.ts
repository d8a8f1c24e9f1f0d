// The request-size estimate against the request Microsoft's own Office.js runtime builds: the
// writer's plans are queued exactly as writeTables queues them (queueWrite) into the real runtime,
// and the JSON body of every sync is measured. Excel on the web refuses a request over 5 MB.
import assert from "node:assert/strict";
import type { Row } from "../../../src/core/workbook/port";
import { CONTROL, DIRECTIVES, type TableSchema } from "../../../src/core/workbook/schema";
import { packChunks, REQUEST_BASE_BYTES, SYNC_BUDGET_BYTES } from "../../../src/hosts/office/payload";
import { planTableWrite, type PlannedOp, type TableLayout } from "../../../src/hosts/office/table-writes";
import { queueWrite } from "../../../src/hosts/office/write-tables";
import { syntheticDirective } from "../../support/excel-standin";
import { officeRuntime } from "../../support/excel-standin/office-runtime";

function layoutFor(schema: TableSchema, existingRows: number): TableLayout {
  return {
    headerRow: 0,
    firstColumn: 0,
    width: schema.columns.length,
    existingRows,
    blankPlaceholder: existingRows === 0,
    positions: new Map(schema.columns.map((c, i) => [c.id, i])),
  };
}

/** Real request bytes of each sync, the chunks queued as the writer queues them. */
async function realBytes(schema: TableSchema, existing: number, chunks: PlannedOp[][]): Promise<number[]> {
  const runtime = officeRuntime();
  const out: number[] = [];
  let appendAt = 1 + Math.max(existing, 1);
  for (const chunk of chunks) {
    const context = runtime.context();
    const table = context.workbook.tables.getItem(schema.name);
    // A navigation property (an object path), not a value: nothing to load.
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
    const target = { table, sheet: table.worksheet };
    for (const op of chunk) {
      if (op.kind === "set") queueWrite(op, target, op.row, op.col);
      else {
        queueWrite(op, target, appendAt, 0);
        appendAt += op.values.length;
      }
    }
    const before = runtime.requests.length;
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one context and one sync per planned chunk
    await context.sync().catch(() => undefined); // the empty answer fails the loads; the request was measured
    assert.equal(runtime.requests.length, before + 1, "one request per sync");
    out.push(runtime.requests[before]);
  }
  return out;
}

function controlRow(i: number): Row {
  return {
    directiveKey: `РЕЗ-2024-08/${(i % 100) + 1}`,
    n: `${(i % 10) + 1}.${(i % 7) + 1}`,
    orgCode: `ОО-${String(i % 40).padStart(2, "0")}`,
    organisation: "МБОУ «Средняя общеобразовательная школа № 12»",
    controlDate: "2024-10-01",
    mark: i % 2 ? "Просрочено" : "Выполнено в срок",
    days: i % 2 ? 12 : 0,
    details: "Отчёт не получен",
    asOf: "2024-12-31",
  };
}

const scenarios = [
  {
    name: "status update of 20,000 directives, every other row, three one-cell columns (the audit's 5.25 MB request)",
    schema: DIRECTIVES,
    existing: 20_000,
    rows: Array.from({ length: 20_000 }, (_, i) => ({ ...syntheticDirective(i, 40), status: "Просрочено", imported: "a1b2c3" })),
    changed: Array.from({ length: 10_000 }, (_, k) => 2 * k),
    columns: ["status", "addressees", "imported"],
  },
  {
    name: "check of 8,000 «Контроль» rows, every other row changed",
    schema: CONTROL,
    existing: 8_000,
    rows: Array.from({ length: 8_000 }, (_, i) => controlRow(i)),
    changed: Array.from({ length: 4_000 }, (_, k) => 2 * k),
    columns: CONTROL.columns.map((c) => c.id),
  },
  {
    name: "import of 1,200 directives of 4,000 characters into an empty table",
    schema: DIRECTIVES,
    existing: 0,
    rows: Array.from({ length: 1_200 }, (_, i) => syntheticDirective(i, 4000)),
    changed: [],
    columns: DIRECTIVES.columns.map((c) => c.id),
  },
];

describe("Office host: request sizes measured with Microsoft's Office.js runtime", function () {
  this.timeout(60_000);
  for (const s of scenarios) {
    it(`never sends more than its estimate, nor over 5 MB: ${s.name}`, async () => {
      const ops = planTableWrite({ table: s.schema, rows: s.rows, columns: s.columns, changed: s.changed }, layoutFor(s.schema, s.existing));
      const chunks = packChunks(ops);
      const estimates = chunks.map((c) => c.reduce((sum, op) => sum + op.bytes, 0));
      const real = await realBytes(s.schema, s.existing, chunks);
      real.forEach((bytes, i) => {
        assert.ok(bytes <= estimates[i] + REQUEST_BASE_BYTES, `sync ${i + 1}: Office.js sends ${bytes} bytes, estimated ${estimates[i]} + ${REQUEST_BASE_BYTES}`);
        assert.ok(bytes <= SYNC_BUDGET_BYTES + REQUEST_BASE_BYTES, `sync ${i + 1}: ${bytes} bytes, over the budget`);
        assert.ok(bytes < 5_000_000, `sync ${i + 1}: ${bytes} bytes, Excel on the web would refuse it`);
      });
      // An upper bound, not a wild one (one-cell writes cost the most per byte of data).
      const worst = Math.max(...real.map((b, i) => estimates[i] / b));
      assert.ok(worst < 1.5, `estimate up to ${worst.toFixed(2)}× the real request`);
    });
  }
});
