// Reads the header and body values of several tables within the request and response limits.
// One sync learns every table's header, body row count and a first window of rows (for an
// ordinary свод, the whole body); the rest comes in row chunks of ~4 MB, as many per sync
// as fit. A sync Excel refuses as too large is retried smaller: a small probe window for the
// first read, halved chunks after that.
import { packChunks, jsonBytes } from "./payload";
import {
  firstWindowRows,
  isPayloadLimitError,
  planReadChunks,
  PROBE_ROWS,
  splitRefused,
  UNMEASURED_BYTES_PER_CELL,
  type ReadChunk,
} from "./read-plan";

export interface TableValues {
  headers: unknown[];
  /** Every body row, in sheet order (Excel's blank placeholder row included). */
  body: unknown[][];
}

interface FirstRead {
  header: Excel.Range;
  body: Excel.Range;
  window: Excel.Range | null;
}

/** `widths` are the expected column counts (the schemas'), for sizing the first window. */
export async function readTableValues(context: Excel.RequestContext, tables: Excel.Table[], widths: number[]): Promise<TableValues[]> {
  if (!tables.length) return [];
  const first = await readFirst(context, tables, widths);

  const parts = first.map((p) => [{ start: 0, values: p.window?.values ?? [] }]);
  const states = first.map((p, i) => {
    const head = parts[i][0].values;
    const width = p.header.values[0]?.length ?? widths[i];
    return {
      rows: p.body.rowCount,
      read: head.length,
      bytesPerRow: head.length ? jsonBytes(head) / head.length : width * UNMEASURED_BYTES_PER_CELL,
    };
  });

  let queue: ReadChunk[] = planReadChunks(states);
  while (queue.length) {
    const [batch] = packChunks(queue);
    const loads = batch.map((c) => first[c.table].body.getRow(c.start).getResizedRange(c.rows - 1, 0).load("values"));
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~4 MB of response, not per row
      await context.sync();
    } catch (e) {
      if (!isPayloadLimitError(e) || (batch.length === 1 && batch[0].rows === 1)) throw e;
      queue = [...splitRefused(batch), ...queue.slice(batch.length)];
      continue;
    }
    batch.forEach((c, k) => parts[c.table].push({ start: c.start, values: loads[k].values }));
    queue = queue.slice(batch.length);
  }

  return first.map((p, i) => ({
    headers: p.header.values[0] ?? [],
    body: parts[i].sort((a, b) => a.start - b.start).flatMap((part) => part.values),
  }));
}

/** Headers, row counts and a first window of rows, in one sync; smaller windows if refused. */
async function readFirst(context: Excel.RequestContext, tables: Excel.Table[], widths: number[]): Promise<FirstRead[]> {
  for (const window of [firstWindowRows(widths), PROBE_ROWS, 0]) {
    const probes = tables.map((table) => {
      const body = table.getDataBodyRange().load("rowCount");
      return {
        header: table.getHeaderRowRange().load("values"),
        body,
        // The first `window` rows, cut to the body when it is shorter. (A table whose body starts
        // fewer than `window` rows above the sheet's last row would make this range invalid;
        // the свод's tables start at row 1.)
        window: window > 0 ? body.getRow(0).getResizedRange(window - 1, 0).getIntersection(body).load("values") : null,
      };
    });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a retry with a smaller window, at most twice
      await context.sync();
      return probes;
    } catch (e) {
      if (!isPayloadLimitError(e) || window === 0) throw e;
    }
  }
  throw new Error("unreachable: the last attempt loads no values");
}
