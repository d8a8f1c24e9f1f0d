// The request context: proxies queue operations here; sync() sends them as one request.
// A request is measured as the UTF-8 size of its JSON (operations and their arguments);
// over the limit (5 MB, Excel on the web) it is refused whole. Otherwise operations run in
// order; the first failure stops the batch (earlier ones stay applied, as in Excel) and
// sync rejects with that error's code. The response (the JSON of everything the batch
// loaded) has its own limit (5 MB on the web): over it, the batch has run but sync rejects
// with ResponsePayloadSizeLimitExceeded. A rejected sync delivers no loaded value.
import { StandInError } from "./errors";
import type { WorkbookModel } from "./model";

export interface QueuedOp {
  /** What is sent over the wire (counted for the payload size). */
  wire: unknown;
  /** Applies the operation to the model; throws a StandInError to fail the batch. Returns what
   * the response carries back for it (a load's values), or undefined. */
  run(): unknown;
}

export interface Engine {
  model: WorkbookModel;
  maxRequestBytes: number;
  syncPayloadBytes: number[];
  maxResponseBytes: number;
  /** Response sizes of the syncs that delivered one (refused responses are not delivered). */
  syncResponseBytes: number[];
  /** Syncs refused because their response was over the limit. */
  refusedResponses: number;
  /** Syncs that actually carried a request (an empty sync makes no round trip, as in Office.js). */
  syncCount: number;
  supports(version: string): boolean;
  nextId(): number;
  /** An error injected for this sync (a test's fault, or cell-edit mode), applied before anything runs. */
  faultFor?(syncNumber: number): StandInError | undefined;
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
  /** While a sync runs: how to undo each load, in case the sync is rejected. */
  private undo: (() => void)[] | null = null;

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
    const fault = this.engine.faultFor?.(this.engine.syncCount);
    if (fault) throw fault;
    if (bytes > this.engine.maxRequestBytes) {
      throw new StandInError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${bytes} bytes > ${this.engine.maxRequestBytes}).`,
      );
    }
    const undo: (() => void)[] = [];
    this.undo = undo;
    try {
      const response: unknown[] = [];
      for (const op of ops) {
        const part = op.run();
        if (part !== undefined) response.push(part);
      }
      const responseBytes = utf8Length(JSON.stringify(response));
      if (responseBytes > this.engine.maxResponseBytes) {
        this.engine.refusedResponses++;
        throw new StandInError(
          "ResponsePayloadSizeLimitExceeded",
          `The response payload size has exceeded the limit (${responseBytes} bytes > ${this.engine.maxResponseBytes}).`,
        );
      }
      this.engine.syncResponseBytes.push(responseBytes);
    } catch (e) {
      for (const u of undo.reverse()) u();
      throw e;
    } finally {
      this.undo = null;
    }
    return passThroughValue;
  }

  /** Proxies record how to forget what a load set, so a rejected sync leaves them unloaded. */
  recordUndo(u: () => void): void {
    this.undo?.push(u);
  }
}
