// Runs queued work in syncs of bounded size. A sync Excel refuses as too large (Excel on the
// web, 5 MB) applied nothing, so its chunk is split in two (a single item by its rows) and
// retried, as reads are (read-plan.ts).
import { packChunks, type Sized } from "./payload";
import { isPayloadLimitError } from "./read-plan";

export interface ChunkRun<T extends Sized> {
  /** Queues the chunk's calls; returns what to do once its sync succeeded. */
  queue(chunk: T[]): () => void | Promise<void>;
  /** Two smaller items doing the same work, or null when the item cannot be split. */
  split(item: T): [T, T] | null;
  /** Which refusals applied nothing and may be retried smaller. */
  retry(e: unknown): boolean;
}

export async function syncInChunks<T extends Sized>(context: Excel.RequestContext, items: T[], budget: number, run: ChunkRun<T>): Promise<void> {
  const pending = packChunks(items, budget);
  while (pending.length) {
    const chunk = pending.shift()!;
    const after = run.queue(chunk);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~4 MB chunk, not per row
      await context.sync();
    } catch (e) {
      if (!run.retry(e)) throw e;
      const half = Math.ceil(chunk.length / 2);
      const parts = chunk.length > 1 ? [chunk.slice(0, half), chunk.slice(half)] : run.split(chunk[0])?.map((x) => [x]);
      if (!parts) throw e;
      pending.unshift(...parts);
      continue;
    }
    await after();
  }
}

/** A request refused as too large (nothing of it applied). */
export const isRequestTooLarge = (e: unknown): boolean => (e as { code?: unknown } | null)?.code === "RequestPayloadSizeLimitExceeded";

/** Either refusal: for syncs that only load, where a refused response changed nothing either. */
export const isTooLarge = isPayloadLimitError;
