// The request context: proxies queue operations here; sync() sends them as one request.
// A request is measured as the UTF-8 size of its JSON (operations and their arguments);
// over the limit (5 MB, Excel on the web) it is refused whole. Otherwise operations run in
// order; the first failure stops the batch (earlier ones stay applied, as in Excel) and
// sync rejects with that error's code.
import { StandInError } from "./errors";
import type { WorkbookModel } from "./model";

export interface QueuedOp {
  /** What is sent over the wire (counted for the payload size). */
  wire: unknown;
  /** Applies the operation to the model; throws a StandInError to fail the batch. */
  run(): void;
}

export interface Engine {
  model: WorkbookModel;
  maxRequestBytes: number;
  syncPayloadBytes: number[];
  /** Syncs that actually carried a request (an empty sync makes no round trip, as in Office.js). */
  syncCount: number;
  supports(version: string): boolean;
  nextId(): number;
}

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export class StandInRequestContext {
  private queue: QueuedOp[] = [];
  /** Set by the workbook module to avoid a circular import. */
  workbook: unknown;
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };

  constructor(readonly engine: Engine) {}

  enqueue(op: QueuedOp): void {
    this.queue.push(op);
  }

  get pendingCount(): number {
    return this.queue.length;
  }

  async sync<T>(passThroughValue?: T): Promise<T | undefined> {
    const ops = this.queue;
    this.queue = [];
    // The round trip is asynchronous: nothing runs before the caller yields.
    await Promise.resolve();
    if (ops.length === 0) return passThroughValue;
    const bytes = utf8Length(JSON.stringify(ops.map((o) => o.wire)));
    this.engine.syncCount++;
    this.engine.syncPayloadBytes.push(bytes);
    if (bytes > this.engine.maxRequestBytes) {
      throw new StandInError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${bytes} bytes > ${this.engine.maxRequestBytes}).`,
      );
    }
    for (const op of ops) op.run();
    return passThroughValue;
  }
}
